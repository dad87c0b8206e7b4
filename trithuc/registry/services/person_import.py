"""Importing people from .xlsx/.csv: upload → map columns → validate every row (background when large) → confirm.

Validation writes nothing but the draft. Confirm writes every accepted row in one durable transaction (COPY on
PostgreSQL, bulk_create elsewhere) and rebuilds the statistics cube, so a failure leaves the registry untouched.
"""

import csv
import datetime as dt
import io
import logging
import pickle
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.db import connection, transaction
from django.utils import timezone

from trithuc.core import audit
from trithuc.core.errors import ServiceError
from trithuc.registry.collation import name_sort_key
from trithuc.registry.columns import BY_KEY, COLUMNS, Lookups, RowError, auto_mapping, parse_row
from trithuc.registry.cube import cells_rebuild
from trithuc.registry.duplicates import cached_search_key, duplicate_key
from trithuc.registry.models import (
    DEGREE_RANK,
    FOREIGNER_CODE,
    KINH_CODE,
    DegreeRecord,
    ImportTemplate,
    Intellectual,
    RegistryImport,
    TitleRecord,
)
from trithuc.registry.permissions import can_manage_registry

logger = logging.getLogger(__name__)
ACCEPTED = {"xlsx", "xlsm", "xls", "ods", "csv"}
MAX_STORED_ERRORS = 5000
MAX_STORED_DUPLICATES = 2000
BATCH = 5000
Status = RegistryImport.Status


class ReadError(Exception):
    pass


def read_table(path: str | Path, kind: str) -> tuple[list[str], Iterator[list[Any]]]:
    """Headers and a stream of rows; calamine reads .xlsx without building a workbook in memory."""
    try:
        if kind == "csv":
            handle = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed by the generator
            reader = csv.reader(handle)
            headers = next(reader, [])

            def csv_rows() -> Iterator[list[Any]]:
                with handle:
                    yield from reader

            return [str(h).strip() for h in headers], csv_rows()
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        rows = sheet.iter_rows()
        headers = next(rows, [])
        return [str(h).strip() for h in headers], rows
    except (UnicodeDecodeError, csv.Error) as error:
        raise ReadError("Tệp CSV không đọc được (cần mã hóa UTF-8).") from error
    except StopIteration as error:
        raise ReadError("Tệp rỗng.") from error
    except Exception as error:  # calamine raises its own types for a broken archive
        raise ReadError("Không đọc được tệp: tệp hỏng hoặc không phải bảng tính Excel/CSV.") from error


def _kind(name: str) -> str:
    kind = Path(name).suffix.lower().lstrip(".")
    if kind not in ACCEPTED:
        raise ServiceError("Chỉ nhận tệp .xlsx, .xls, .ods hoặc .csv.", field="upload")
    return kind


def registry_import_start(
    *,
    actor: Any,
    upload: UploadedFile,
    mode: str = RegistryImport.Mode.ALL_OR_NOTHING,
    template: ImportTemplate | None = None,
) -> RegistryImport:
    """Store the upload with a column mapping (a saved template, else guessed from the headers), then validate:
    now when small, by the worker when large (the page polls the progress)."""
    draft = _draft_create(actor=actor, upload=upload, mode=mode, template=template)
    if upload.size > getattr(settings, "REGISTRY_IMPORT_BACKGROUND_BYTES", 512 * 1024):
        from trithuc.registry.tasks import registry_import_validate_task

        registry_import_validate_task.enqueue(draft.pk)
        draft.refresh_from_db()
        return draft
    return registry_import_validate(import_id=draft.pk)


