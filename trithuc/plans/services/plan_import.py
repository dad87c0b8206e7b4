"""Importing a plan: upload → parse (in the background when large) → preview and corrections → confirm.

Nothing becomes a plan row before `plan_import_confirm`, which writes everything in one durable
transaction. The command line, the demo and the web pages all go through these services.
"""

import datetime as dt
import functools
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.urls import URLResolver, get_resolver
from django.utils import timezone

import planparse
from trithuc.agencies.models import Agency, AgencyGroup
from trithuc.agencies.selectors import AgencyMatch, AgencyMatcher
from trithuc.core import audit, jobs
from trithuc.core.actors import Actor, actor_user
from trithuc.core.errors import Conflict, Forbidden, ServiceError
from trithuc.core.text import agency_key, search_key, strip_accents
from trithuc.plans.import_corrections import OPS, correction_apply, correction_label, corrections_apply
from trithuc.plans.models import Assignment, Document, Plan, PlanImport, PlanItem, ProgressUpdate
from trithuc.plans.permissions import can_import_plans
from trithuc.plans.services.stamp import plan_changed, plans_changed
from trithuc.plans.services.superseded import plan_writable_check

COORDINATION_PHRASE = agency_key("tổ chức thực hiện kế hoạch này")
ACCEPTED_KINDS = {"txt", "docx", "doc", "pdf"}
logger = logging.getLogger(__name__)
CORRECTION_KEYS = (
    "op",
    "phrase",
    "choice",
    "ref",
    "kind",
    "deadline",
    "recurrence",
    "parent",
    "direction",
    "into",
    "at",
)
META_FIELDS = ("code", "type", "number", "issuer", "place", "date", "year", "title", "plan_title")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def document_find(
    *, number: str, issuer: str, issued_on: dt.date | None, title: str = "", year: int | None = None
) -> Document | None:
    """A document by its identity: number + issuer + date, or issuer + title + year when it has no number."""
    if number:
        return Document.objects.filter(number=number, issuer=issuer, issued_on=issued_on).first()
    return Document.objects.filter(number="", issuer=issuer, title=title, year=year).first()


def plan_find_previous(*, number: str, issuer: str, title: str = "", year: int | None = None) -> Plan | None:
    """The plan in force that a new upload amends: same number and issuer (any date), else same title and year.
    A closed or replaced plan is amended only when asked (`--amends`, or chosen in the preview)."""
    plans = Plan.objects.filter(
        is_current=True, closed_on__isnull=True, replaced_by__isnull=True
    ).select_related("document")
    if number:
        return plans.filter(document__number=number, document__issuer=issuer).first()
    return plans.filter(
        document__number="", document__issuer=issuer, document__title=title, document__year=year
    ).first()


PLAN_CODE_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")


@functools.cache
def reserved_codes() -> frozenset[str]:
    """Every fixed word of the site's addresses (ke-hoach, nhiem-vu, theo-doi, dot, moi …): pages of several apps
    put a plan's code where such a word also stands (/ke-hoach/<code>/, /bao-cao/<code>/, /sua-doi/<code>/), so
    a code equal to one would hide a page. Read from the URL configuration, so a new address is covered."""
    words: set[str] = set()

    def walk(patterns: list[Any]) -> None:
        for pattern in patterns:
            route = str(getattr(pattern.pattern, "_route", ""))
            words.update(part for part in route.split("/") if part and "<" not in part)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns)

    walk(get_resolver().url_patterns)
    return frozenset(word.lower() for word in words)


def plan_code_check(code: str) -> str:
    """A code the user chose: short, lower-case Latin letters, digits and hyphens, not taken by a plan in force."""
    code = code.strip().lower()
    if not code:
        return ""
    if not PLAN_CODE_RE.match(code):
        raise ServiceError(
            "Mã kế hoạch chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 32 ký tự), ví dụ kl52.",
            field="code",
        )
    if code.isdigit() or code in reserved_codes():
        raise ServiceError(
            f"Mã kế hoạch “{code}” trùng với một địa chỉ của hệ thống; hãy thêm chữ, ví dụ kh{code}.",
            field="code",
        )
    if Plan.objects.filter(code=code, is_current=True).exists():
        raise ServiceError(f"Mã kế hoạch “{code}” đã được dùng cho một kế hoạch khác.", field="code")
    return code


