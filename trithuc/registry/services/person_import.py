"""Importing people from .xlsx/.csv: upload → map columns → validate every row (background when large) → confirm.

Validation writes nothing but the draft. Confirm writes every accepted row in one durable transaction (COPY on
PostgreSQL, bulk_create elsewhere) and rebuilds the statistics cube, so a failure leaves the registry untouched.
"""

import csv
import io
import logging
import pickle
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from django.conf import settings
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.db import connection, models, transaction
from django.utils import timezone
from psycopg.copy import Copy, FileWriter

from trithuc.core import audit, jobs
from trithuc.core.actors import Actor, actor_user
from trithuc.core.errors import Conflict, Forbidden, ServiceError
from trithuc.core.models import field_column
from trithuc.core.spreadsheets import safe_row, workbook_bytes
from trithuc.core.uploads import XlsxLimits, XlsxUnreadable, xlsx_check
from trithuc.registry import xlsx_slices
from trithuc.registry.columns import (
    BY_KEY,
    COLUMNS,
    PERSON_ATTNAMES,
    Lookups,
    ParsedRow,
    RowError,
    RowParser,
    auto_mapping,
)
from trithuc.registry.cube import cells_rebuild
from trithuc.registry.models import (
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
SLICE_ABOVE_BYTES = 1024 * 1024  # smaller .xlsx files are read whole
WHOLE_READ_MAX_CELLS = (
    2_000_000  # a sheet spanning more (rows × columns) is read in slices by a child process
)
PERSON_COLUMNS = [
    field_column(Intellectual, a.removesuffix("_id")) if a.endswith("_id") else a for a in PERSON_ATTNAMES
]
NAME = PERSON_ATTNAMES.index("full_name")
DEGREE_COLUMNS = ["intellectual_id", "kind", "year", "institution", "country", "major"]
TITLE_COLUMNS = ["intellectual_id", "kind", "year"]
FIELD_COLUMNS = ["intellectual_id", "stfield_id"]
# What a row may fill on an existing person when merged (the rest is derived or the officer's).
MERGED_ATTNAMES = [
    "other_names",
    "birth_date",
    "birth_year",
    "gender",
    "ethnic_group_id",
    "workplace_agency_id",
    "workplace_name",
    "position",
    "works_in",
    "locality",
    "country",
    "planning",
    "is_excellent_graduate",
    "attraction_policy",
    "attraction_year",
    "commitment_until",
    "honours",
    "email",
    "phone",
    "consent_contact",
]
Status = RegistryImport.Status


UNREADABLE = "Không đọc được tệp: tệp hỏng hoặc không phải bảng tính Excel/CSV."


class ReadError(Exception):
    pass


def read_table(path: str | Path, kind: str) -> tuple[list[str], Iterator[tuple[int, list[Any]]]]:
    """Headers and a stream of (row number, cells). A large .xlsx is read a slice at a time (xlsx_slices), so
    memory does not grow with the file; leading empty rows before the headers are skipped."""
    try:
        if kind == "csv":
            handle = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed by the generator
            reader = csv.reader(handle)

            def csv_rows() -> Iterator[tuple[int, list[Any]]]:
                with handle:
                    yield from enumerate(reader, start=1)

            rows = csv_rows()
        elif kind in ("xlsx", "xlsm"):
            facts = xlsx_check(str(path), limits=registry_xlsx_limits())  # before calamine sees the file
            if Path(path).stat().st_size > SLICE_ABOVE_BYTES or facts.area > WHOLE_READ_MAX_CELLS:
                rows = xlsx_slices.rows_from_child(str(path), xlsx_slices.SLICE_ROWS)
            else:
                rows = xlsx_slices.whole_sheet_rows(str(path))
        else:
            rows = xlsx_slices.whole_sheet_rows(str(path))
        rows = _row_capped(rows, settings.REGISTRY_IMPORT_MAX_ROWS)
        for _number, headers in rows:
            if any(cell not in (None, "") for cell in headers):
                return [str(h).strip() for h in headers], rows
        raise StopIteration
    except XlsxUnreadable as error:
        raise ReadError(UNREADABLE) from error
    except ServiceError as error:  # over a limit: the message says which and what was found
        raise ReadError(error.message) from error
    except ReadError:
        raise
    except (UnicodeDecodeError, csv.Error) as error:
        raise ReadError("Tệp CSV không đọc được (cần mã hóa UTF-8).") from error
    except StopIteration as error:
        raise ReadError("Tệp rỗng.") from error
    except Exception as error:  # calamine raises its own types for a broken archive
        raise ReadError(UNREADABLE) from error


def registry_xlsx_limits() -> XlsxLimits:
    return XlsxLimits(
        max_rows=settings.REGISTRY_IMPORT_MAX_ROWS,
        max_columns=settings.REGISTRY_IMPORT_MAX_COLUMNS,
        max_cells=settings.REGISTRY_IMPORT_MAX_CELLS,
        max_uncompressed_bytes=settings.REGISTRY_IMPORT_MAX_UNCOMPRESSED_MB * 1024 * 1024,
    )


def _row_capped(rows: Iterator[tuple[int, list[Any]]], limit: int) -> Iterator[tuple[int, list[Any]]]:
    """Stops a file past the row limit whatever its kind (a CSV of 800 KB can hold three million empty
    lines): the draft fails with the message, nothing is kept."""
    for number, row in rows:
        if number > limit:
            raise ReadError(
                f"Tệp có hơn {limit:,} dòng (giới hạn {limit:,} dòng mỗi lần nhập); hãy chia tệp.".replace(
                    ",", "."
                )
            )
        yield number, row


def _kind(name: str) -> str:
    kind = Path(name).suffix.lower().lstrip(".")
    if kind not in ACCEPTED:
        raise ServiceError("Chỉ nhận tệp .xlsx, .xls, .ods hoặc .csv.", field="upload")
    return kind


def registry_import_start(
    *,
    actor: Actor,
    upload: UploadedFile[bytes],
    mode: str = RegistryImport.Mode.ALL_OR_NOTHING,
    template: ImportTemplate | None = None,
) -> RegistryImport:
    """Store the upload with a column mapping (a saved template, else guessed from the headers), then validate:
    now when small, by the worker when large (the page polls the progress)."""
    draft = _draft_create(actor=actor, upload=upload, mode=mode, template=template)
    if (upload.size or 0) > getattr(settings, "REGISTRY_IMPORT_BACKGROUND_BYTES", 512 * 1024):
        from trithuc.registry.tasks import registry_import_validate_task

        registry_import_validate_task.enqueue(draft.pk)
        draft.refresh_from_db()
        return draft
    return registry_import_validate(import_id=draft.pk)


@transaction.atomic(durable=True)
def _draft_create(
    *, actor: Actor, upload: UploadedFile[bytes], mode: str, template: ImportTemplate | None
) -> RegistryImport:
    if not can_manage_registry(actor):
        raise Forbidden("Chỉ cán bộ quản lý cơ sở dữ liệu trí thức được nhập dữ liệu.")
    if upload is None or not upload.size:
        raise ServiceError("Hãy chọn một tệp không rỗng.", field="upload")
    if upload.size > getattr(settings, "REGISTRY_IMPORT_MAX_BYTES", 200 * 1024 * 1024):
        raise ServiceError("Tệp quá lớn.", field="upload")
    draft = RegistryImport(
        created_by=actor_user(actor),
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


def _rows(
    draft: RegistryImport,
) -> tuple[list[str], dict[str, str], RowParser, Iterator[tuple[int, list[Any]]]]:
    """Headers, the mapping in force, the row parser for it and the stream of non-empty (row number, cells)."""
    headers, rows = read_table(draft.upload.path, _kind(draft.source_name))
    mapping = {
        k: h for k, h in (draft.mapping or auto_mapping(headers)).items() if h in headers and k in BY_KEY
    }
    parser = RowParser({key: headers.index(header) for key, header in mapping.items()}, Lookups.load())

    def non_empty() -> Iterator[tuple[int, list[Any]]]:
        try:
            for number, row in rows:
                for cell in row:
                    if cell != "" and cell is not None:
                        yield number, row
                        break
        except xlsx_slices.ChildReadError as error:
            raise ReadError(UNREADABLE) from error

    return headers, mapping, parser, non_empty()


def _fail(draft_id: int, message: str) -> RegistryImport:
    RegistryImport.objects.filter(pk=draft_id, status=Status.VALIDATING).update(
        status=Status.FAILED, message=message, progress=100
    )
    registry_import_files_drop(import_id=draft_id, keep_upload=True)
    return RegistryImport.objects.get(pk=draft_id)


def registry_import_files_purge(*, before: Any) -> int:
    """Files of imports that ended before `before` (failed ones were kept for a retry); the daily purge."""
    ended = (
        RegistryImport.objects.filter(created_at__lt=before)
        .exclude(upload="")
        .exclude(status__in=[Status.VALIDATING, Status.PREVIEW, Status.IMPORTING])
    )
    pks = list(ended.values_list("pk", flat=True))
    for pk in pks:
        registry_import_files_drop(import_id=pk)
    return len(pks)


def registry_import_files_drop(*, import_id: int, keep_upload: bool = False) -> None:
    """Remove what an import left on disk: the spool of checked rows (personal data, ethnicity included) and,
    unless the draft may still be retried, the upload itself. Called when a draft ends and by the daily purge."""
    draft = RegistryImport.objects.get(pk=import_id)
    upload_name = draft.upload.name
    if not upload_name:
        return
    storage = draft.upload.storage
    storage.delete(_spool_name(draft))
    if not keep_upload:
        storage.delete(upload_name)
        RegistryImport.objects.filter(pk=draft.pk).update(upload="")


def registry_import_validate(*, import_id: int) -> RegistryImport:
    """Check every row; store errors (row, column, reason), likely duplicates and counts. Writes no person."""
    draft = RegistryImport.objects.get(pk=import_id)
    RegistryImport.objects.filter(pk=draft.pk).update(status=Status.VALIDATING, progress=0)
    with jobs.heartbeat(RegistryImport, draft.pk, Status.VALIDATING):
        return _validate(draft)


def _validate(draft: RegistryImport) -> RegistryImport:
    try:
        headers, mapping, parser, rows = _rows(draft)
        RegistryImport.objects.filter(pk=draft.pk).update(headers=headers)  # for the mapping form
        missing = [c.label for c in COLUMNS if c.required and c.key not in mapping]
        if missing:
            return _fail(
                draft.pk,
                f"Thiếu cột bắt buộc: {', '.join(missing)}. Các cột trong tệp: {', '.join(headers) or '(không có)'}.",
            )
        result = _scan(draft, parser, rows)
    except ReadError as error:
        return _fail(draft.pk, str(error))
    except Exception:
        logger.exception("registry import %s failed", draft.pk)
        return _fail(draft.pk, "Có lỗi khi đọc tệp; bộ phận kỹ thuật đã được ghi nhận.")
    RegistryImport.objects.filter(pk=draft.pk, status=Status.VALIDATING).update(
        status=Status.PREVIEW, progress=100, mapping=mapping, message="", **result
    )
    return RegistryImport.objects.get(pk=draft.pk)


def _spool_name(draft: RegistryImport) -> str:
    return f"{draft.upload.name}.rows.pickle"


def _scan(draft: RegistryImport, parser: RowParser, rows: Iterator[tuple[int, list[Any]]]) -> dict[str, Any]:
    """Parse every row once; valid rows go to a spool file in the upload storage so confirm need not re-parse."""
    with tempfile.TemporaryFile() as spool:
        result = _scan_into(draft, parser, rows, spool)
        spool.seek(0)
        storage = draft.upload.storage
        if storage.exists(_spool_name(draft)):
            storage.delete(_spool_name(draft))
        storage.save(_spool_name(draft), File(spool))
    return result


def _scan_into(
    draft: RegistryImport, parser: RowParser, rows: Iterator[tuple[int, list[Any]]], spool: Any
) -> dict[str, Any]:
    """Validate, spool the valid rows in batches, and find likely duplicates: inside the file with a dictionary
    of the normalised keys, against the registry with one query (`= ANY` of its keys) per batch."""
    parse = parser.parse
    batch: list[tuple[int, ParsedRow]] = []
    errors: list[list[Any]] = []
    duplicates: list[dict[str, Any]] = []
    first_row: dict[str, int] = {}
    total = valid = error_count = 0
    shown = time.monotonic()
    for number, row in rows:
        total += 1
        try:
            parsed = parse(row)
        except RowError as error:  # every error of the row, with the name as written (issue 15.9)
            error_count += len(error.errors)
            for column, reason in error.errors[: max(0, MAX_STORED_ERRORS - len(errors))]:
                errors.append([number, column, reason, error.name])
            continue
        valid += 1
        batch.append((number, parsed))
        if len(batch) >= BATCH:
            duplicates += _spool_batch(batch, first_row, MAX_STORED_DUPLICATES - len(duplicates), spool)
            batch = []
            if time.monotonic() - shown > 1:  # each update is a commit: about one a second
                shown = time.monotonic()
                RegistryImport.objects.filter(pk=draft.pk, status=Status.VALIDATING).update(
                    progress=min(90, 5 + total // 2000)
                )
    duplicates += _spool_batch(batch, first_row, MAX_STORED_DUPLICATES - len(duplicates), spool)
    return {
        "total_rows": total,
        "valid_rows": valid,
        "errors": errors
        + ([[None, "", f"… và {error_count - len(errors)} lỗi nữa"]] if error_count > len(errors) else []),
        "duplicates": duplicates,
    }


class CopyBatch(NamedTuple):
    """A spooled batch on PostgreSQL: the rows already in COPY text form with ids allocated from the sequence
    (a discarded draft leaves a harmless gap), so confirm sends them without parsing, pickling or formatting.
    Likely duplicates stay parsed in `held`: confirm merges or inserts each as the officer decides."""

    people: bytes  # id + PERSON_COLUMNS; created_at and updated_at are appended at confirm time
    degrees: bytes
    titles: bytes
    fields: bytes
    row_count: int
    held: list[tuple[int, ParsedRow]]
    ids: tuple[int, int]  # the lowest and highest id of the batch (0, 0 when empty)


def _spool_batch(
    batch: list[tuple[int, ParsedRow]], first_row: dict[str, int], room: int, spool: Any
) -> list[dict[str, Any]]:
    """Find the batch's likely duplicates and write it to the spool; returns the duplicates."""
    found = _duplicates(batch, first_row, room)
    if connection.vendor != "postgresql":
        pickle.dump(batch, spool, protocol=pickle.HIGHEST_PROTOCOL)
        return found
    held_rows = {d["row"] for d in found}
    held = [(number, parsed) for number, parsed in batch if number in held_rows]
    rows = [parsed for number, parsed in batch if number not in held_rows]
    ids = _allocate_ids(len(rows))
    pairs = list(zip(ids, rows, strict=True))
    with connection.cursor() as cursor:
        formatted = CopyBatch(
            people=_copy_text(cursor, ((pk, *parsed.values) for pk, parsed in pairs)),
            degrees=_copy_text(cursor, ((pk, *d) for pk, parsed in pairs for d in parsed.degrees)),
            titles=_copy_text(cursor, ((pk, *t) for pk, parsed in pairs for t in parsed.titles)),
            fields=_copy_text(cursor, ((pk, c) for pk, parsed in pairs for c in parsed.fields)),
            row_count=len(rows),
            held=held,
            ids=(min(ids), max(ids)) if ids else (0, 0),
        )
    pickle.dump(formatted, spool, protocol=pickle.HIGHEST_PROTOCOL)
    return found


def _copy_text(cursor: Any, rows: Iterable[tuple[Any, ...]]) -> bytes:
    """Rows in PostgreSQL's COPY text format, formatted by psycopg without a round trip (its FileWriter)."""
    buffer = io.BytesIO()
    with Copy(cursor.cursor, writer=FileWriter(buffer)) as copy:
        for row in rows:
            copy.write_row(row)
    return buffer.getvalue()


def _allocate_ids(count: int) -> list[int]:
    if not count:
        return []
    with connection.cursor() as cursor:
        # The sequence named once: given per row, pg_get_serial_sequence resolves the name again for every row.
        cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [Intellectual._meta.db_table])
        (sequence,) = cursor.fetchone()
        # Only the bounds travel when the ids came out contiguous (no other writer in between), else every id
        # (fetching one row per id costs more than the COPY it feeds; docs/registry.md).
        cursor.execute(
            "WITH taken AS (SELECT nextval(%s::regclass) AS id FROM generate_series(1, %s))"
            " SELECT MIN(id), MAX(id), CASE WHEN MAX(id) - MIN(id) + 1 = COUNT(*) THEN NULL"
            " ELSE string_agg(id::text, ',' ORDER BY id) END FROM taken",
            [sequence, count],
        )
        low, high, scattered = cursor.fetchone()
        return [int(pk) for pk in scattered.split(",")] if scattered else list(range(low, high + 1))


def _duplicates(
    batch: list[tuple[int, ParsedRow]], first_row: dict[str, int], room: int
) -> list[dict[str, Any]]:
    """Likely duplicates of a batch: a key seen earlier in the file, or one a registry person already has."""
    found: list[dict[str, Any]] = []
    fresh: dict[str, tuple[int, ParsedRow]] = {}
    setdefault = first_row.setdefault
    for number, parsed in batch:
        seen = setdefault(parsed.dup_key, number)
        if seen != number:
            found.append({"row": number, "other_row": seen, "name": parsed.values[NAME]})
        else:
            fresh[parsed.dup_key] = (number, parsed)
    if fresh:
        for key, pk, existing_name in _registry_keys(list(fresh)):
            number, parsed = fresh[key]
            found.append(
                {"row": number, "existing": pk, "existing_name": existing_name, "name": parsed.values[NAME]}
            )
    return sorted(found, key=lambda d: d["row"])[: max(room, 0)]


def _registry_keys(keys: list[str]) -> list[tuple[str, int, str]]:
    """(key, id, name) of the registry people with one of these duplicate keys, in one query."""
    if connection.vendor == "postgresql":
        # One text parameter split by the server: a key never holds a newline (search_key collapses spaces),
        # and sending 5,000 strings as an array costs more in the client than the query does.
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT dup_key, id, full_name FROM {Intellectual._meta.db_table}"
                " WHERE dup_key = ANY(string_to_array(%s, E'\\n'))",
                ["\n".join(keys)],
            )
            rows: list[tuple[str, int, str]] = cursor.fetchall()
            return rows
    found: list[tuple[str, int, str]] = []
    for i in range(0, len(keys), 10_000):  # SQLite caps the parameters of one statement
        found += Intellectual.objects.filter(dup_key__in=keys[i : i + 10_000]).values_list(
            "dup_key", "pk", "full_name"
        )
    return found


@transaction.atomic(durable=True)
def registry_import_remap(
    *, actor: Actor, draft: RegistryImport, mapping: dict[str, str], template_name: str = ""
) -> RegistryImport:
    """Change the column mapping (and save it as a template when named); the caller validates again."""
    if not can_manage_registry(actor):
        raise Forbidden("Chỉ cán bộ quản lý cơ sở dữ liệu trí thức được nhập dữ liệu.")
    if draft.status not in (Status.PREVIEW, Status.FAILED):
        raise ServiceError("Lượt nhập này không còn ở bước kiểm tra.")
    mapping = {k: v for k, v in mapping.items() if k in BY_KEY and v}
    RegistryImport.objects.filter(pk=draft.pk).update(
        mapping=mapping, status=Status.VALIDATING, heartbeat_at=timezone.now()
    )
    if template_name:
        ImportTemplate.objects.update_or_create(
            name=template_name[:100],
            defaults={
                "mapping": mapping,
                "created_by": actor_user(actor),
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
    *,
    actor: Actor,
    draft: RegistryImport,
    mode: str,
    merge: set[int] | None = None,
    background: bool = False,
    keep: bool = False,
) -> RegistryImport:
    """Write the accepted rows: all-or-nothing refuses a file with errors; `merge` lists duplicate rows to merge.
    A row like a person already in the registry and not merged is refused unless `keep` says the officer chose
    to keep it as a record of its own (issue 15.9: ask first, a second record of one person is hard to find).

    With `background` the checks run now and the writing is queued for the worker (the page polls its progress);
    either way the rows are written in one transaction."""
    if not can_manage_registry(actor):
        raise Forbidden("Chỉ cán bộ quản lý cơ sở dữ liệu trí thức được nhập dữ liệu.")
    if mode == RegistryImport.Mode.ALL_OR_NOTHING and draft.errors:
        raise ServiceError(
            f"Tệp còn {len(draft.errors)} dòng lỗi: chế độ “tất cả hoặc không gì cả” không nhập dòng nào. Sửa tệp hoặc chọn “chỉ các dòng hợp lệ”."
        )
    known = {d["row"] for d in draft.duplicates}
    unmerged = [d["row"] for d in draft.duplicates if d.get("existing") and d["row"] not in (merge or set())]
    if unmerged and not keep:
        rows = ", ".join(str(row) for row in unmerged[:10]) + (" …" if len(unmerged) > 10 else "")
        raise ServiceError(
            f"{len(unmerged)} dòng giống người đã có trong cơ sở dữ liệu mà chưa đánh dấu “Gộp” (dòng {rows}). "
            "Đánh dấu “Gộp” cho dòng là cùng một người, hoặc chọn “Giữ các dòng chưa gộp thành hồ sơ riêng”, "
            "rồi xác nhận lại."
        )
    decisions = {"merge": sorted(row for row in (merge or set()) if row in known)}
    claimed = RegistryImport.objects.filter(pk=draft.pk, status=Status.PREVIEW).update(
        status=Status.IMPORTING,
        mode=mode,
        decisions=decisions,
        progress=0,
        message="",
        heartbeat_at=timezone.now(),
    )
    if not claimed:
        raise Conflict("Lượt nhập đã được xác nhận hoặc không còn ở bước xem trước.")
    if background:
        from trithuc.registry.tasks import registry_import_write_task

        registry_import_write_task.enqueue(draft.pk, actor.pk if getattr(actor, "pk", None) else None)
        return RegistryImport.objects.get(pk=draft.pk)
    done = registry_import_write(import_id=draft.pk, actor=actor)
    if done.status != Status.DONE:
        raise ServiceError(done.message)
    return done


def registry_import_write(*, import_id: int, actor: Actor) -> RegistryImport:
    """The claimed import written in one durable transaction; on any failure nothing is written and the draft
    returns to its preview with the reason."""
    draft = RegistryImport.objects.get(pk=import_id)
    if draft.status != Status.IMPORTING:
        return draft
    progress = _Progress(draft.pk)
    writing = RegistryImport.objects.filter(pk=draft.pk, status=Status.IMPORTING)
    try:
        with jobs.heartbeat(RegistryImport, draft.pk, Status.IMPORTING):
            _write(actor=actor, draft=draft, merge=set(draft.decisions.get("merge", [])), progress=progress)
    except ServiceError as error:
        writing.update(status=Status.PREVIEW, message=error.message)
    except Exception:
        logger.exception("registry import %s failed while writing", draft.pk)
        writing.update(status=Status.PREVIEW, message="Có lỗi khi ghi; không dòng nào được nhập.")
        if not progress.outside:  # inline (tests, the command line): the caller sees the error itself
            raise
    finally:
        progress.close()
    done = RegistryImport.objects.get(pk=draft.pk)
    if done.status == Status.DONE:
        registry_import_files_drop(import_id=done.pk)
    return done


class _Progress:
    """Progress of the writing, which happens inside one transaction nobody else sees until it commits: on
    PostgreSQL outside any enclosing transaction it goes through a second (autocommit) connection."""

    def __init__(self, import_id: int) -> None:
        self.import_id = import_id
        self.side = None
        self.outside = connection.vendor == "postgresql" and not connection.in_atomic_block
        if self.outside:
            from django.db import DEFAULT_DB_ALIAS, connections

            self.side = connections.create_connection(DEFAULT_DB_ALIAS)

    def __call__(self, percent: int) -> None:
        if self.side is None:
            return
        with self.side.cursor() as cursor:
            cursor.execute(
                f"UPDATE {RegistryImport._meta.db_table} SET progress = %s WHERE id = %s",
                [percent, self.import_id],
            )

    def close(self) -> None:
        if self.side is not None:
            self.side.close()


def _parsed_rows(draft: RegistryImport) -> Iterator[CopyBatch | list[tuple[int, ParsedRow | RowError]]]:
    """Batches of the rows validation kept (from its spool), or of the file parsed again when the spool is gone."""
    storage = draft.upload.storage
    if storage.exists(_spool_name(draft)):
        with storage.open(_spool_name(draft), "rb") as spool:
            while True:
                try:
                    yield pickle.load(spool)  # noqa: S301 - our own file, written by _scan
                except EOFError:
                    return
    _, _, parser, rows = _rows(draft)
    batch: list[tuple[int, ParsedRow | RowError]] = []
    for number, row in rows:
        try:
            batch.append((number, parser.parse(row)))
        except RowError as error:
            batch.append((number, error))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    yield batch


@transaction.atomic(durable=True)
def _write(*, actor: Actor, draft: RegistryImport, merge: set[int], progress: Any) -> tuple[int, int]:
    strict = draft.mode == RegistryImport.Mode.ALL_OR_NOTHING
    merge_into = {d["row"]: d.get("existing") for d in draft.duplicates if d["row"] in merge}
    created = merged = done = 0
    expected = max(draft.valid_rows, 1)
    now = timezone.now()
    low, high = None, 0  # ids this import added, all with created_at = now (for the cube recount)
    for batch in _parsed_rows(draft):
        if isinstance(batch, CopyBatch):
            _copy_formatted(batch, now)
            created += batch.row_count
            done += batch.row_count
            if batch.row_count:
                low, high = min(low or batch.ids[0], batch.ids[0]), max(high, batch.ids[1])
        rows: Sequence[tuple[int, ParsedRow | RowError]] = (
            batch.held if isinstance(batch, CopyBatch) else batch
        )
        people: list[ParsedRow] = []
        for number, parsed in rows:
            if isinstance(parsed, RowError):
                if strict:
                    raise ServiceError(f"Dòng {number}: {parsed.reason} Không dòng nào được nhập.")
                continue
            if number in merge_into:
                if merge_into[number]:
                    _merge(merge_into[number], parsed, actor=actor)
                merged += 1  # a repeat inside the file merged into its first row: skipped
                continue
            people.append(parsed)
        ids = _insert(people, now)
        if ids:
            low, high = min(low or ids[0], *ids), max(high, *ids)
        created += len(ids)
        done += len(rows)
        progress(min(95, 100 * done // expected))
    cells_rebuild(added=(low, high, now) if low else None)
    # Done in the same transaction as the rows: a draft reaped meanwhile (its heartbeat looked dead) keeps its
    # failure and nothing is written, so the registry and the draft never disagree.
    if not RegistryImport.objects.filter(pk=draft.pk, status=Status.IMPORTING).update(
        status=Status.DONE, created_rows=created, merged_rows=merged, message="", progress=100
    ):
        raise ServiceError(jobs.WORKER_DIED)
    audit.record(
        actor=actor,
        action="registry.import.confirm",
        target=draft,
        after={"created": created, "merged": merged, "mode": draft.mode},
    )
    return created, merged


def _copy_formatted(batch: CopyBatch, now: Any) -> None:
    """Send a pre-formatted batch: people first (children refer to them), with this moment as created_at and
    updated_at (a raw newline only ends a row in COPY text, values have theirs escaped)."""
    with connection.cursor() as cursor:
        stamp = _copy_text(cursor, [(now, now)]).rstrip(b"\n")
    people = batch.people.replace(b"\n", b"\t" + stamp + b"\n")
    through = Intellectual.fields.through
    for table, columns, data in (
        (Intellectual._meta.db_table, ["id", *PERSON_COLUMNS, "created_at", "updated_at"], people),
        (DegreeRecord._meta.db_table, DEGREE_COLUMNS, batch.degrees),
        (TitleRecord._meta.db_table, TITLE_COLUMNS, batch.titles),
        (through._meta.db_table, FIELD_COLUMNS, batch.fields),
    ):
        if data:
            with (
                connection.cursor() as cursor,
                cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
            ):
                copy.write(data)


def _insert(batch: list[ParsedRow], now: Any = None) -> list[int]:
    """Insert people and their degrees, titles and fields (COPY with pre-allocated ids on PostgreSQL); their ids."""
    if not batch:
        return []
    if connection.vendor == "postgresql":
        now = now or timezone.now()
        ids = _allocate_ids(len(batch))
        _copy_rows(
            Intellectual._meta.db_table,
            ["id", "created_at", "updated_at", *PERSON_COLUMNS],
            [(pk, now, now, *parsed.values) for pk, parsed in zip(ids, batch, strict=True)],
        )
    else:
        created = Intellectual.objects.bulk_create(
            [Intellectual(**parsed.as_dict()) for parsed in batch], batch_size=500
        )
        ids = [p.pk for p in created]
    pairs = list(zip(ids, batch, strict=True))
    degrees = [(pk, *d) for pk, parsed in pairs for d in parsed.degrees]
    titles = [(pk, *t) for pk, parsed in pairs for t in parsed.titles]
    links = [(pk, c) for pk, parsed in pairs for c in parsed.fields]
    _store_rows(DegreeRecord, DEGREE_COLUMNS, degrees)
    _store_rows(TitleRecord, TITLE_COLUMNS, titles)
    _store_rows(Intellectual.fields.through, FIELD_COLUMNS, links)
    return ids


def _store_rows(model: type[models.Model], columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert a person's degrees, titles or fields (COPY on PostgreSQL)."""
    if connection.vendor == "postgresql":
        _copy_rows(model._meta.db_table, columns, rows)
    else:
        model._default_manager.bulk_create(
            [model(**dict(zip(columns, row, strict=True))) for row in rows], batch_size=1000
        )


def _copy_rows(table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        write = copy.write_row
        for row in rows:
            write(row)


def _merge(existing_id: int, parsed: ParsedRow, *, actor: Actor) -> None:
    """Fill the existing person's empty fields from the row and add degrees or titles it lacks; never blank out.

    A merge that changes the person is a write like the form's: its version rises (Intellectual.save), so a form
    opened before the import is refused rather than overwriting it, and an audit row names the fields (never
    their values) so the refusal can say who wrote last."""
    from trithuc.registry.cube import cell_key, cells_move

    person = Intellectual.objects.select_for_update().get(pk=existing_id)
    old = cell_key(person)
    values = parsed.as_dict()
    changed: set[str] = set()
    for attr in MERGED_ATTNAMES:
        value = values[attr]
        if value not in (None, "", False) and not getattr(person, attr):
            setattr(person, attr, value)
            changed.add(attr.removesuffix("_id"))
    have = set(person.degrees.values_list("kind", flat=True))
    degrees = [
        DegreeRecord(intellectual=person, kind=k, year=y, institution=i, country=c, major=m)
        for k, y, i, c, m in parsed.degrees
        if k not in have
    ]
    DegreeRecord.objects.bulk_create(degrees)
    have_titles = set(person.titles.values_list("kind", flat=True))
    titles = [
        TitleRecord(intellectual=person, kind=k, year=y) for k, y in parsed.titles if k not in have_titles
    ]
    TitleRecord.objects.bulk_create(titles)
    have_fields = set(person.fields.values_list("code", flat=True))
    person.fields.add(*parsed.fields)  # type: ignore[arg-type]  # django-stubs: a pk is an int; StField's is its code
    changed |= {"degrees"} if degrees else set()
    changed |= {"titles"} if titles else set()
    changed |= {"fields"} if set(parsed.fields) - have_fields else set()
    if not changed:  # the row adds nothing: the record is as it was, an open form of it stays valid
        return
    person.refresh_derived(
        degrees=list(person.degrees.all()),
        titles=list(person.titles.values_list("kind", flat=True)),
        field_codes=list(person.fields.values_list("code", flat=True)),
    )
    person.save()
    cells_move(old, cell_key(person))
    audit.record(
        actor=actor,
        action="registry.person.merge",
        target=person,
        agency=person.workplace_agency,
        extra={"fields": sorted(changed)},  # which fields changed, never their values (Law 91/2025)
    )


def registry_import_retry(*, actor: Actor, draft: RegistryImport) -> RegistryImport:
    """Check a failed import's file again (its worker died while checking or writing): back to the preview, from
    where it is confirmed again. Large files go to the worker, as at the start."""
    if not can_manage_registry(actor):
        raise Forbidden("Chỉ cán bộ quản lý cơ sở dữ liệu trí thức được nhập dữ liệu.")
    if not draft.upload.name or not draft.upload.storage.exists(draft.upload.name):
        raise ServiceError("Tệp tải lên của lượt nhập này không còn; hãy tải tệp lên lại.")
    if not RegistryImport.objects.filter(pk=draft.pk, status=Status.FAILED).update(
        status=Status.VALIDATING, message="", progress=0, heartbeat_at=timezone.now()
    ):
        raise Conflict("Chỉ thử lại được lượt nhập bị lỗi.")
    audit.record(actor=actor, action="registry.import.retry", target=draft)
    if draft.upload.size > getattr(settings, "REGISTRY_IMPORT_BACKGROUND_BYTES", 512 * 1024):
        from trithuc.registry.tasks import registry_import_validate_task

        registry_import_validate_task.enqueue(draft.pk)
        return RegistryImport.objects.get(pk=draft.pk)
    return registry_import_validate(import_id=draft.pk)


def registry_import_reap(*, import_id: int | None = None) -> list[int]:
    """Imports whose checking or writing lost its worker end FAILED with a message (nothing was written: the
    write is one transaction). Run when an import page is opened or polled, and by `manage.py jobs_reap`."""
    from trithuc.registry.tasks import registry_import_validate_task, registry_import_write_task

    reaped = jobs.reap(
        RegistryImport,
        tasks={
            Status.VALIDATING: registry_import_validate_task,
            Status.IMPORTING: registry_import_write_task,
        },
        failed={"status": Status.FAILED, "message": jobs.WORKER_DIED, "progress": 100},
        pk=import_id,
    )
    for pk in reaped:
        registry_import_files_drop(import_id=pk, keep_upload=True)
    return reaped


@transaction.atomic(durable=True)
def registry_import_discard(*, actor: Actor, draft: RegistryImport) -> None:
    if not can_manage_registry(actor):
        raise Forbidden("Chỉ cán bộ quản lý cơ sở dữ liệu trí thức được nhập dữ liệu.")
    if not RegistryImport.objects.filter(pk=draft.pk, status__in=[Status.PREVIEW, Status.FAILED]).update(
        status=Status.DISCARDED
    ):
        raise ServiceError("Không thể hủy lượt nhập này.")
    audit.record(actor=actor, action="registry.import.discard", target=draft)
    transaction.on_commit(lambda: registry_import_files_drop(import_id=draft.pk))


def errors_xlsx(draft: RegistryImport) -> bytes:
    """The downloadable list of row errors: row, column, reason (Vietnamese)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Lỗi")
    sheet.append(["Dòng", "Họ và tên", "Cột", "Lý do"])
    for number, column, reason, *name in draft.errors:  # drafts validated before 15.9 have no name
        sheet.append(safe_row(sheet, [number, name[0] if name else "", column, reason]))
    return workbook_bytes(workbook)