@transaction.atomic(durable=True)
def _draft_create(
    *, actor: Any, upload: UploadedFile, mode: str, template: ImportTemplate | None
) -> RegistryImport:
    if not can_manage_registry(actor):
        raise ServiceError("Chỉ cán bộ quản lý cơ sở dữ liệu trí thức được nhập dữ liệu.")
    if upload is None or not upload.size:
        raise ServiceError("Hãy chọn một tệp không rỗng.", field="upload")
    if upload.size > getattr(settings, "REGISTRY_IMPORT_MAX_BYTES", 200 * 1024 * 1024):
        raise ServiceError("Tệp quá lớn.", field="upload")
    draft = RegistryImport(
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        source_name=(upload.name or "tep")[:255],
        mode=mode,
        mapping=dict(template.mapping) if template else {},
    )
    _kind(draft.source_name)
    draft.upload.save(Path(upload.name or "tep.xlsx").name, upload, save=False)
    draft.save()
    audit.record(
        actor=actor,
        action="registry.import.start",
        target=draft,
        after={"file": draft.source_name, "bytes": upload.size},
    )
    return draft


def _rows(draft: RegistryImport) -> tuple[list[str], dict[str, str], Iterator[tuple[int, dict[str, Any]]]]:
    headers, rows = read_table(draft.upload.path, _kind(draft.source_name))
    mapping = {
        k: h for k, h in (draft.mapping or auto_mapping(headers)).items() if h in headers and k in BY_KEY
    }
    index = {key: headers.index(header) for key, header in mapping.items()}

    def mapped() -> Iterator[tuple[int, dict[str, Any]]]:
        for number, row in enumerate(rows, start=2):
            if not any(cell not in (None, "") for cell in row):
                continue
            yield number, {key: (row[i] if i < len(row) else None) for key, i in index.items()}

    return headers, mapping, mapped()


def _fail(draft_id: int, message: str) -> RegistryImport:
    RegistryImport.objects.filter(pk=draft_id).update(status=Status.FAILED, message=message, progress=100)
    return RegistryImport.objects.get(pk=draft_id)


def registry_import_validate(*, import_id: int) -> RegistryImport:
    """Check every row; store errors (row, column, reason), likely duplicates and counts. Writes no person."""
    draft = RegistryImport.objects.get(pk=import_id)
    RegistryImport.objects.filter(pk=draft.pk).update(status=Status.VALIDATING, progress=0)
    try:
        headers, mapping, rows = _rows(draft)
        missing = [c.label for c in COLUMNS if c.required and c.key not in mapping]
        if missing:
            return _fail(
                draft.pk,
                f"Thiếu cột bắt buộc: {', '.join(missing)}. Các cột trong tệp: {', '.join(headers) or '(không có)'}.",
            )
        result = _scan(draft, rows)
    except ReadError as error:
        return _fail(draft.pk, str(error))
    except Exception:
        logger.exception("registry import %s failed", draft.pk)
        return _fail(draft.pk, "Có lỗi khi đọc tệp; bộ phận kỹ thuật đã được ghi nhận.")
    RegistryImport.objects.filter(pk=draft.pk).update(
        status=Status.PREVIEW, progress=100, mapping=mapping, message="", **result
    )
    return RegistryImport.objects.get(pk=draft.pk)


def _spool_name(draft: RegistryImport) -> str:
    return f"{draft.upload.name}.rows.pickle"


def _scan(draft: RegistryImport, rows: Iterator[tuple[int, dict[str, Any]]]) -> dict[str, Any]:
    """Parse every row once; valid rows go to a spool file in the upload storage so confirm need not re-parse."""
    with tempfile.TemporaryFile() as spool:
        result = _scan_into(draft, rows, spool)
        spool.seek(0)
        storage = draft.upload.storage
        if storage.exists(_spool_name(draft)):
            storage.delete(_spool_name(draft))
        storage.save(_spool_name(draft), File(spool))
    return result