def plan_code_propose(document: Document) -> str:
    """A short code from the document's number (125/KH-UBND of 2023 → kh125-2023), else its type and year;
    a suffix keeps it unique among the plans in force."""
    match = re.match(r"\s*(\d+)\s*/\s*([^\W\d_]+)", document.number or "")
    if match:
        # the letters as written ("193/UBND-KT" → ubnd193), not spelled out as the search key does
        base = f"{strip_accents(match.group(2)).lower()}{match.group(1)}"
    else:
        base = "".join(w[:1] for w in search_key(document.doc_type).split()) or "kh"
    if document.year:
        base = f"{base}-{document.year}"
    base = re.sub(r"[^a-z0-9-]+", "-", base).strip("-")[:28] or "kh"
    taken = set(Plan.objects.filter(is_current=True, code__startswith=base).values_list("code", flat=True))
    code, n = base, 2
    while code in taken:
        code, n = f"{base}-{n}", n + 1
    return code


def _document_fields(parsed: dict[str, Any], meta: dict[str, Any] | None) -> dict[str, Any]:
    """What the user (or a .meta.json) said wins over what the parser read."""
    doc = dict(parsed.get("document") or {})
    for key, value in (meta or {}).items():
        if value not in (None, ""):
            doc[key] = value
    issued_on = _date(doc.get("date"))
    return {
        "doc_type": doc.get("type") or "Kế hoạch",
        "number": doc.get("number") or "",
        "issuer": doc.get("issuer") or "",
        "issued_on": issued_on,
        # a document without a date: the one year its title is for ("… năm 2026"), as the preview proposes it
        "year": int(doc["year"])
        if doc.get("year")
        else (issued_on.year if issued_on else planparse.plan_year(doc.get("title"), None)),
        "place": doc.get("place") or "",
        "title": doc.get("title") or "",
        "based_on": doc.get("based_on") or [],
        # a decision that issues a plan: the decision is the document, the attached plan names the plan
        "plan_title": doc.get("plan_title") or (doc.get("attached_plan") or {}).get("title") or "",
    }


# ---- the web flow -------------------------------------------------------------------------------------------


def _kind_of(name: str) -> str:
    kind = Path(name).suffix.lower().lstrip(".")
    if kind not in ACCEPTED_KINDS:
        raise ServiceError("Chỉ nhận tệp .txt, .docx, .doc hoặc .pdf (có lớp chữ).", field="upload")
    return kind


def plan_import_start(
    *, actor: Actor, upload: UploadedFile[bytes] | None = None, text: str = "", source_name: str = ""
) -> PlanImport:
    """Store the upload (or pasted text) as a draft and parse it: now when small, in the background when large."""
    draft, size = _draft_create(actor=actor, upload=upload, text=text, source_name=source_name)
    return _parse_soon(draft, size)


def _parse_soon(draft: PlanImport, size: int) -> PlanImport:
    if size > settings.PLAN_IMPORT_BACKGROUND_BYTES:
        from trithuc.plans.tasks import plan_import_parse_task

        plan_import_parse_task.enqueue(draft.pk)
        draft.refresh_from_db()
        return draft
    return plan_import_parse(plan_import_id=draft.pk)


def plan_import_retry(*, actor: Actor, plan_import: PlanImport) -> PlanImport:
    """Read a failed draft's upload again (its worker died, or the reader was fixed since)."""
    if not can_import_plans(actor):
        raise Forbidden("Chỉ cán bộ điều phối mới được nhập kế hoạch.")
    if not plan_import.upload.name or not plan_import.upload.storage.exists(plan_import.upload.name):
        raise ServiceError("Tệp tải lên của bản nháp này không còn; hãy tải tệp lên lại.")
    retried = PlanImport.objects.filter(pk=plan_import.pk, status=PlanImport.Status.FAILED).update(
        status=PlanImport.Status.PARSING, error="", progress=0, heartbeat_at=timezone.now()
    )
    if not retried:
        raise Conflict("Chỉ thử lại được bản nháp bị lỗi.")
    audit.record(actor=actor, action="plan_import.retry", target=plan_import)
    return _parse_soon(plan_import, plan_import.upload.size)


def plan_import_reap(*, plan_import_id: int | None = None) -> list[int]:
    """Drafts whose parsing lost its worker end FAILED with a message (run when a draft page is opened or polled,
    and by `manage.py jobs_reap`)."""
    from trithuc.plans.tasks import plan_import_parse_task

    return jobs.reap(
        PlanImport,
        tasks={PlanImport.Status.PARSING: plan_import_parse_task},
        failed={"status": PlanImport.Status.FAILED, "error": jobs.WORKER_DIED, "progress": 100},
        pk=plan_import_id,
    )


@transaction.atomic(durable=True)
def _draft_create(
    *, actor: Actor, upload: UploadedFile[bytes] | None, text: str, source_name: str
) -> tuple[PlanImport, int]:
    if not can_import_plans(actor):
        raise Forbidden("Chỉ cán bộ điều phối mới được nhập kế hoạch.")
    if upload is None and not text.strip():
        raise ServiceError("Hãy chọn tệp hoặc dán nội dung kế hoạch.", field="upload")
    if upload is not None:
        if not upload.size:
            raise ServiceError("Tệp tải lên rỗng.", field="upload")
        if upload.size > settings.PLAN_IMPORT_MAX_BYTES:
            limit = settings.PLAN_IMPORT_MAX_BYTES // (1024 * 1024)
            raise ServiceError(f"Tệp quá lớn (tối đa {limit} MB).", field="upload")
        draft = PlanImport(
            created_by=actor_user(actor),
            source_name=(upload.name or "")[:255],
            kind=_kind_of(upload.name or ""),
        )
        draft.upload.save(Path(upload.name or "ke-hoach").name, upload, save=False)
        size = upload.size
    else:
        draft = PlanImport(
            created_by=actor_user(actor), source_name=source_name or "Văn bản dán vào", kind="txt"
        )
        data = text.encode("utf-8")
        draft.upload.save("van-ban-dan.txt", ContentFile(data), save=False)
        size = len(data)
    draft.save()
    audit.record(
        actor=actor,
        action="plan_import.start",
        target=draft,
        after={"file": draft.source_name, "bytes": size},
    )
    return draft, size


def _progress(draft: PlanImport, percent: int) -> None:
    PlanImport.objects.filter(pk=draft.pk, status=PlanImport.Status.PARSING).update(progress=percent)


def plan_import_parse(*, plan_import_id: int) -> PlanImport:
    """Read and parse a draft; a broken file ends as FAILED with a Vietnamese message, never a traceback."""
    draft = PlanImport.objects.get(pk=plan_import_id)
    if draft.status != PlanImport.Status.PARSING:
        return draft
    with jobs.heartbeat(PlanImport, draft.pk, PlanImport.Status.PARSING):
        return _parse(draft)


def _parse(draft: PlanImport) -> PlanImport:
    try:
        with draft.upload.open("rb") as handle:
            data = handle.read()
        _progress(draft, 20)
        text = planparse.read_text(data, draft.kind)
        _progress(draft, 50)
        matcher = AgencyMatcher.load()
        parsed = planparse.parse_plan(text, agency_matcher=_known_name(matcher)).to_dict()
        _progress(draft, 90)
        _parsed_store(draft, text=text, parsed=parsed)
    except planparse.ReadError as error:
        return _fail(draft, error.message)
    except Exception:  # a parser bug or a refused write must not leave the user with a spinner forever
        logger.exception("plan import %s failed", draft.pk)
        return _fail(
            draft,
            "Có lỗi khi phân tích văn bản; bộ phận kỹ thuật đã được ghi nhận. Hãy thử lại hoặc dán văn bản.",
        )
    draft.refresh_from_db()
    return draft


def _parsed_store(draft: PlanImport, *, text: str, parsed: dict[str, Any]) -> None:
    doc = parsed["document"]
    previous = plan_find_previous(
        number=doc.get("number") or "",
        issuer=doc.get("issuer") or "",
        title=doc.get("title") or "",
        year=int(doc["date"][:4]) if doc.get("date") else None,
    )
    PlanImport.objects.filter(pk=draft.pk, status=PlanImport.Status.PARSING).update(
        status=PlanImport.Status.PREVIEW, text=text, parsed=parsed, progress=100, previous_plan=previous
    )