def _scan_into(
    draft: RegistryImport, rows: Iterator[tuple[int, dict[str, Any]]], spool: Any
) -> dict[str, Any]:
    lookups = Lookups.load()
    parsed_batch: list[tuple[int, dict[str, Any]]] = []
    errors: list[list[Any]] = []
    duplicates: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    total = valid = error_count = 0
    pending: dict[str, list[tuple[int, str]]] = {}
    for number, raw in rows:
        total += 1
        try:
            parsed = parse_row(raw, lookups)
        except RowError as error:
            error_count += 1
            if len(errors) < MAX_STORED_ERRORS:
                errors.append([number, error.column, error.reason])
            continue
        valid += 1
        parsed_batch.append((number, parsed))
        if len(parsed_batch) >= BATCH:
            pickle.dump(parsed_batch, spool, protocol=pickle.HIGHEST_PROTOCOL)
            parsed_batch = []
        key = _dup_key(parsed)
        if key in seen:
            duplicates.append({"row": number, "other_row": seen[key], "name": parsed["values"]["full_name"]})
        else:
            seen[key] = number
            pending.setdefault(key, []).append((number, parsed["values"]["full_name"]))
        if len(pending) >= BATCH:
            duplicates += _existing(pending)
            pending = {}
            RegistryImport.objects.filter(pk=draft.pk).update(progress=min(95, 5 + total // 2000))
    duplicates += _existing(pending)
    pickle.dump(parsed_batch, spool, protocol=pickle.HIGHEST_PROTOCOL)
    return {
        "total_rows": total,
        "valid_rows": valid,
        "errors": errors
        + ([[None, "", f"… và {error_count - len(errors)} lỗi nữa"]] if error_count > len(errors) else []),
        "duplicates": duplicates[:MAX_STORED_DUPLICATES],
    }


def _dup_key(parsed: dict[str, Any]) -> str:
    v = parsed["values"]
    return duplicate_key(
        v["full_name"], v.get("birth_year"), v.get("workplace_agency"), v.get("workplace_name", "")
    )


def _existing(pending: dict[str, list[tuple[int, str]]]) -> list[dict[str, Any]]:
    if not pending:
        return []
    found = Intellectual.objects.filter(dup_key__in=list(pending)).values_list("dup_key", "pk", "full_name")
    return [
        {"row": number, "existing": pk, "existing_name": existing_name, "name": name}
        for key, pk, existing_name in found
        for number, name in pending[key]
    ]


@transaction.atomic(durable=True)
def registry_import_remap(
    *, actor: Any, draft: RegistryImport, mapping: dict[str, str], template_name: str = ""
) -> RegistryImport:
    """Change the column mapping (and save it as a template when named); the caller validates again."""
    if not can_manage_registry(actor):
        raise ServiceError("Chỉ cán bộ quản lý cơ sở dữ liệu trí thức được nhập dữ liệu.")
    if draft.status not in (Status.PREVIEW, Status.FAILED):
        raise ServiceError("Lượt nhập này không còn ở bước kiểm tra.")
    mapping = {k: v for k, v in mapping.items() if k in BY_KEY and v}
    RegistryImport.objects.filter(pk=draft.pk).update(mapping=mapping, status=Status.VALIDATING)
    if template_name:
        ImportTemplate.objects.update_or_create(
            name=template_name[:100],
            defaults={
                "mapping": mapping,
                "created_by": actor if getattr(actor, "is_authenticated", False) else None,
            },
        )
    audit.record(
        actor=actor,
        action="registry.import.remap",
        target=draft,
        after={"mapping": mapping, "template": template_name},
    )
    return RegistryImport.objects.get(pk=draft.pk)


def registry_import_confirm(
    *, actor: Any, draft: RegistryImport, mode: str, merge: set[int] | None = None
) -> RegistryImport:
    """Write the accepted rows: all-or-nothing refuses a file with errors; `merge` lists duplicate rows to merge."""
    if not can_manage_registry(actor):
        raise ServiceError("Chỉ cán bộ quản lý cơ sở dữ liệu trí thức được nhập dữ liệu.")
    if mode == RegistryImport.Mode.ALL_OR_NOTHING and draft.errors:
        raise ServiceError(
            f"Tệp còn {len(draft.errors)} dòng lỗi: chế độ “tất cả hoặc không gì cả” không nhập dòng nào. Sửa tệp hoặc chọn “chỉ các dòng hợp lệ”."
        )
    claimed = RegistryImport.objects.filter(pk=draft.pk, status=Status.PREVIEW).update(
        status=Status.IMPORTING, mode=mode
    )
    if not claimed:
        raise ServiceError("Lượt nhập đã được xác nhận hoặc không còn ở bước xem trước.")
    try:
        created, merged = _write(
            actor=actor, draft=RegistryImport.objects.get(pk=draft.pk), merge=merge or set()
        )
    except ServiceError as error:
        RegistryImport.objects.filter(pk=draft.pk).update(status=Status.PREVIEW, message=error.message)
        raise
    except Exception:
        RegistryImport.objects.filter(pk=draft.pk).update(
            status=Status.PREVIEW, message="Có lỗi khi ghi; không dòng nào được nhập."
        )
        raise
    RegistryImport.objects.filter(pk=draft.pk).update(
        status=Status.DONE, created_rows=created, merged_rows=merged, message=""
    )
    return RegistryImport.objects.get(pk=draft.pk)


def _parsed_rows(draft: RegistryImport) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    """The rows validation kept (from its spool), or the file parsed again when the spool is gone."""
    storage = draft.upload.storage
    if storage.exists(_spool_name(draft)):
        with storage.open(_spool_name(draft), "rb") as spool:
            while True:
                try:
                    yield from pickle.load(spool)  # noqa: S301 - our own file, written by _scan
                except EOFError:
                    return
    lookups = Lookups.load()
    for number, raw in _rows(draft)[2]:
        try:
            yield number, parse_row(raw, lookups)
        except RowError as error:
            yield number, error


@transaction.atomic(durable=True)
def _write(*, actor: Any, draft: RegistryImport, merge: set[int]) -> tuple[int, int]:
    strict = draft.mode == RegistryImport.Mode.ALL_OR_NOTHING
    merge_into = {d["row"]: d.get("existing") for d in draft.duplicates if d["row"] in merge}
    created = merged = 0
    batch: list[dict[str, Any]] = []
    for number, parsed in _parsed_rows(draft):
        if isinstance(parsed, RowError):
            if strict:
                raise ServiceError(f"Dòng {number}: {parsed.reason} Không dòng nào được nhập.")
            continue
        if number in merge_into:
            if merge_into[number]:
                _merge(merge_into[number], parsed)
            merged += 1  # a repeat inside the file merged into its first row: skipped
            continue
        batch.append(parsed)
        if len(batch) >= BATCH:
            created += _insert(batch)
            batch = []
    created += _insert(batch)
    cells_rebuild()
    audit.record(
        actor=actor,
        action="registry.import.confirm",
        target=draft,
        after={"created": created, "merged": merged, "mode": draft.mode},
    )
    return created, merged


def _person(parsed: dict[str, Any], now: dt.datetime) -> Intellectual:
    return Intellectual(**_columns(parsed, now))


@cache
def _defaults() -> dict[str, Any]:
    """Every column's default, so a row can go to COPY without building a model instance (a third of the time)."""
    return {
        f.attname: f.get_default()
        for f in Intellectual._meta.concrete_fields
        if not f.primary_key and f.attname not in ("created_at", "updated_at")
    }


def _columns(parsed: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    """attname → value of one person, derived columns included (the same rules as Intellectual.refresh_derived)."""
    values = parsed["values"]
    row = dict(_defaults())
    for name, value in values.items():
        row[f"{name}_id" if name in ("ethnic_group", "workplace_agency") else name] = value
    row["source"] = values.get("source", Intellectual.Source.IMPORT)
    row["created_at"] = row["updated_at"] = now
    if row["birth_date"]:
        row["birth_year"] = row["birth_date"].year
    titles = {t["kind"] for t in parsed["titles"]}
    row.update(
        search_name=cached_search_key(f"{row['full_name']} {row['other_names']}".strip())[:200],
        sort_key=name_sort_key(row["full_name"]),
        highest_degree=min((d["kind"] for d in parsed["degrees"]), key=DEGREE_RANK.__getitem__, default=""),
        title="GS" if "GS" in titles else ("PGS" if "PGS" in titles else ""),
        is_minority=row["ethnic_group_id"] not in (None, KINH_CODE, FOREIGNER_CODE),
        field_group=parsed["fields"][0][:1] if parsed["fields"] else "",
        dup_key=duplicate_key(
            row["full_name"], row["birth_year"], row["workplace_agency_id"], row["workplace_name"]
        ),
    )
    return row


def _insert(batch: list[dict[str, Any]]) -> int:
    """Insert people and their degrees, titles and fields; COPY with pre-allocated ids on PostgreSQL."""
    if not batch:
        return 0
    now = timezone.now()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [Intellectual._meta.db_table, len(batch)],
            )
            ids = [pk for (pk,) in cursor.fetchall()]
        rows = [_columns(parsed, now) for parsed in batch]
        attnames = ["id", *rows[0]]
        _copy_rows(
            Intellectual._meta.db_table,
            [
                Intellectual._meta.get_field(a.removesuffix("_id")).column if a.endswith("_id") else a
                for a in attnames
            ],
            [(pk, *row.values()) for pk, row in zip(ids, rows, strict=True)],
        )
    else:
        created = Intellectual.objects.bulk_create([_person(parsed, now) for parsed in batch], batch_size=500)
        ids = [p.pk for p in created]
    pairs = list(zip(ids, batch, strict=True))
    degrees = [
        (pk, d["kind"], d.get("year"), d.get("institution", ""), d.get("country", ""), d.get("major", ""))
        for pk, parsed in pairs
        for d in parsed["degrees"]
    ]
    titles = [(pk, t["kind"], t.get("year")) for pk, parsed in pairs for t in parsed["titles"]]
    links = [(pk, c) for pk, parsed in pairs for c in parsed["fields"]]
    through = Intellectual.fields.through
    for model, columns, rows in (
        (DegreeRecord, ["intellectual_id", "kind", "year", "institution", "country", "major"], degrees),
        (TitleRecord, ["intellectual_id", "kind", "year"], titles),
        (through, ["intellectual_id", "stfield_id"], links),
    ):
        if connection.vendor == "postgresql":
            _copy_rows(model._meta.db_table, columns, rows)
        else:
            model.objects.bulk_create(
                [model(**dict(zip(columns, row, strict=True))) for row in rows], batch_size=1000
            )
    return len(ids)


def _copy_rows(table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)


def _merge(existing_id: int, parsed: dict[str, Any]) -> None:
    """Fill the existing person's empty fields from the row and add degrees or titles it lacks; never blank out."""
    from trithuc.registry.cube import cell_key, cells_move

    person = Intellectual.objects.select_for_update().get(pk=existing_id)
    old = cell_key(person)
    for name, value in parsed["values"].items():
        attr = f"{name}_id" if name in ("ethnic_group", "workplace_agency") else name
        if value not in (None, "", False) and not getattr(person, attr):
            setattr(person, attr, value)
    have = set(person.degrees.values_list("kind", flat=True))
    DegreeRecord.objects.bulk_create(
        [DegreeRecord(intellectual=person, **d) for d in parsed["degrees"] if d["kind"] not in have]
    )
    have_titles = set(person.titles.values_list("kind", flat=True))
    TitleRecord.objects.bulk_create(
        [TitleRecord(intellectual=person, **t) for t in parsed["titles"] if t["kind"] not in have_titles]
    )
    person.fields.add(*parsed["fields"])
    person.refresh_derived(
        degrees=list(person.degrees.all()),
        titles=list(person.titles.values_list("kind", flat=True)),
        field_codes=list(person.fields.values_list("code", flat=True)),
    )
    person.save()
    cells_move(old, cell_key(person))


@transaction.atomic(durable=True)
def registry_import_discard(*, actor: Any, draft: RegistryImport) -> None:
    if not can_manage_registry(actor):
        raise ServiceError("Chỉ cán bộ quản lý cơ sở dữ liệu trí thức được nhập dữ liệu.")
    if not RegistryImport.objects.filter(pk=draft.pk, status__in=[Status.PREVIEW, Status.FAILED]).update(
        status=Status.DISCARDED
    ):
        raise ServiceError("Không thể hủy lượt nhập này.")
    audit.record(actor=actor, action="registry.import.discard", target=draft)


def errors_xlsx(draft: RegistryImport) -> bytes:
    """The downloadable list of row errors: row, column, reason (Vietnamese)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Lỗi")
    sheet.append(["Dòng", "Cột", "Lý do"])
    for number, column, reason in draft.errors:
        sheet.append([number, column, reason])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