def _fail(draft: PlanImport, message: str) -> PlanImport:
    PlanImport.objects.filter(pk=draft.pk, status=PlanImport.Status.PARSING).update(
        status=PlanImport.Status.FAILED, error=message, progress=100
    )
    draft.refresh_from_db()
    return draft


def _known_name(matcher: AgencyMatcher) -> Callable[[str], str | None]:
    def known(phrase: str) -> str | None:
        found = matcher.match(phrase)
        return found.name if found.matched else None

    return known


def _editable(actor: Actor, draft: PlanImport) -> None:
    if not can_import_plans(actor):
        raise Forbidden("Chỉ cán bộ điều phối mới được nhập kế hoạch.")
    if draft.status != PlanImport.Status.PREVIEW:
        raise ServiceError("Bản nháp này không còn ở bước xem trước.")


@transaction.atomic(durable=True)
def plan_import_correct(
    *,
    actor: Actor,
    plan_import: PlanImport,
    meta: dict[str, Any] | None = None,
    agency_choices: dict[str, str] | None = None,
    item_edits: dict[str, dict[str, Any]] | None = None,
    previous_plan: Plan | None | Literal[False] = False,
) -> PlanImport:
    """Apply the user's corrections to the draft: metadata, agencies for phrases, and per-item fixes.

    Agencies and item fixes are recorded as corrections (undoable until confirmation); the parser's JSON
    stays as it was read.
    """
    draft = PlanImport.objects.select_for_update().get(pk=plan_import.pk)
    _editable(actor, draft)
    if meta is not None:
        draft.meta = {k: v for k, v in meta.items() if k in META_FIELDS and v not in (None, "")}
    if previous_plan is not False:
        draft.previous_plan = previous_plan or None
    if draft.previous_plan_id:
        draft.meta.pop("code", None)  # a new version keeps its plan's code
    elif draft.meta.get("code"):
        draft.meta["code"] = plan_code_check(str(draft.meta["code"]))
    new: list[dict[str, Any]] = []
    for phrase, choice in (agency_choices or {}).items():
        if choice:
            _check_choice(choice)
        new.append({"op": "agency", "phrase": phrase, "choice": choice or ""})
    for ref, edit in (item_edits or {}).items():
        new.extend(_item_edit_corrections(ref, edit))
    _record(actor, draft, new)
    draft.save()
    audit.record(
        actor=actor,
        action="plan_import.correct",
        target=draft,
        after={"meta": draft.meta, "corrections": [c["label"] for c in new]},
    )
    return draft


def _item_edit_corrections(ref: str, edit: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if "kind" in edit:
        out.append({"op": "kind", "ref": ref, "kind": edit["kind"]})
    if "deadline" in edit:
        deadline = edit["deadline"]
        out.append(
            {
                "op": "deadline",
                "ref": ref,
                "deadline": deadline.isoformat() if isinstance(deadline, dt.date) else (deadline or None),
            }
        )
    if "recurrence" in edit:
        out.append({"op": "recurrence", "ref": ref, "recurrence": edit["recurrence"] or None})
    if edit.get("lead"):
        _check_choice(edit["lead"])
        out.append({"op": "lead", "ref": ref, "choice": edit["lead"]})
    return out


def _record(actor: Actor, draft: PlanImport, new: list[dict[str, Any]]) -> None:
    """Check each correction against the draft as corrected so far, then append it with an id and a label."""
    if not new:
        return
    state, choices, _, _ = corrections_apply(_parsed(draft), draft.corrections, draft.agency_choices)
    next_id = max((c.get("id", 0) for c in draft.corrections), default=0) + 1
    who = getattr(actor, "username", "") or "hệ thống"
    for correction in new:
        correction["label"] = correction_label(correction, state, _choice_name(correction.get("choice")))
        correction_apply(state, choices, correction)  # raises ServiceError with a Vietnamese message
        correction.update(id=next_id, by=who, when=timezone.now().isoformat(timespec="seconds"))
        draft.corrections = [*draft.corrections, correction]
        next_id += 1


@transaction.atomic(durable=True)
def plan_import_fix(*, actor: Actor, plan_import: PlanImport, correction: dict[str, Any]) -> PlanImport:
    """One structural or item correction from the preview (move, level, merge, split, kind, agency …)."""
    draft = PlanImport.objects.select_for_update().get(pk=plan_import.pk)
    _editable(actor, draft)
    correction = {k: v for k, v in correction.items() if k in CORRECTION_KEYS}
    if correction.get("op") not in OPS:
        raise ServiceError("Loại chỉnh sửa không hợp lệ.")
    if correction["op"] in ("agency", "lead") and correction.get("choice"):
        _check_choice(correction["choice"])
    elif correction["op"] == "lead":
        raise ServiceError("Hãy chọn cơ quan chủ trì.")
    elif correction["op"] == "agency":  # a blank pick is no fix (the bulk form's blank means "as written")
        raise ServiceError("Hãy chọn một cơ quan hoặc nhóm trong danh sách.")
    _record(actor, draft, [correction])
    draft.save(update_fields=["corrections", "updated_at"])
    audit.record(
        actor=actor, action="plan_import.correct", target=draft, after={"corrections": [correction["label"]]}
    )
    return draft


@transaction.atomic(durable=True)
def plan_import_undo(*, actor: Actor, plan_import: PlanImport, correction_id: int) -> list[dict[str, Any]]:
    """Take one correction back; corrections that only made sense with it go too. Returns what was removed."""
    draft = PlanImport.objects.select_for_update().get(pk=plan_import.pk)
    _editable(actor, draft)
    undone = [c for c in draft.corrections if c.get("id") == correction_id]
    if not undone:
        raise ServiceError("Chỉnh sửa này không còn trong bản nháp.")
    rest = [c for c in draft.corrections if c.get("id") != correction_id]
    _, _, applied, dropped = corrections_apply(_parsed(draft), rest, draft.agency_choices)
    draft.corrections = applied
    draft.save(update_fields=["corrections", "updated_at"])
    removed = undone + dropped
    audit.record(
        actor=actor, action="plan_import.undo", target=draft, after={"undone": [c["label"] for c in removed]}
    )
    return removed


def plan_import_effective(draft: PlanImport) -> tuple[dict[str, Any], dict[str, str]]:
    """The parser's JSON with the draft's corrections applied, and the agency chosen for each phrase."""
    state, choices, _, _ = corrections_apply(_parsed(draft), draft.corrections, draft.agency_choices)
    return state, choices


def _parsed(draft: PlanImport) -> dict[str, Any]:
    """The draft's parse: a draft still being read has none yet."""
    if draft.parsed is None:
        raise ServiceError("Tệp chưa đọc xong; hãy chờ rồi thử lại.")
    parsed: dict[str, Any] = draft.parsed
    return parsed


_CHOICE_MODELS: dict[str, type[Agency] | type[AgencyGroup]] = {"agency": Agency, "group": AgencyGroup}


def _choice_name(choice: str | None) -> str:
    kind, _, code = (choice or "").partition(":")
    model = _CHOICE_MODELS.get(kind)
    found = model.objects.filter(code=code).values_list("name", flat=True).first() if model else None
    return found or ""


def _check_choice(choice: str) -> None:
    kind, _, code = choice.partition(":")
    model = _CHOICE_MODELS.get(kind)
    if model is None or not model.objects.filter(code=code).exists():
        raise ServiceError("Cơ quan được chọn không có trong danh mục.")


@transaction.atomic(durable=True)
def plan_import_confirm(*, actor: Actor, plan_import: PlanImport) -> Plan:
    """Claim the draft and write the plan; on any error the transaction leaves nothing behind."""
    if not can_import_plans(actor):
        raise Forbidden("Chỉ cán bộ điều phối mới được nhập kế hoạch.")
    parsed, choices = plan_import_effective(plan_import)
    if not any(row["kind"] == "task" for row in parsed.get("items", [])):
        raise ServiceError(
            "Không tìm thấy nhiệm vụ nào trong văn bản; hãy kiểm tra lại tệp hoặc đánh dấu các mục là nhiệm vụ."
        )
    claimed = PlanImport.objects.filter(pk=plan_import.pk, status=PlanImport.Status.PREVIEW).update(
        status=PlanImport.Status.CONFIRMING
    )
    if not claimed:
        raise Conflict("Bản nháp đã được xác nhận hoặc không còn ở bước xem trước.")
    draft = PlanImport.objects.get(pk=plan_import.pk)
    parsed, choices = plan_import_effective(draft)
    plan = _plan_create(
        actor=actor,
        parsed=parsed,
        text=draft.text,
        meta=draft.meta,
        choices=choices,
        previous=draft.previous_plan,
    )
    PlanImport.objects.filter(pk=draft.pk).update(status=PlanImport.Status.DONE, plan=plan)
    transaction.on_commit(lambda: plan_import_files_drop(plan_import_id=draft.pk))
    return plan


@transaction.atomic(durable=True)
def plan_import_discard(*, actor: Actor, plan_import: PlanImport) -> None:
    if not can_import_plans(actor):
        raise Forbidden("Chỉ cán bộ điều phối mới được nhập kế hoạch.")
    changed = PlanImport.objects.filter(
        pk=plan_import.pk, status__in=[PlanImport.Status.PREVIEW, PlanImport.Status.FAILED]
    ).update(status=PlanImport.Status.DISCARDED)
    if not changed:
        raise ServiceError("Không thể hủy bản nháp này.")
    audit.record(actor=actor, action="plan_import.discard", target=plan_import)
    transaction.on_commit(lambda: plan_import_files_drop(plan_import_id=plan_import.pk))


def plan_import_files_purge(*, before: dt.datetime) -> int:
    """Uploads of drafts that ended before `before` (failed ones were kept for a retry); the daily purge."""
    ended = (
        PlanImport.objects.filter(created_at__lt=before)
        .exclude(upload="")
        .exclude(
            status__in=[PlanImport.Status.PARSING, PlanImport.Status.PREVIEW, PlanImport.Status.CONFIRMING]
        )
    )
    pks = list(ended.values_list("pk", flat=True))
    for pk in pks:
        plan_import_files_drop(plan_import_id=pk)
    return len(pks)


def plan_import_files_drop(*, plan_import_id: int) -> None:
    """A draft that ended (confirmed, discarded, or failed and purged) keeps no upload on disk: the plan holds the
    text it needs, and the file is not kept for backups to carry."""
    draft = PlanImport.objects.get(pk=plan_import_id)
    if draft.upload.name:
        draft.upload.storage.delete(draft.upload.name)
        PlanImport.objects.filter(pk=draft.pk).update(upload="")


def plan_import_file(
    *, actor: Actor, path: Path, meta: dict[str, Any] | None = None, amends: Plan | None = None
) -> Plan:
    """The command line and the demo: the same start → parse → confirm, with no one to correct the preview.

    A new plan, unless the document amends a plan in force (same number and issuer) or `amends` names the plan
    it makes a new version of; a new plan never changes another."""
    with path.open("rb") as handle:
        upload = UploadedFile(handle, name=path.name, size=path.stat().st_size)
        draft = plan_import_start(actor=actor, upload=upload)
    draft = plan_import_parse(plan_import_id=draft.pk)
    if draft.status == PlanImport.Status.FAILED:
        raise ServiceError(draft.error)
    if meta or amends is not None:
        previous = amends if amends is not None else _previous_for(draft, meta or {})
        draft = plan_import_correct(actor=actor, plan_import=draft, meta=meta, previous_plan=previous)
    return plan_import_confirm(actor=actor, plan_import=draft)


def _previous_for(draft: PlanImport, meta: dict[str, Any]) -> Plan | None:
    fields = _document_fields(_parsed(draft), meta)
    return plan_find_previous(
        number=fields["number"], issuer=fields["issuer"], title=fields["title"], year=fields["year"]
    )


# ---- writing the plan -----------------------------------------------------------------------------------------


def _plan_create(
    *,
    actor: Actor,
    parsed: dict[str, Any],
    text: str,
    meta: dict[str, Any] | None,
    choices: dict[str, str],
    previous: Plan | None,
) -> Plan:
    fields = _document_fields(parsed, meta)
    based_on = fields.pop("based_on")
    plan_title = fields.pop("plan_title")
    if previous is not None:
        plan = _new_version(previous, text, plan_title)
        document = plan.document
    else:
        if document_find(**{k: fields[k] for k in ("number", "issuer", "issued_on", "title", "year")}):
            raise ServiceError(
                "Văn bản này đã có trong hệ thống (trùng số, cơ quan ban hành và ngày ban hành)."
            )
        document = Document.objects.create(**fields)
        code = plan_code_check((meta or {}).get("code") or "") or plan_code_propose(document)
        plan = Plan.objects.create(code=code, document=document, title=plan_title, source_text=text)
        plan_changed(plan)
    document.based_on.add(*[_cited_document(ref) for ref in based_on])
    items = _create_items(plan, parsed.get("items") or [])
    _create_assignments(items, parsed.get("items") or [], _Resolver(AgencyMatcher.load(), choices))
    plan.coordinator = _coordinator(items) or (previous.coordinator if previous else None)
    plan.save(update_fields=["coordinator"])
    carried = _carry_over_progress(previous, plan) if previous else 0
    audit.record(
        actor=actor,
        action="plan.import" if previous is None else "plan.new_version",
        target=plan,
        after={
            "document": str(document),
            "version": plan.version,
            "items": len(items),
            "tasks": sum(i.is_task for i in items.values()),
            "progress_carried_over": carried,
        },
    )
    return plan


def _new_version(previous: Plan, text: str, title: str = "") -> Plan:
    closed = Plan.objects.filter(pk=previous.pk, is_current=True).update(
        is_current=False, updated_at=timezone.now()
    )
    if not closed:
        plan_writable_check(previous)  # says which version is in force (409 in the API)
        raise ServiceError("Kế hoạch này đã có phiên bản mới hơn; hãy chọn phiên bản hiện hành.")
    plan = Plan.objects.create(
        code=previous.code,
        document=previous.document,
        version=previous.version + 1,
        previous=previous,
        title=title or previous.title,
        source_text=text,
        coordinator=previous.coordinator,
    )
    # The old version's cached page parts (keyed by plan_stamp) drop their buttons; the new one's are new.
    plans_changed([previous, plan])
    return plan


def _cited_document(ref: dict[str, Any]) -> Document:
    number, issuer, issued_on = ref.get("number") or "", ref.get("issuer") or "", _date(ref.get("date"))
    found = document_find(number=number, issuer=issuer, issued_on=issued_on)
    if found:
        return found
    return Document.objects.create(
        doc_type=ref.get("type") or "",
        number=number,
        issuer=issuer,
        issued_on=issued_on,
        year=issued_on.year if issued_on else None,
    )


def _create_items(plan: Plan, rows: list[dict[str, Any]]) -> dict[str, PlanItem]:
    objs = []
    for position, row in enumerate(rows):
        period = row.get("period") or [None, None]
        objs.append(
            PlanItem(
                plan=plan,
                ref=row["ref"],
                position=position,
                kind=row["kind"],
                text=row["text"],
                search_text=search_key(row["text"]),
                span_start=row["span"][0],
                span_end=row["span"][1],
                deadline_text=(row.get("deadline_text") or "")[:255],
                deadline=_date(row.get("deadline")),
                period_start=_date(period[0]),
                period_end=_date(period[1]),
                recurrence=row.get("recurrence") or "",
                recurrence_anchors=row.get("recurrence_anchors") or [],
            )
        )
    if len({o.ref for o in objs}) != len(objs):
        raise ServiceError("Kế hoạch có hai mục trùng số hiệu; hãy kiểm tra lại cách đánh số.")
    by_ref = {o.ref: o for o in PlanItem.objects.bulk_create(objs)}
    for row in rows:
        if row.get("parent") in by_ref:
            by_ref[row["ref"]].parent = by_ref[row["parent"]]
    PlanItem.objects.bulk_update([o for o in by_ref.values() if o.parent_id], ["parent"])
    links = [
        PlanItem.implements.through(from_planitem_id=by_ref[row["ref"]].pk, to_planitem_id=by_ref[target].pk)
        for row in rows
        for target in row.get("implements") or []
        if target in by_ref
    ]
    PlanItem.implements.through.objects.bulk_create(links)
    return by_ref


class _Resolver:
    """Phrase → agency or group: the user's explicit choice first, then the matcher."""

    def __init__(self, matcher: AgencyMatcher, choices: dict[str, str]) -> None:
        self.matcher = matcher
        self.agencies = {a.code: a for a in Agency.objects.all()}
        self.groups = {g.code: g for g in AgencyGroup.objects.all()}
        self.choices = choices

    def resolve(self, phrase: str) -> tuple[str, AgencyMatch]:
        choice = self.choices.get(phrase) or (phrase if ":" in phrase else "")
        kind, _, code = choice.partition(":")
        if kind == "agency" and code in self.agencies:
            agency = self.agencies[code]
            return (phrase if phrase != choice else agency.name), AgencyMatch(
                phrase, agency=agency, score=1.0
            )
        if kind == "group" and code in self.groups:
            group = self.groups[code]
            return (phrase if phrase != choice else group.name), AgencyMatch(phrase, group=group, score=1.0)
        return phrase, self.matcher.match(phrase)


def _create_assignments(items: dict[str, PlanItem], rows: list[dict[str, Any]], resolver: _Resolver) -> None:
    objs = []
    for row in rows:
        source = row.get("lead_source") or Assignment.Source.EXPLICIT
        for role, phrases in (
            (Assignment.Role.LEAD, row.get("lead")),
            (Assignment.Role.COORDINATE, row.get("coordinators")),
        ):
            for raw in dict.fromkeys(phrases or []):
                phrase, found = resolver.resolve(raw)
                objs.append(
                    Assignment(
                        item=items[row["ref"]],
                        role=role,
                        phrase=phrase[:255],
                        agency=found.agency,
                        group=found.group,
                        source=source,
                        confidence=row.get("confidence"),
                    )
                )
    Assignment.objects.bulk_create(objs)


def _coordinator(items: dict[str, PlanItem]) -> Agency | None:
    """The plan's coordinator is whoever leads "tổ chức thực hiện kế hoạch này" (Sở KH&CN in the seed), else
    the lead of a task that names the plan's coordinating agency as the parser reads it ("… là cơ quan thường
    trực, theo dõi, đôn đốc việc thực hiện Kế hoạch")."""
    phrase = [i for i in items.values() if COORDINATION_PHRASE in agency_key(i.text)]
    named = [i for i in items.values() if i.is_task and planparse.coordinates_plan(i.text)]
    for candidates in (phrase, named):
        for item in candidates:
            lead = item.assignments.filter(role=Assignment.Role.LEAD, agency__isnull=False).first()
            if lead:
                return lead.agency
    return None


def _carry_over_progress(previous: Plan, plan: Plan, continuing: frozenset[str] = frozenset()) -> int:
    """Progress reported on a task whose text did not change follows it into the new version; so does progress
    on the `continuing` refs (an accepted amendment rewords a task that goes on)."""
    new_items = {i.ref: i for i in plan.items.filter(kind=PlanItem.Kind.TASK)}
    copies: list[tuple[ProgressUpdate, Any]] = []
    for update in ProgressUpdate.objects.filter(item__plan=previous).select_related("item"):
        target = new_items.get(update.item.ref)
        if target is None or (
            search_key(target.text) != search_key(update.item.text) and target.ref not in continuing
        ):
            continue
        copy = ProgressUpdate(
            item=target,
            agency_id=update.agency_id,
            author_id=update.author_id,
            status=update.status,
            result=update.result,
            completed_on=update.completed_on,
            period_year=update.period_year,
            evidence=update.evidence.name,
        )
        copies.append((copy, update.created_at))
    created = ProgressUpdate.objects.bulk_create([c for c, _ in copies])
    for row, (_, stamp) in zip(created, copies, strict=True):
        ProgressUpdate.objects.filter(pk=row.pk).update(created_at=stamp)
    return len(created)
