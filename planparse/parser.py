"""parse_plan: text -> ParsedPlan (tree, kinds, owners, deadlines, appendix merge, section-III links, warnings)."""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache

from .deadlines import Deadline, find_deadline, find_yearless_deadline, parse_deadline, step_ends
from .linker import Sparse, TfIdf, Vector, best_pairs, cosine, similarity, tokens, transpose
from .metadata import attached_plan, read_metadata
from .model import Agency, ParsedPlan, PlanItem, Warning, descendants
from .owners import (
    GROUNDS,
    acting_subject,
    answers_to_superior,
    assignment_sentence,
    assigns_work,
    body_label,
    coordinators_in,
    find_agency_mentions,
    group_lead,
    heading_agencies,
    inspected_party,
    intro_owner,
    item_owners,
    label_owners,
    later_subjects,
    opening_verb,
    passive_maker,
    plausible_subject,
    refers_back,
    request_addressee,
    restated_request_end,
    scan_agency_phrase,
    split_agencies,
    starts_with_action,
    subject_owners,
)
from .targets import find_targets
from .text import MEETING, agency_key, cap, fix_tone_placement, nfc
from .tree import (
    BULLETS,
    CHECK_VERB,
    GENERAL_RULE,
    GIVES,
    NUMBERED,
    PART_LETTERS,
    PARTS,
    PROPER_NAME,
    SUMMARY,
    TOP,
    WHOLE_CHARGE,
    Line,
    acting_lead_in,
    addressee_names,
    asks_of,
    asks_whole_plan,
    body_items,
    build_tree,
    classify,
    does_given_tasks,
    funds_points,
    header_times,
    label_request,
    meeting_facets,
    parse_label,
    party_noun,
    preparation_request,
    ref_is_unnumbered,
    repeated,
    requirements_party,
    rule_clause,
    without_repeat,
)

AgencyMatcher = Callable[[str], str | None]
ROW_MATCH_THRESHOLD = 0.35
CONTEXT_WEIGHT = 0.25  # a row's group heading usually restates the body heading of its item
# a row's likeness to an item when it says the item word for word (identical words, or round 92's opening, round 97's
# whole tail: scored 1.0), less the rounding of a cosine
WORD_FOR_WORD = 0.999
LINK_FLOOR = 0.18  # below this two texts share only incidental words
LINK_MARGIN = 1.2  # a best match must beat the runner-up by 20% to be a link
GROUP_MATCH = (
    0.25  # a row matched within its own group's heading (`_merge_by_group`): the group narrows the choice
)
CLEAR_RESTATEMENT = 0.5  # a row this close to a body item restates it; a weaker match must be its clear best
OWNED_LINK_SIM = 0.75  # a task with its own owner links to another agency's item only if nearly restated
INFERRED_CONFIDENCE = 0.3
_COORDINATOR_ITEM = re.compile(
    r"cơ\s+quan\s+(?:đầu\s+mối|thường\s+trực)|chủ\s+trì[^.;]{0,80}(?:tổ\s+chức|triển\s+khai)\s+(?:thực\s+hiện\s+)?kế\s+hoạch"
    # round 56: or the tasks of the whole document, a scheme or programme as a plan ("Chủ trì tổ chức triển khai các
    # nhiệm vụ, giải pháp liên quan đến lĩnh vực quản lý tại Đề án này …")
    r"|chủ\s+trì[^.;]{0,80}(?:tổ\s+chức|triển\s+khai)\s[^.;]{0,80}(?:của|tại|trong)\s+(?:kế\s+hoạch|đề\s+án|chương\s+trình)\s+này"
    r"|theo\s+dõi[^.;]{0,30}đôn\s+đốc|đôn\s+đốc[^.;]{0,100}thực\s+hiện\s+kế\s+hoạch\s+này"
    # round 53 (set 41): leading the members of the body that issues the plan ("chủ trì phối hợp với các thành viên
    # trong tiểu ban thực hiện các nhiệm vụ liên quan đến tuyên truyền …"): the member who runs the body's work
    r"|chủ\s+trì\s*,?\s*(?:phối\s+hợp\s+)?với\s+các\s+thành\s+viên(?![\wÀ-ỹ])",
    re.I,
)


def _coordinator_item(text: str) -> re.Match[str] | None:
    """`_COORDINATOR_ITEM.search(text)`, run only on a text holding a word each of its forms has ("cơ quan",
    "chủ trì", "đôn đốc"): its lazy gaps are tried at every position of the text."""
    low = text.lower()
    return _COORDINATOR_ITEM.search(text) if "quan" in low or "chủ" in low or "đôn" in low else None


def _best_above(scores: dict[int, float], floor: float) -> tuple[float, int] | None:
    """The (score, index) of the closest text scoring at least `floor`, if any: the choice every restatement link makes."""
    return max(((s, j) for j, s in scores.items() if s >= floor), default=None)


def coordinates_plan(text: str) -> bool:
    """Whether an item names the plan's coordinating agency: "cơ quan đầu mối / thường trực", "chủ trì … tổ
    chức thực hiện Kế hoạch", "theo dõi, đôn đốc …"."""
    return bool(_COORDINATOR_ITEM.search(text))


def parse_plan(text: str, *, agency_matcher: AgencyMatcher | None = None) -> ParsedPlan:
    """Parse a plan's NFC text (one paragraph per line) into metadata, items, agencies and warnings.

    The cycle collector waits while a plan is read: the reading makes many short-lived objects and no cycles
    (none found after a 1 MB read), so a collection in mid-read frees nothing and walks the whole heap of the
    process that reads (a worker's, a bench's), a fifth of a 1 MB read when that heap is large. Reference counting
    still frees what the reading drops; the collector is back as soon as the call returns."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        return _parse_plan(text, agency_matcher)
    finally:
        if was_on:
            gc.enable()


def _parse_plan(text: str, agency_matcher: AgencyMatcher | None) -> ParsedPlan:
    text = nfc(text)
    tree = build_tree(text)
    items = tree.items
    classify(items)
    _regulation_norms(items)
    _own_term(items)
    _routing_lists(items)
    _rosters(items)
    _assignments_in_assessments(items)
    _scheduled_inspections(items)
    items = _split_inline(items, text)
    by_ref = {i.ref: i for i in items}
    meta = read_metadata(text, tree.header, tree.body_start)
    meta.attached_plan = attached_plan(tree.attached, text)
    year = plan_year(meta.title, meta.date)
    _issuer_reports(items, meta.issuer)
    _background_before_proposals(items, tree.header)
    promised = _issuer_promises(items, meta.issuer)
    _closing_assignment(items)
    _duty_after_funding(items)
    _minutes_records(items, tree.header)
    # the year the plan cannot have been issued before: its own date, else the latest document it cites
    cited = [d.date for d in meta.based_on if d.date]
    since = meta.date.year if meta.date else max(cited).year if cited else None
    for item in items:
        if item.kind == "task":
            _own(item, by_ref)
            _deadline(item, year, meta.date, since)
    _request_after_label_owners(items)
    for item, name in promised:  # the sender, as it writes itself
        item.lead, item.coordinators, item.lead_source = [name], [], "explicit"
    _owned_by_its_duty(items)
    _closing_owns_items(items)
    _agency_task_sections(items)
    _sibling_lead_ins(items)
    _unowned_prose_appendix(items)
    _appendix_sent_with_deadline(items)
    _preamble_request(items, text)
    _addressees_repeated(items, addressee_names(tree.header))
    _member_lists(items)
    _report_schedules(items)
    _group_among_addressees(items)
    _co_leads(items)
    _partners_listed(items)
    _table_parents(items)
    items = _split_steps(items, text)
    by_ref = {i.ref: i for i in items}
    _whole_charges(items, by_ref, year)
    by_ref = {i.ref: i for i in items}
    _closing_timing_lines(items, year)
    _closing_time_limits(items)
    _step_bodies(items)
    _schedule_deadlines(items, by_ref)
    _heading_timing(items, by_ref)
    _schedule_in_details(items)
    _schedule_table_under_label(items, text)
    _past_periods(items, meta.date)
    _closing_dates_items_above(items)
    _last_item_dates_siblings(items)
    _finish_dates_list(items)
    _dated_by_reference(items, [line.text for line in tree.header])
    _appendix_restates_request(items)
    _timing_items(items)
    _roadmap(items)
    _appendices_beside_the_tasks(items)
    _contents_titling_groups(items)
    _merge_rows(items)
    _appendix_restating_body(items)
    items = _row_milestones(items)
    by_ref = {i.ref: i for i in items}
    broad = _pointed_owners(items) | _lead_in_owned(items)
    _named_remits(items)
    _link_section_iii(items, meta.title or "", broad)
    _linked_siblings(items)
    _funds_points(items)
    _summaries(items)
    _inspections(items)
    warnings: list[Warning] = []
    _outer_lead_in_owners(items, by_ref)
    _owners_named_above(items, by_ref, meta.issuer)
    _party_heading_owners(items, by_ref, _sole_addressee(tree.header))
    _infer_unowned(items, warnings)
    _conditional_rules(items)
    _parties_duties(items)
    _regulation_rules(items)
    _one_body_named_twice(items, text)
    if not meta.number:
        warnings.append(
            Warning(None, "missing_number", "Văn bản không ghi số, ký hiệu; cần bổ sung trước khi lưu.")
        )
    agencies = _agencies(text, items, tree.body_start, agency_matcher, warnings)
    _deadline_warnings(items, warnings)
    return ParsedPlan(meta, items, agencies, warnings, text, find_targets(items))


# round 65 (set 47): a regulation's articles carry titles ("Điều 3. Các hành vi bị nghiêm cấm", "Điều 4. Các quy định
# đối với đại lý …", "Điều 7. Sở Thông tin và Truyền thông", "Điều 9. Trách nhiệm của Sở …"). Where some of them are
# given each to a body (the title is the body's name, or its responsibilities), those are the work the document hands
# out; the other titled articles are the norms the regulation sets for whom it governs (its scope, definitions,
# prohibitions, the conditions, rights and duties of businesses and users, how it is amended): no task of the plan,
# except a recurring report owed on a cycle ("… định kỳ hàng quý … báo cáo về Sở …"), work a reader follows up
_DUTY_TITLE = re.compile(
    r"^(?:Trách\s+nhiệm|Nhiệm\s+vụ(?:\s*,\s*quyền\s+hạn|\s+và\s+quyền\s+hạn)?)\s+của\s", re.I
)
# an article that has the document carried out ("Điều 4. Tổ chức thực hiện", "Trách nhiệm thi hành"): a decision's,
# whose work is its own; neither a norm nor a body's duties
# round 82 (set 59): also with the act of carrying out named before it ("Trách nhiệm tổ chức thực hiện", "Trách nhiệm
# triển khai thực hiện"): the same execution article, whose items open on the bodies that carry the document out
_EXECUTION_TITLE = re.compile(
    r"^(?:Trách\s+nhiệm|Tổ\s+chức|Điều\s+khoản)\s+(?:(?:tổ\s+chức|triển\s+khai)\s+)?(?:thi\s+hành|thực\s+hiện)"
    r"(?![\wÀ-ỹ])",
    re.I,
)
_REPORT = re.compile(r"(?<![\wÀ-ỹ])báo\s+cáo(?![\wÀ-ỹ])", re.I)
_TITLE_END = re.compile(r"[.;:!?…]\s*$")
REGULATION_TITLED = 3  # a decision's articles are sentences; a regulation has at least this many titled ones


def _article_title(item: PlanItem) -> str | None:
    """The title of an article ("Điều 7. Sở Thông tin và Truyền thông" over its numbered duties, "Điều 12. Sửa đổi, bổ
    sung quy định" over a paragraph), or None for an article that is a sentence."""
    if item.heading:
        return item.heading.strip()
    text = item.text.strip()
    if item.children and len(text.split()) <= 20 and not _TITLE_END.search(text):
        return text
    if item.children and len(text.split()) <= 20 and text.endswith(":") and body_label(text):
        return text  # round 78: "Điều 5. Sở Công Thương có trách nhiệm:", a body label over its duties
    return None


# round 71 (set 49): "Điều 17. Trách nhiệm Sở Tài chính", the "của" left out before the body's proper name
_DUTY_TITLE_BARE = re.compile(cap(r"^(?:Trách\s+nhiệm|Nhiệm\s+vụ)\s+(?=[A-ZĐÀ-Ỹ])"))


def _duty_article(title: str) -> bool:
    """round 78: an article given to a body is titled by a body label in any form ("Điều 7. Sở X", "Trách nhiệm (của)
    Sở X", "Sở X có trách nhiệm:"); one naming only the private parties the regulation governs ("Trách nhiệm của doanh
    nghiệp, hợp tác xã …", "Chủ đầu tư có trách nhiệm:") sets them norms, as round 71's labels inside an article do."""
    named = body_label(title)
    if named:
        return not _private_label(named)
    whose = _DUTY_TITLE.match(title)
    if whose:
        return not private_party(title[whose.end() :])
    whole = scan_agency_phrase(title, 0)
    return whole is not None and whole[1] >= len(title.rstrip(" .:")) - 1


def _duty_bodies(title: str) -> set[str]:
    """The bodies a duty article is given to: those its title's label names, else its whole title or what follows
    "Trách nhiệm (của)"."""
    named = body_label(title)
    if named:
        return {agency_key(n) for n in named}
    m = _DUTY_TITLE.match(title) or _DUTY_TITLE_BARE.match(title)
    return {agency_key(title[m.end() :] if m else title)}


def _gives_work_to(article: PlanItem, duty_bodies: set[str]) -> bool:
    """A titled article whose items open on a body the regulation also gives an article of its own ("1. Sở Công
    Thương:" under "Điều 5. Quản lý quy hoạch cụm công nghiệp", beside "Điều 16. Sở Công Thương") shares that step
    out among the bodies: their work, not a norm for the regulated. round 71 (set 49): a paragraph read as a note
    ("Sở Công Thương là cơ quan đầu mối quản lý nhà nước …" among a general chapter's principles) names a role and
    gives no step; only the items that hold work or head it count."""
    # round 82: the article's own lead-in under its title ("Điều 6. Phối hợp …" / "Sở X có trách nhiệm:" over its
    # items) hands them to the body as a label does
    lead_in = article.text.strip()
    if (
        article.heading
        and article.children
        and lead_in != article.heading.strip()
        and (_names_bodies(lead_in) or _body_acts(lead_in))
    ):
        return True
    for d in descendants(article):
        if d.kind == "note":
            continue
        found = scan_agency_phrase(d.text.strip(), 0)
        if found is not None and agency_key(found[0]) in duty_bodies:
            return True
        # round 71 (set 49): or a sub-heading handing its items to such a body ("2. Trách nhiệm của Sở …")
        if d.kind == "section" and any(agency_key(a) in duty_bodies for a in body_label(d.heading or d.text)):
            return True
        if _labels_a_body(d):
            return True
    return False


# "1. Sở X, Ủy ban nhân dân cấp xã: Tiếp nhận …": a label of bodies closed by a colon, the work on the same line
_LABEL_COLON = re.compile(r"^([^:;.]{3,160}):\s*\S")


def _labels_a_body(item: PlanItem) -> bool:
    """round 82 (set 59): an item that is a label naming a body over its work (the body's name on a line of its own
    over a paragraph or lettered items, "2. Sở Tư pháp" / "Chủ trì thẩm định …", before a colon on the work's line,
    "1. Sở X, Ủy ban nhân dân cấp xã: Tiếp nhận …", or a body and its work over the items, "1. Sở X chủ trì, phối hợp
    với Sở Y thực hiện:") shares its article's step out among the bodies, whether or not the regulation gives those
    bodies an article of their own: their work, no norm for the regulated. A bare name with nothing under it ("a) Các
    sở, ban, ngành." among the subjects a regulation applies to) labels no work, and a label naming only the regulated
    private parties ("1. Doanh nghiệp:") sets them norms."""
    if item.marker == "paragraph":
        return False
    text = item.text.strip()
    heading = item.heading.strip() if item.heading else ""
    if heading and (item.children or text != heading):
        return _names_bodies(heading)
    if item.kind == "section" and item.children:
        return _names_bodies(text) or _body_acts(text)
    colon = _LABEL_COLON.match(text)
    return (colon is not None and _names_bodies(colon.group(1))) or _body_acts(text)


def _names_bodies(label: str) -> bool:
    named = body_label(label)
    return bool(named) and not _private_label(named)


# "Sở X là cơ quan đầu mối …": a role the body holds, no step (round 71)
_COPULA = re.compile(r"^(?:là|được|sẽ\s+là)(?![\wÀ-ỹ])", re.I)


def _body_acts(text: str) -> bool:
    """round 82: an item whose subject is a body by its name, its work straight after ("3. Sở Tư pháp chủ trì thẩm
    định …", "Công an tỉnh có trách nhiệm …"), hands that body its part of the step as a label does; a kind of body
    with no name ("Các cơ quan, đơn vị thực hiện … trên cơ sở chức năng …", a principle), a regulated private party
    or a role the body holds ("Sở X là cơ quan đầu mối …") does not."""
    found = scan_agency_phrase(text, 0)
    if found is None:
        return False
    name, end = found
    if party_noun(name) or private_party(name):
        return False
    rest = text[end:].lstrip(" ,")
    return not _COPULA.match(rest) and starts_with_action(rest)


def _titled_articles(items: list[PlanItem]) -> list[tuple[PlanItem, str]]:
    """Every titled article (a decision's wrapper articles aside), with its title; each kind of regulation below
    asks this list for the article that marks it."""
    return [
        (i, t)
        for i in items
        if i.marker == "article" and i.category != "wrapper" and (t := _article_title(i)) is not None
    ]


def _regulation_titles(items: list[PlanItem]) -> list[tuple[PlanItem, str]]:
    """The titled articles of a regulation that gives some of them to bodies, or [] for any other document."""
    titled = _titled_articles(items)
    if len(titled) < REGULATION_TITLED or not any(_duty_article(t) for _i, t in titled):
        return []
    return titled


def _regulation_norms(items: list[PlanItem]) -> None:
    """round 65: in a regulation that gives some articles to bodies, the other titled articles set norms, no tasks."""
    titled = _regulation_titles(items)
    if not titled:
        return
    duty_bodies = {k for _i, t in titled if _duty_article(t) for k in _duty_bodies(t)}
    norms = [
        i
        for i, t in titled
        if not (_duty_article(t) or _EXECUTION_TITLE.match(t)) and not _gives_work_to(i, duty_bodies)
    ]
    for article in norms:
        for d in [article, *descendants(article)]:
            if d.kind != "task":
                continue
            dl = find_deadline(d.text)
            if dl.recurrence and _REPORT.search(d.text):
                continue  # "Doanh nghiệp … định kỳ hàng quý (trước ngày 15 …) báo cáo về Sở …"
            d.kind = "note"


# round 71 (set 49): the regulated private parties, named by their role in the matter the regulation governs ("Chủ
# đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp", "các nhà đầu tư thứ cấp", "Doanh nghiệp, hợp tác xã", "các cơ
# sở sản xuất trong cụm công nghiệp"), with no proper name: what the regulation says they do is a norm it sets them
_PRIVATE_PARTY = re.compile(
    r"^(?:các\s+|những\s+)?(?:chủ\s+đầu\s+tư|nhà\s+đầu\s+tư|doanh\s+nghiệp|hợp\s+tác\s+xã|nhà\s+thầu"
    r"|cơ\s+sở\s+(?:sản\s+xuất|kinh\s+doanh|dịch\s+vụ)|hộ\s+(?:kinh\s+doanh|sản\s+xuất)|tổ\s+chức\s*,\s*cá\s+nhân"
    r"|đơn\s+vị\s+kinh\s+doanh|người\s+(?:sử\s+dụng|lao\s+động|dân))(?![\wÀ-ỹ])",
    re.I,
)
# "Trách nhiệm của các nhà đầu tư thứ cấp trong cụm công nghiệp: …", a label naming whose duties follow
_WHOSE_LABEL = re.compile(
    r"^(?:Trách\s+nhiệm|Nhiệm\s+vụ|Quyền\s+và\s+nghĩa\s+vụ)\s+của\s+([^:]{3,200}):", re.I
)


def private_party(name: str) -> bool:
    """Is the name a regulated private party's role (an investor, a business, a producer), no body's proper name?"""
    m = _PRIVATE_PARTY.match(name.strip())
    return m is not None and not PROPER_NAME.search(name.strip()[m.end() :])


def _private_label(named: list[str]) -> bool:
    """Does a label name only regulated private parties: the first a party's role, no proper name after it?"""
    return (
        bool(named)
        and private_party(named[0])
        and not any(PROPER_NAME.search(" " + p.strip()) for p in named[1:])
    )


def _no_body_handed(item: PlanItem) -> bool:
    """Does the item hand its work to no body: its label names only private parties ("Trách nhiệm của các nhà đầu tư
    thứ cấp …: …"), its owners are all such parties, or it names no body to do it at all ("Căn cứ, nội dung, trình tự
    … thực hiện theo quy định tại Điều 4 Nghị định …", "Công bố quy hoạch chi tiết … thực hiện theo Luật …": the rule
    the step follows, restated or set; a reader of a regulation that names a body for each part finds no one handed
    it)?"""
    label = _WHOSE_LABEL.match(item.text.strip())
    if label:
        named = [p for p in re.split(r"\s*,\s*(?=các\s|những\s)|\s*;\s*", label.group(1)) if p.strip()]
        return _private_label(named)
    if item.lead_source != "explicit":
        return True
    return bool(item.lead) and all(private_party(n) for n in item.lead)


def _parties_duties(items: list[PlanItem]) -> None:
    """round 71 (set 49): in a regulation that gives articles to bodies (round 65), an item of its other articles
    that names no body, or whose only owners are the private parties it regulates ("Chủ đầu tư … có trách nhiệm lập …", "Trách nhiệm của
    các nhà đầu tư thứ cấp …: Sử dụng …") sets them a norm, as round 65's articles on businesses do: a note, but a
    recurring report owed on a cycle. A step shared out among the bodies stays theirs; a body's article is its own."""
    titled = _regulation_titles(items)
    if not titled:
        return
    duty = {id(i) for i, t in titled if _duty_article(t) or _EXECUTION_TITLE.match(t)}
    by_ref = {i.ref: i for i in items}
    for item in items:
        if item.kind != "task" or item.category == "wrapper":
            continue
        article = next((a for a in [item, *_ancestors(item, by_ref)] if a.marker == "article"), None)
        if article is None or id(article) in duty or article.category == "wrapper":
            continue
        if not _no_body_handed(item):
            continue
        dl = find_deadline(item.text)
        if dl.recurrence and _REPORT.search(item.text):
            continue
        item.kind = "note"


# round 85 (sets 47, 49, 52, 59, 61): a regulation (titled articles, one of them stating its scope: "Phạm vi điều
# chỉnh", "Đối tượng áp dụng", "Giải thích từ ngữ") sets norms beside the work it hands out, whether or not an article
# is given to a body (round 65 needs one; Lào Cai 11/2026 has none). Outside a body's article and the execution
# article, an item is read as a norm only on what it says, never for naming no body: the scope article's items (the
# subjects it applies to), a power restated ("Chủ tịch … có thẩm quyền quyết định … quy định tại khoản 3 Điều 38
# Luật …", "… cơ quan … có quyền tạm dừng …", "Người có thẩm quyền … được phân cấp, ủy quyền …"), a competence or
# step that follows a provision with no doer ("Thẩm quyền quyết định … thực hiện theo quy định tại Điều 18 Luật …"),
# a time limit ("Đối với dự án nhóm A, tổng thời gian thẩm định không quá 30 ngày"), and a step of the regulated
# private party alone ("Chủ đầu tư thực hiện việc nộp phí …"); a body named acting in a clause of the item ("…
# gửi Sở Tài chính. Trong thời hạn 05 ngày …, Sở Tài chính phối hợp …"), by "do … thực hiện" or as the purpose's
# doer ("gửi Phòng X để tổ chức thẩm định") keeps it a task
_SCOPE_TITLE = re.compile(
    r"^(?:Phạm\s+vi\s+điều\s+chỉnh|Đối\s+tượng\s+(?:áp\s+dụng|và\s+phạm\s+vi)|Giải\s+thích\s+từ\s+ngữ)(?![\wÀ-ỹ])",
    re.I,
)
# a case or time the clause opens with ("Đối với dự án nhóm A …:", "Trường hợp …,", "Sau khi …,", "Trong quá trình …,")
_CASE_OPENER = re.compile(
    r"^(?:Đối\s+với|(?:Trong\s+)?trường\s+hợp|Sau\s+khi|Khi|Trong|Căn\s+cứ|Ngoài)(?![\wÀ-ỹ])", re.I
)
_POWER = re.compile(
    r"\s+(?:có\s+(?:th\wm\s+)?quyền|được\s+(?:phân\s+cấp|ủy\s+quyền|uỷ\s+quyền))(?![\wÀ-ỹ])", re.I
)
# a body named by its kind or by the work it is given, no proper name: "cơ quan chủ trì thẩm định", "Người có thẩm
# quyền …", "Cơ quan có thẩm quyền cấp giấy phép"
_KIND_HEAD = re.compile(r"^(?:các\s+)?(?:cơ\s+quan|người|tổ\s+chức|đơn\s+vị)(?![\wÀ-ỹ])", re.I)
_COMPETENCE = re.compile(r"^th\wm\s+quyền(?![\wÀ-ỹ])", re.I)
_FOLLOWS_RULE = re.compile(
    r"(?<![\wÀ-ỹ])(?:được\s+)?thực\s+hiện\s+theo\s+(?:các\s+)?(?:quy\s+định|th\wm\s+quyền|Điều|khoản|điểm|Luật"
    r"|Nghị\s+định|Thông\s+tư)(?![\wÀ-ỹ])",
    re.I,
)
_LIMIT_SET = re.compile(
    r"^(?:tổng\s+)?thời\s+(?:gian|hạn)\s[^.;]{0,200}?(?<![\wÀ-ỹ])(?:là|không\s+quá|tối\s+đa)\s+(?:không\s+quá\s+)?"
    r"\d+\s*(?:ngày|tháng|năm)(?![\wÀ-ỹ])",
    re.I,
)
_DONE_BY = re.compile(cap(r"(?<![\wÀ-ỹ])do\s+(?=[A-ZĐÀ-Ỹ])"))
_PURPOSE_DOER = re.compile(
    r"^[^.;:]{0,60}?(?<![\wÀ-ỹ])để\s+(?=\S)"
)  # "… Phòng X (hoặc …) để tổ chức thẩm định"


def _scope_regulation(items: list[PlanItem]) -> list[tuple[PlanItem, str]]:
    """The titled articles of a regulation (at least three, one stating its scope), or [] for any other document."""
    titled = _titled_articles(items)
    if len(titled) < REGULATION_TITLED or not any(_SCOPE_TITLE.match(t) for _i, t in titled):
        return []
    return titled


def _clause_starts(text: str) -> list[int]:
    """Where the first sentence's subject may start: at 0, and past each case the clause opens with ("Đối với …:",
    "Đối với dự án …, chủ đầu tư …": each comma of an opener is tried, its own list of cases included)."""
    out = [0]
    pos = 0
    end = len(text)
    within = re.match(r"Trong\s+đó\s*,?\s*", text)  # "Trong đó thời gian thẩm định tại … không quá 05 ngày"
    if within:
        out.append(within.end())
    dot = text.find(". ")
    if dot > 0:
        end = dot
    while pos < end and _CASE_OPENER.match(text[pos:]):
        colon = text.find(":", pos, end)
        if colon > 0:
            pos = colon + 1
            while pos < end and text[pos] == " ":
                pos += 1
            out.append(pos)
            continue
        out += [pos + m.end() for m in re.finditer(r",\s*", text[pos:end])]
        break
    return out


_REF_LIST = re.compile(r"(?:điểm|khoản|Điều)\s+\S+(?:\s*,\s*(?:điểm|khoản|Điều)\s+\S+)+", re.I)


def _powers_subject(clause: str, subject: str) -> bool:
    """Is `subject`, opening the clause before a power, whom the power is given: a body's name ("Chủ tịch Ủy ban nhân
    dân cấp tỉnh có thẩm quyền …"), a kind of body named by its part in a step, a few words ("cơ quan chủ trì thẩm
    định có quyền …"), or the holder of a power ("Người có thẩm quyền phê duyệt …, được phân cấp, ủy quyền …")? A
    kind of body with nothing after it ("Cơ quan có thẩm quyền kiểm tra phối hợp với …") is named by the power,
    which is then no predicate."""
    found = scan_agency_phrase(clause, 0)
    if found is not None and found[1] >= len(subject.rstrip()) - 1 and subject.strip():
        return True
    head = _KIND_HEAD.match(subject)
    if head is None:
        return False
    rest = subject[head.end() :].strip()
    if not rest or "," in _REF_LIST.sub("", rest) or len(rest.split()) > 25:
        return False
    return len(rest.split()) <= 4 or bool(re.match(r"có\s+th\wm\s+quyền(?![\wÀ-ỹ])", rest, re.I))


def _a_body_acts_in(text: str, after: int) -> bool:
    """Is a body named in the text past `after` acting: opening a clause on its work, as the doer after "do", by a
    passive, or as the doer of the step's purpose ("gửi Phòng X để tổ chức thẩm định")?"""
    for name, start, end in find_agency_mentions(text):
        if start < after or party_noun(name) or private_party(name):
            continue
        if _CLAUSE_OPENS.search(text[:start]) and _body_acts(text[start:]):
            return True
        if _DONE_BY.search(text[max(0, start - 4) : start + 1]):
            return True
        if _PURPOSE_DOER.match(text[end:]):
            return True
    maker = passive_maker(text)
    return maker is not None and not private_party(maker)


_CLAUSE_OPENS = re.compile(r"(?:^|[.;:,]\s*)$")


def _states_norm(item: PlanItem) -> bool:
    """Does the item, by what it says, set a norm of the regulation (a power, a competence or step by a provision,
    a time limit, the private party's step) with no body named acting in it?"""
    text = item.text.strip()
    if item.lead_source == "explicit" and item.lead and all(private_party(n) for n in item.lead):
        # under a label "Trách nhiệm của chủ đầu tư:", or opening on the party
        return not _a_body_acts_in(text, 0)
    for start in _clause_starts(text):
        s = text[start:]
        party = _PRIVATE_PARTY.match(s)
        if party is not None and starts_with_action(s[party.end() :].lstrip(" ,")):
            return not _a_body_acts_in(text, start + 1)
        for power in _POWER.finditer(s[:300]):
            if _powers_subject(s, s[: power.start()]):
                return not _a_body_acts_in(text, start + power.end())
        if (
            _COMPETENCE.match(s)
            and (rule := _FOLLOWS_RULE.search(s))
            and not _DONE_BY.search(s[: rule.start()])
        ):
            return not _a_body_acts_in(text, start + rule.end())
        if _LIMIT_SET.match(s):
            return not _a_body_acts_in(text, start + 1)
    return False


def _regulation_rules(items: list[PlanItem]) -> None:
    """round 85: in a regulation, the items of its scope article and the items that state a norm (`_states_norm`)
    outside a body's article and the execution article are notes, but a recurring report owed on a cycle."""
    titled = _scope_regulation(items)
    if not titled:
        return
    kept = {id(i) for i, t in titled if _duty_article(t) or _EXECUTION_TITLE.match(t)}
    scope = {id(i) for i, t in titled if _SCOPE_TITLE.match(t)}
    by_ref = {i.ref: i for i in items}
    for item in items:
        if item.kind != "task" or item.category == "wrapper":
            continue
        article = next((a for a in [item, *_ancestors(item, by_ref)] if a.marker == "article"), None)
        if article is None or id(article) in kept or article.category == "wrapper":
            continue
        if id(article) not in scope and not _states_norm(item):
            continue
        dl = find_deadline(item.text)
        if dl.recurrence and _REPORT.search(item.text):
            continue
        item.kind = "note"


# round 65 (set 47): a body that ends itself ("Tổ … tự giải thể sau khi kết thúc cuộc bầu cử", "Ban chỉ đạo tự chấm dứt
# hoạt động khi …"): the term of the team a decision founds, no work given
_OWN_TERM = re.compile(
    r"^[^.;:]{0,200}?(?<![\wÀ-ỹ])tự\s+(?:giải\s+thể|chấm\s+dứt\s+hoạt\s+động)(?![\wÀ-ỹ])", re.I
)


def _own_term(items: list[PlanItem]) -> None:
    for item in items:
        # "… tự giải thể", "… tự chấm dứt hoạt động": the lazy opening of `_OWN_TERM` is run only where "tự" is
        if (
            item.kind == "task"
            and not item.children
            and "tự" in item.text.lower()
            and _OWN_TERM.match(item.text.strip())
        ):
            item.kind = "note"


# round 69 (set 47): a list that says where each kind of matter goes ("- Khiếu nại về việc lập danh sách cử tri thì
# chuyển đến cơ quan lập danh sách giải quyết.", "- Vụ việc thuộc thẩm quyền của … thì chuyển đến … giải quyết."): each
# entry opens on the matter (a name scan may take "Vụ việc …" for a department), and its only act is the forwarding
# after "thì"; the work is the heading's (receive and sort) or the receiving body's, none of the entry's own
_ROUTING = re.compile(
    r"^[^;:]{0,300}?(?<![\wÀ-ỹ])thì\s+(?:được\s+|sẽ\s+)?chuyển(?!\s+(?:đổi|giao|biến|hướng|dịch))(?![\wÀ-ỹ])",
    re.I,
)
ROUTING_MIN = 2  # two entries that route make a routing list


def _routing_entry(item: PlanItem) -> bool:
    text = item.text.strip()
    # "chuyển" is in every routing entry: the lazy scan of `_ROUTING` is not run on a text without it
    return not item.children and "chuyển" in text.lower() and bool(_ROUTING.match(text))


def _routing_lists(items: list[PlanItem]) -> None:
    """round 69: in a run of sibling entries of one marker style, the entries that route a kind of matter to a body
    ("<matter> thì chuyển đến <body> giải quyết") are a routing list when there are two or more and they make at
    least half the run: notes, not tasks of the heading's owner; a heading left with no task below it whose own
    subject is a body acting (receiving and sorting what the list routes) is that body's task."""
    by_ref = {i.ref: i for i in items}
    runs: dict[tuple[str | None, str], list[PlanItem]] = {}
    for item in items:
        if item.marker:
            runs.setdefault((item.parent, item.marker), []).append(item)
    for run in runs.values():
        routing = [i for i in run if _routing_entry(i)]
        if len(routing) >= ROUTING_MIN and 2 * len(routing) >= len(run):
            for i in routing:
                if i.kind == "task":
                    i.kind = "note"
            head = by_ref.get(run[0].parent or "")
            if (
                head is not None
                and head.kind == "section"
                and not any(d.kind == "task" for d in descendants(head))
                and (found := subject_owners(head.text.strip())) is not None
                and found.lead
            ):
                # "6.3. Ban Thường trực … tiếp nhận, phân loại, xử lý … theo quy trình cụ thể sau đây:": the body
                # that receives and sorts is given work, the list only says where each kind goes
                head.kind = "task"


# round 69 (set 47): a rule restated from the law, in the shape "(Trường hợp) <a case> thì <what follows>" ("- Trường hợp
# người ứng cử không đạt … thì không đưa vào danh sách …", "- Người ứng cử đang công tác … thì việc tổ chức hội nghị
# … do ban lãnh đạo cơ quan … chủ trì"): it says what happens in a case, and hands no body of the document work
_CONDITIONAL = re.compile(
    r"^(?:(?:Trong\s+)?trường\s+hợp|nếu)?(?P<case>[^.;:]{3,300}?)\s(?:thì)\s+(?P<then>\S[^.;]*)", re.I
)


def _proper(name: str) -> bool:
    """Is a body's name a proper name (a capital in it: "Sở Y tế", "UBND xã"), not a category ("cơ quan, đơn vị")?"""
    return any(ch.isupper() for ch in name)


def _rule_for_a_case(text: str) -> bool:
    """Is the text a conditional rule whose case and consequence name no body by its proper name (a subjectless verb,
    "việc …", a category written in lower case such as "cơ quan, tổ chức, đơn vị", "người đứng đầu cơ quan …")?"""
    m = _CONDITIONAL.match(text) if "thì" in text.lower() else None  # "… thì …": the consequence
    if not m:
        return False
    case = m.group("case")
    opens = scan_agency_phrase(case.lstrip() if m.start("case") > 0 else text, 0)
    if opens is not None and _proper(opens[0]):
        return False  # "Trường hợp Sở X …", "UBND xã … thì …": a body opens the case ("Trường" alone reads as a school)
    found = scan_agency_phrase(m.group("then"), 0)
    return found is None or not _proper(found[0])


def _conditional_rules(items: list[PlanItem]) -> None:
    """round 69: a leaf with no owner, or one only inferred (from section III or the neighbours), that is a rule for a
    case (`_rule_for_a_case`) is a note: a body named in the item itself, or above it, keeps the item a task.
    round 71 (set 49): so is one whose owners, from a label above (not named in the item), are only a category ("b)
    Trách nhiệm của các cơ quan, đơn vị:" over "Đối với điều chỉnh chủ đầu tư … thì việc đánh giá … thực hiện theo quy định tại …"), or
    whose consequence names an actor of its own, in lower case, other than the body above ("- Đối với địa bàn có
    doanh nghiệp … thì đơn vị kinh doanh hạ tầng thực hiện quản lý … theo Nghị định …" under a lead-in giving an office
    its dashes): what happens in a case, no share of the work of the body the label or lead-in names."""
    for item in items:
        if item.kind != "task" or item.children or not _rule_for_a_case(item.text.strip()):
            continue
        if (
            item.lead_source in (None, "section_III", "inferred")
            or item.lead
            and not any(_proper(n) or n.lower() in item.text.lower() for n in item.lead)
            or _actor_of_its_own(item)
        ):
            item.kind = "note"


def _actor_of_its_own(item: PlanItem) -> bool:
    """Does a conditional rule's consequence open on a body (a category) that is none of the item's owners?"""
    m = _CONDITIONAL.match(item.text.strip()) if "thì" in item.text.lower() else None
    if m is None:
        return False
    if _PRIVATE_PARTY.match(m.group("then")):
        return (
            True  # "… thì đơn vị kinh doanh hạ tầng thực hiện …": a regulated party (see `_parties_duties`)
        )
    found = scan_agency_phrase(m.group("then"), 0)
    if found is None:
        return False
    own = agency_key(found[0])
    return not any(own in agency_key(n) or agency_key(n) in own for n in item.lead)


# round 46: a list entry that only names whom: a person by title and name ("Ông Nguyễn Văn A, Giám đốc Sở X, Trưởng
# ban;", "TS. Trần B, Chuyên gia …") or a body by its name alone ("12. Trường trung học phổ thông C;")
_PERSON_ENTRY = re.compile(
    r"^(?:Các\s+)?(?:Ông/Bà|Ông|Bà|Đồng\s+chí|Đ/c|(?:(?:PGS|GS)\.\s*)?(?:TSKH|TS|ThS|CN|KS|BS)\.?)\s+"
    r"[A-ZĐÀ-Ỹ][^:]{0,200}$"
)
ROSTER_SHARE = 0.8  # a run of list entries this much made of names is a list of names
ROSTER_MIN = 5
# round 55: a seat and the person who holds it ("1. Trưởng ban: Ông Nguyễn Văn A, Chủ tịch …;", "Thành viên: Bà Trần
# Thị B, …"), nothing after the name but who the person is
_SEAT_HOLDER = re.compile(r"^[^:;.]{2,40}:\s*(?=(?:Ông|Bà|Đồng\s+chí|Đ/c)\s+[A-ZĐÀ-Ỹ])")


def _roster_entry(item: PlanItem) -> bool:
    text = item.text.strip()
    if item.children or len(text.split()) > 40:
        return False
    seat = _SEAT_HOLDER.match(text)
    if seat:
        text = text[seat.end() :]
    return bool(_PERSON_ENTRY.match(text)) or bool(_member(text))


def _rosters(items: list[PlanItem]) -> None:
    """round 46: a heading's run of list entries (dashes or numbers of one style) that nearly all only name
    someone — a board's members, the experts of a programme, a register of schools — is a list of names: no
    entry is a task, whatever the few others add ("Các Ông/Bà là lãnh đạo các trường … là thành viên"). Round 55:
    in an article of a decision that names a body's members ("Điều 2. Thành phần Tổ công tác gồm:" over "1. Ông
    Nguyễn Văn A, Phó Chủ tịch …, Tổ trưởng;", "2. Tổ phó: Bà Trần Thị B, …"), a run of any length: naming the
    members is the decision's own act, and a decision's boards are often of two or three."""
    runs: dict[tuple[str | None, str], list[PlanItem]] = {}
    articles = {i.ref for i in items if i.marker == "article"}
    for item in items:
        if item.kind == "task" and not item.children:
            runs.setdefault((item.parent, item.marker), []).append(item)
    for (parent, _marker), run in runs.items():
        if len(run) < ROSTER_MIN and parent not in articles:
            continue
        entries = sum(1 for item in run if _roster_entry(item))
        if entries >= ROSTER_SHARE * len(run):
            for item in run:
                item.kind, item.lead, item.coordinators = "note", [], []


def _unowned_prose_appendix(items: list[PlanItem]) -> None:
    """round 31: an appendix read as numbered prose (not a table) hands out work only when its items or their
    headings name who does it; one where no item has an owner is an outline or a checklist (a report's outline,
    the points an inspection looks at): its items are notes, not tasks."""
    roots = {i.ref for i in items if i.marker == "appendix"}
    under: dict[str, list[PlanItem]] = {r: [] for r in roots}
    top: dict[str, str] = {}
    for item in items:
        root = item.ref if item.ref in roots else top.get(item.parent or "")
        if root is None:
            continue
        top[item.ref] = root
        if item.ref != root:
            under[root].append(item)
    for members in under.values():
        if any(m.marker in ("row", "group") for m in members):
            continue  # a table: its rows are read by their columns
        tasks = [m for m in members if m.kind == "task"]
        if tasks and not any(m.lead for m in tasks):
            for m in tasks:
                m.kind = "note"


_SENDS_APPENDIX = re.compile(r"(?i:phụ\s+lục)(?!\s+(?:số\s+)?[IVX\d]+\b)")


def _appendix_sent_with_deadline(items: list[PlanItem]) -> None:
    """round 32: the one body task that sends out the document's only appendix ("xử lý các kiến nghị … (Phụ lục kèm
    theo), hoàn thành trước ngày 15/12/2025") and is dated dates that appendix's table rows when the table has no
    timing column: the rows are that task, handed out one by one."""
    roots = [i for i in items if i.marker == "appendix"]
    if len(roots) != 1:
        return
    prefix = roots[0].ref
    rows = [i for i in items if i.marker == "row" and i.ref.startswith(prefix + ".")]
    if not rows or any("time" in r.cells for r in rows):
        return
    senders = [
        i
        for i in items
        if i.kind == "task"
        and i.marker != "row"
        and not i.ref.startswith(prefix)
        and i.deadline.date
        and _SENDS_APPENDIX.search(i.text)
    ]
    if len(senders) != 1:
        return
    for row in rows:
        if (
            row.kind == "task"
            and row.label != "data"
            and not row.deadline.date
            and not row.deadline.recurrence
        ):
            row.deadline = replace(senders[0].deadline)


def _appendix_restates_request(items: list[PlanItem]) -> None:
    """round 81 (set 55): a request in the body that asks named bodies for work by a date ("Đề nghị UBND xã A, Công
    ty B chuẩn bị báo cáo …. Báo cáo gửi về … trước 08 giờ 00 ngày 22/6/2026 …") while an appendix spells that work
    out body by body ("1. Ủy ban nhân dân xã A" over its dashes, "2. Công ty B" over its own): the same work at two
    grains, so the appendix's tasks of those bodies that name no timing of their own are due by the request's date.
    A task whose owners the request does not all name, or that two requests date differently, is left."""
    body = body_items(items)
    if len(body) == len(items):
        return  # no appendix
    requests: list[tuple[set[str], Deadline]] = []
    for item in body:
        if not asks_of(item.text):
            continue
        timing = find_deadline(item.text)
        owners = subject_owners(item.text)
        if timing.date and not timing.recurrence and owners and owners.lead:
            requests.append(({agency_key(n) for n in owners.lead}, timing))
    if not requests:
        return
    in_body = {id(i) for i in body}
    for task in items:
        if id(task) in in_body or task.kind != "task" or not task.deadline.empty or not task.lead:
            continue
        keys = {agency_key(n) for n in task.lead}
        dates = {t.date: t for named, t in requests if keys <= named}
        if len(dates) == 1:
            timing = next(iter(dates.values()))
            task.deadline = replace(timing, anchors=list(timing.anchors))


def _one_body_named_twice(items: list[PlanItem], plan_text: str) -> None:
    """round 25: "Cục A và Cục B" where the same plan names one body "Cục A và B" elsewhere (a department merged
    from two, its name written with the head repeated): one owner, as the plan names it, not two."""
    known: set[str] | None = None
    for item in items:
        for names in (item.lead, item.coordinators):
            k = 0
            while k + 1 < len(names):
                first, second = names[k], names[k + 1]
                head = first.split(" ", 1)[0]
                rest = second[len(head) + 1 :]
                if head[:1].isupper() and second.startswith(head + " ") and rest:
                    if known is None:
                        known = {agency_key(n) for i in items for n in (*i.lead, *i.coordinators)}
                    merged = f"{first} và {rest}"
                    if agency_key(merged) in known and _written(f"{first} và {second}", plan_text):
                        names[k : k + 2] = [merged]
                k += 1


def _written(phrase: str, text: str) -> bool:
    """The phrase stands in the text, whatever the runs of spaces and line breaks between its words."""
    return re.search(r"\s+".join(map(re.escape, phrase.split())), text) is not None


def _owned_by_its_duty(items: list[PlanItem]) -> None:
    """round 19: a numbered target that names no body ("4. Hoàn thành di dời 01 khu công nghiệp …") over the
    paragraph that gives the work ("UBND phường X chủ trì, phối hợp … thực hiện …", read as `4[2]`): the body the
    paragraph names owns what the heading names."""
    duties: dict[str, PlanItem] = {}
    for item in items:
        m = re.fullmatch(r"(.+)\[\d+\]", item.ref) if item.ref.endswith("]") else None  # "4[2]"
        if m and item.kind == "task" and item.lead and item.lead_source == "explicit":
            duties.setdefault(m.group(1), item)
    for item in items:
        duty = duties.get(item.ref)
        if duty is not None and item.kind == "task" and not item.lead:
            item.lead, item.lead_source = list(duty.lead), "explicit"


def _whole_charges(items: list[PlanItem], by_ref: dict[str, PlanItem], year: int | None) -> None:
    """ "Thủ trưởng các sở …, Chủ tịch UBND các xã … chịu trách nhiệm tổ chức triển khai thực hiện nghiêm túc các
    nội dung nêu trên; trong quá trình thực hiện nếu …": the heads answer for the document as a whole; with nothing
    else asked in the sentence (a general rule may follow) it gives no work of its own. "… chịu trách nhiệm thực
    hiện Kế hoạch này và báo cáo kết quả …" asks a report and stays a task. An unnumbered paragraph right after
    such a charge that names who does what ("Căn cứ …, các bộ … xây dựng kế hoạch chi tiết …") is the item's duty
    (`2[2]`)."""
    for k, item in enumerate(items):
        m = _charge_over_document(item.text) if item.kind == "task" and item.marker != "row" else None
        if m is None or GIVES.search(item.text):
            continue
        rest = item.text[m.end() :].strip(" ./;")
        after = item.text[m.end() :].lstrip()
        if rest and not (after.startswith((";", ",")) and GENERAL_RULE.match(after[1:].strip(" ./;"))):
            continue
        item.kind = "note"
        urged = by_ref.get(f"{item.ref}[2]")
        if (
            urged is not None
            and urged.marker == "paragraph"
            and urged.kind == "task"
            and _urges_only(urged.text)
        ):
            urged.kind = "note"  # round 25: "Đề nghị các đồng chí … chỉ đạo quyết liệt, sát sao …" goes with the charge
        para = items[k + 1] if k + 1 < len(items) else None
        if (
            para is None
            or para.marker != "paragraph"
            or para.parent not in (item.parent, item.ref)
            or para.children
            or GENERAL_RULE.match(para.text)
            or f"{item.ref}[2]" in by_ref
        ):
            continue
        found = item_owners(para.text, "", [])
        if not (found and found[1] == "subject" and found[0].lead):
            continue
        holder = by_ref.get(para.parent or "")
        if holder is not None and para in holder.children:
            holder.children.remove(para)
        para.ref, para.parent, para.kind, para.category = f"{item.ref}[2]", item.ref, "task", item.category
        item.children.append(para)  # a paragraph the item already held is put back at the end, where it was
        by_ref[para.ref] = para
        _own(para, by_ref)
        _deadline(para, year)


# round 25: the bodies carry out "the tasks above" themselves ("Các bộ, …; Ủy ban nhân dân các tỉnh … căn cứ chức năng,
# nhiệm vụ được giao khẩn trương triển khai hiệu quả các nhiệm vụ nêu trên, chịu trách nhiệm toàn diện trước …"): a
# charge over the document as "… chịu trách nhiệm thực hiện các nội dung nêu trên" is; one who sees that others do
# them ("Sở X kiểm tra, đôn đốc các đơn vị thực hiện các nhiệm vụ nêu trên") has work of its own
_DUTIES_ABOVE = re.compile(
    r"^(?P<pre>[^.]{0,240}?)\s(?:(?:khẩn\s+trương|tập\s+trung|chủ\s+động|nghiêm\s+túc)\s+)?(?:tổ\s+chức\s+)?"
    r"(?:triển\s+khai|thực\s+hiện)(?:\s*(?:,|và)?\s*thực\s+hiện)?\s+"
    r"(?:(?:có\s+)?hiệu\s+quả\s+|nghiêm\s+túc\s+|đầy\s+đủ\s+|quyết\s+liệt\s+)?"
    r"các\s+(?:nhiệm\s+vụ|nội\s+dung)\s+(?:nêu\s+)?trên(?![\wÀ-ỹ])"
)
_OVERSEES = re.compile(
    r"(?<![\wÀ-ỹ])(?:việc|đôn\s+đốc|kiểm\s+tra|giám\s+sát|theo\s+dõi|hướng\s+dẫn|chỉ\s+đạo|yêu\s+cầu|đề\s+nghị)"
    r"(?![\wÀ-ỹ])",
    re.I,
)


def _charge_over_document(text: str) -> re.Match[str] | None:
    """The heads answer for the document as a whole (`WHOLE_CHARGE`), or its bodies are to carry out the tasks above
    themselves; None when the sentence has a body see to it that others do."""
    m = WHOLE_CHARGE.match(text)
    if m:
        return m
    m = _DUTIES_ABOVE.match(text) if "trên" in text else None  # "… các nhiệm vụ nêu trên": its last word
    if m is None or _OVERSEES.search(m.group("pre")):
        return None
    return m


# round 25: what the heads are urged to do is only to direct the work with more force ("Đề nghị các đồng chí Bộ
# trưởng, …, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo quyết liệt, sát sao, khẩn trương tháo gỡ vướng mắc
# cho các dự án."): after a charge over the whole document it exhorts, it gives no work the items have not
_URGES_ONLY = re.compile(
    r"^(?:Đề\s+nghị|Yêu\s+cầu)\s[^.;:]{3,200}?\schỉ\s+đạo"
    r"(?:\s*,?\s*(?:quyết\s+liệt|sát\s+sao|khẩn\s+trương|kiên\s+quyết|chặt\s+chẽ|thường\s+xuyên|kịp\s+thời"
    r"|triệt\s+để|mạnh\s+mẽ|hơn\s+nữa|và))+"
    r"(?:\s+(?:(?:tháo\s+gỡ|giải\s+quyết|xử\s+lý)\s+(?:các\s+|những\s+)?(?:khó\s+khăn\s*,?\s*(?:và\s+)?)?vướng\s+mắc"
    r"|(?:tổ\s+chức\s+)?(?:triển\s+khai\s*,?\s*)?thực\s+hiện)[^.;:]{0,60})?\s*[./]*\s*$"
)


def _urges_only(text: str) -> bool:
    t = text.strip()
    return bool(_URGES_ONLY.match(t)) and not find_deadline(t).date


def _issuer_reports(items: list[PlanItem], issuer: str | None) -> None:
    """A numbered paragraph of a letter in which the issuer tells what it has done ("…, Bộ X đã đề xuất phân bổ
    … gửi Bộ Y tổng hợp …") reports, it asks nothing; one that goes on to ask ("Vì vậy, đề nghị …") is a task."""
    if not issuer:
        return
    # the issuer itself at the head of a clause, not the tail of a longer name ("Thủ tướng Chính phủ đã …" is not
    # the Government reporting)
    done = re.compile(r"(?:^|[,;:.(]\s*)" + re.escape(issuer) + r"\s+(?:cũng\s+)?đã\s", re.I)
    for item in items:
        if (
            item.kind == "task"
            and item.marker != "row"
            and done.search(item.text)
            and not GIVES.search(item.text)
        ):
            item.kind = "note"


# round 74 (set 23): a letter that reports and then proposes ("1. Quy định … và thực tế hiện nay", "2. Khó khăn, vướng
# mắc", "3. Kiến nghị" over "… trân trọng đề nghị Bộ X:" and "(i)."-"(iii)."): the sender asks only in its proposals;
# the numbered items before them tell the rules, the situation and what others have done, the background the proposals
# answer, no work, unless one of them makes a request or hands out work itself (a request another body "đã có văn bản
# … đề nghị …" made is told, not made)
_PROPOSALS_TITLE = re.compile(
    r"^(?:(?:Một\s+số|Các|Những)\s+)?(?:Kiến\s+nghị|Đề\s+xuất|Đề\s+nghị)"
    r"(?:\s*(?:,|và)\s*(?:kiến\s+nghị|đề\s+xuất|đề\s+nghị))*\s*[.:]?\s*$",
    re.I,
)
_LETTER_ADDRESS = re.compile(r"^\s*Kính\s+gửi\s*:?", re.I)
_TOLD_BEFORE = re.compile(r"(?<![\wÀ-ỹ])đã(?![\wÀ-ỹ])[^.;:]*$", re.I)


def _asks_itself(text: str) -> bool:
    """Does the text make a request or hand out work itself, not tell one made before ("… đã có Văn bản số … đề nghị
    Cục X ban hành …")?"""
    return any(not _TOLD_BEFORE.search(text[: m.start()]) for m in GIVES.finditer(text))


def _background_before_proposals(items: list[PlanItem], header: list[Line]) -> None:
    """round 74: in a letter whose last numbered part is its proposals ("3. Kiến nghị", "Đề xuất", "Kiến nghị, đề
    xuất"), the parts before it are its background: their tasks are notes unless they ask or hand out work."""
    if not any(_LETTER_ADDRESS.match(ln.text) for ln in header):
        return
    tops = [i for i in items if i.parent is None and i.marker in NUMBERED]
    if len(tops) < 2 or any(i.marker != tops[0].marker for i in tops):
        return
    last = tops[-1]
    if not _PROPOSALS_TITLE.match((last.heading or last.text).strip()):
        return
    for top in tops[:-1]:
        for d in [top, *descendants(top)]:
            if d.kind == "task" and not _asks_itself(d.text):
                d.kind = "note"


# round 45: the sender's own promise of work ("Căn cứ kết quả thí điểm, trong năm 2019 Bộ sẽ tổng kết, đánh giá … và
# hướng dẫn …", "(Sở Nội vụ sẽ tập huấn … và cung cấp tài khoản …)"): a clause whose subject is the issuer, by its
# name or the first words of it ("Bộ" for "Bộ Lao động - Thương binh và Xã hội", "Sở Nội vụ" for "Sở Nội vụ tỉnh
# …"), then "sẽ" and work, after at most a short time phrase ("trong năm 2019")
_CLAUSE_BREAK = re.compile(r"[,;(:]|[.](?=\s)")
_WHEN_FIRST = re.compile(r"\s*(?:(?:trong|đến|từ|sau|trước|cuối|đầu)\s[^,;()]{0,30}\s)?", re.I)
_WILL = re.compile(r"\s+sẽ\s+")


def _promises_work(text: str, issuer: str) -> str | None:
    """The issuer's name as the text writes it, when a clause of the text has the issuer promise work; else None."""
    words = issuer.split()
    for will in _WILL.finditer(text):
        if not starts_with_action(text[will.end() :]):
            continue
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, will.start())]
        clause = text[breaks[-1] if breaks else 0 : will.start()]
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            when = clause[: -len(name)]
            # the time phrase holds no name ("trong năm 2026 Văn phòng Bộ sẽ …": the office is the subject)
            if clause.endswith(name) and _WHEN_FIRST.fullmatch(when) and when == when.lower():
                return name
    return None


def _issuer_promises(items: list[PlanItem], issuer: str | None) -> list[tuple[PlanItem, str]]:
    """An unnumbered paragraph in which the sender promises work of its own (`_promises_work`) is the sender's task:
    after a numbered item a further duty of it (`2.b[2]`, as `_continuing_paragraphs` numbers them), after the
    bullets of a letter with nothing numbered a duty of the letter (`[1]`, `[2]` …, as `_unnumbered_duties`). Gives
    each such task with the name the sender writes for itself, its lead once the owners are read."""
    promised: list[tuple[PlanItem, str]] = []
    if not issuer:
        return promised
    by_ref = {i.ref: i for i in items}
    for k, para in enumerate(items):
        if para.marker != "paragraph" or para.kind != "note" or para.category == "appendix" or k == 0:
            continue
        name = _promises_work(para.text.strip(), issuer)
        if name is None:
            continue
        before = items[k - 1]
        holder = by_ref.get(para.parent or "")
        if before.marker in NUMBERED and before.kind == "task" and not before.children:
            ref, parent = f"{before.ref}[2]", before  # the item's first further duty: it has no children yet
        elif before.marker in BULLETS and not any(i.marker in NUMBERED or i.marker in TOP for i in items):
            count = sum(1 for i in items if re.fullmatch(r"\[\d+\]", i.ref))
            ref, parent = f"[{count + 1}]", None
        else:
            continue
        if holder is not None and para in holder.children:
            holder.children.remove(para)
        para.ref, para.parent, para.kind, para.category = ref, parent.ref if parent else None, "task", "tasks"
        if parent is not None:
            parent.children.append(para)
        promised.append((para, name))
    return promised


# A section that looks back (an assessment, the situation, results, shortcomings) rather than ahead
_LOOKS_BACK = re.compile(
    r"ĐÁNH\s+GIÁ|TÌNH\s+HÌNH|KẾT\s+QUẢ|THỰC\s+TRẠNG|TỒN\s+TẠI|HẠN\s+CHẾ|NGUYÊN\s+NHÂN|BỐI\s+CẢNH", re.I
)


def _assignments_in_assessments(items: list[PlanItem]) -> None:
    """A list that gives work is read as tasks wherever it stands: under an assessment ("I. ĐÁNH GIÁ CHUNG"
    of a conclusion notice), an item that assigns ("Giao Sở X …", "Đề nghị Sở Y …", "Sở Z chủ trì …"), and
    every item of a list whose lead-in binds an actor to it ("…, Sở X cần tập trung thực hiện các nội dung
    sau:"), is a task; what the section says was done stays a note."""
    by_ref = {i.ref: i for i in items}
    for item in items:
        if item.kind != "note" or item.category != "purpose" or item.marker == "row":
            continue
        if item.marker == "paragraph" and (ref_is_unnumbered(item.ref) or not item.parent):
            continue  # round 17: a paragraph that goes on with a numbered item ("I.1[2]") is read as the item is
        top = _ancestors(item, by_ref)
        if not top:
            continue
        bound = bool(_intro_owner(item, by_ref)) and not _STATUS_SENTENCE.match(item.text)
        if not _LOOKS_BACK.search(top[-1].heading or top[-1].text):
            bound = bound or bool(acting_lead_in(_lead_in(item, by_ref)))
            # under the aims, only a list whose own lead-in binds actors to it gives work ("Các hoạt động chính:
            # các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:" in "MỤC TIÊU"); a target
            # that names a body ("Sở X đạt …") is still a target, and a forecast under a task section ("1. Dự báo
            # tình hình …:" / "Sở X tổng hợp, dự báo … như sau:") says what is expected, not what to do
            aims = [a for a in top if a.category == "purpose"]
            if bound and item.marker in BULLETS and aims[-1] is top[-1] and item.parent != top[-1].ref:
                item.kind, item.category = "task", "tasks"
            continue
        if assigns_work(item.text) or bound:
            item.kind, item.category = "task", "tasks"


_STATUS_SENTENCE = re.compile(r"^(?:Đã|Đang|Chưa|Còn|Tình\s+hình|Kết\s+quả)(?![\wÀ-ỹ])")


def _ancestors(item: PlanItem, by_ref: dict[str, PlanItem]) -> list[PlanItem]:
    out: list[PlanItem] = []
    cur = by_ref.get(item.parent) if item.parent else None
    while cur is not None:
        out.append(cur)
        cur = by_ref.get(cur.parent) if cur.parent else None
    return out


def _cell_names(cell: str) -> list[str]:
    """The bodies an owner cell names; a cell that goes on to say what the body does ("Sở X thúc đẩy, theo dõi,
    báo cáo chỉ tiêu") names the body before the verb, not the whole cell."""
    parts = [p.strip() for p in cell.split(";")]
    if len(parts) > 1 and all(scan_agency_phrase(p, 0) for p in parts):
        # round 15: "Bộ A, Bộ B với các tiêu chuẩn áp dụng chung; các bộ, ngành với các tiêu chuẩn nội ngành": each
        # part names its bodies and their share, and each part's bodies lead it
        return [n for p in parts for n in _cell_names(p)]
    found = scan_agency_phrase(cell, 0)
    rest = cell[found[1] :].strip() if found else ""
    if found and rest and rest[0].islower() and not rest.startswith(("và ", "cùng ")):
        return split_agencies(found[0])
    return split_agencies(cell)


_PARTNER_SHARE = re.compile(r"(?:phối\s+hợp|tham\s+gia|cùng|hỗ\s+trợ|giúp)(?![\wÀ-ỹ])", re.I)


def _cell_shares(cell: str) -> tuple[list[str], list[str]] | None:
    """round 28: an owner cell cut at ";" into shares, each a body and its own work ("Sở X chủ trì hướng dẫn, tổng
    hợp; Các sở, ngành, UBND cấp xã thực hiện công bố dữ liệu …", "Bộ Y tế chủ trì xây dựng; Ủy ban nhân dân cấp tỉnh tổ
    chức thực hiện"): every body with a share of the work leads it, not only the one that "chủ trì"; a share that only
    joins in ("Sở Y phối hợp") is a partner's. None unless every part so reads and one leads its own work."""
    parts = [p.strip() for p in cell.split(";") if p.strip()]
    if len(parts) < 2:
        return None
    leads: list[str] = []
    partners: list[str] = []
    for part in parts:
        found = scan_agency_phrase(part, 0)
        rest = part[found[1] :].strip() if found else ""
        if not found or not rest or not rest[0].islower() or rest.startswith(("và ", "cùng ")):
            return None
        (partners if _PARTNER_SHARE.match(rest) else leads).extend(split_agencies(found[0]))
    if len(leads) < 2:
        return None  # "Sở X chủ trì; Sở Y phối hợp": the label reading says the same
    return leads, partners


def _own(item: PlanItem, by_ref: dict[str, PlanItem]) -> None:
    """Lead and coordinators from a table row or labelled block, the item's subject, or its agency heading."""
    if item.marker == "row" and item.cells.get("inspected") and not item.cells.get("lead"):
        return  # the unit inspected is not the owner: the inspecting body is (`_inspections`)
    if item.cells.get("lead") and item.marker == "row":
        cell = item.cells["lead"]
        # a cell holds names; "Sở X (chủ trì); Sở Y" says who leads among them
        shares = _cell_shares(cell)
        owners = label_owners(cell) if not shares and re.search(r"chủ\s+trì", cell, re.I) else None
        item.lead = shares[0] if shares else owners.lead if owners and owners.lead else _cell_names(cell)
        item.coordinators = split_agencies(item.cells.get("coord", "")) or (
            shares[1] if shares else owners.coordinators if owners else []
        )
        item.lead_source = "table"
        return
    if item.cells.get("lead") or item.cells.get("advise"):
        owners = label_owners(
            item.cells.get("lead") or item.cells["advise"], owner_label="owner" in item.cells
        )
        if owners.lead:
            extra = split_agencies(item.cells.get("coord", ""))
            if item.cells.get("lead") and item.cells.get("advise"):
                extra = split_agencies(item.cells["advise"]) + extra  # the advising unit, first coordinator
            item.lead, item.coordinators = owners.lead, extra or owners.coordinators
            item.lead_source = "explicit"
            return
    headings: list[str] = []
    for a in _ancestors(item, by_ref):
        if _topic_among_topics(a, by_ref):
            continue
        if a.marker in (*PARTS, "appendix"):
            if a.marker != "appendix" and a.heading and a.text != a.heading and request_addressee(a.text):
                # round 38: a part's heading names no owner, but a lead-in under it that closes by asking bodies
                # ("…; do vậy, yêu cầu các bộ, ngành, địa phương liên quan:") names who does its items
                headings.append(a.text)
            elif (
                a.ref == item.parent
                and a.marker != "appendix"
                and a.text != a.heading
                and _part_lead_in(a.text)
            ):
                # round 52: a part's lead-in under its title ("IV. HÌNH THỨC KIỂM TRA, GIÁM SÁT" / "Căn cứ tình hình
                # thực tế tại địa phương, Ban Thường trực Ủy ban MTTQ … tổ chức thực hiện các hình thức sau:"): the body
                # acting in it does the items the lead-in opens, those right under the part (a titled group's dashes
                # take it later, after the task table, `_outer_lead_in_owners`)
                headings.append(a.text)
            continue
        singled = _SINGLED_LEAD_IN.search(a.text) if a.heading and a.text != a.heading else None
        if singled:
            # round 21: "4. Đối với Ủy ban nhân dân cấp xã, …" / "… . Riêng Ủy ban nhân dân phường A cử … và chỉ đạo
            # …:": the body the lead-in singles out owns the list it opens, not every body the heading names
            headings.append(singled.group(1))
        headings.append(a.heading or a.text)
        if a.heading and a.text and a.text != a.heading:
            # the paragraph under a heading opens its list ("2.1.12. Các giải pháp …:" / "Sở X chủ trì …:", a
            # heading's list of units "Công ty A; Công ty B; …"): it names who does the items, at any depth
            headings.append(a.text)
    if inspected_party(item.heading or item.text) or any(inspected_party(h) for h in headings):
        item.kind = "note"  # what an inspection asks of the units it visits
        return
    found = item_owners(item.text, item.heading, headings)
    if item.category == "scope" and (found is None or found[1] != "subject"):
        item.kind = "note"  # what a campaign covers or an award requires, unless the item says who does it
        return
    intro = [] if found else _intro_owner(item, by_ref)
    if found:
        owners, _where = found
        item.lead, item.coordinators, item.lead_source = owners.lead, owners.coordinators, "explicit"
    elif intro:
        item.lead, item.lead_source = intro, "explicit"
        item.coordinators = coordinators_in(item.text) or _intro_coordinators(item, by_ref)
    elif item.category == "funding":
        item.kind = "note"


def _topic_among_topics(heading: PlanItem, by_ref: dict[str, PlanItem]) -> bool:
    """round 84 (sets 60, 61): a heading in a list of headings that name fields ("a) Thể chế", "b) Hạ tầng số", …,
    "i) Doanh nghiệp số"; "1. Nông nghiệp và Môi trường", …, "7. Các ngành, lĩnh vực khác") names a field as its
    siblings do, even where its words could name a kind of body: it owns none of the items under it. The heading is a
    bare name (not "Trách nhiệm của …", "Đối với …"), among four siblings at least, three of them short titles naming
    no body and at most one in four reading as a body (beside sentences, "4. Sở X" heads its own items)."""
    parent = by_ref.get(heading.parent or "")
    if parent is None or heading.kind != "section" or not heading.children:
        return False
    siblings = [
        c for c in parent.children if c.kind == "section" and c.marker == heading.marker and c.children
    ]
    if len(siblings) < 4:
        return False
    title = (heading.heading or heading.text).strip()
    own = body_label(title)
    if not own or not title.lower().startswith(own[0].lower()):
        return False  # "Trách nhiệm của các sở, ngành …", "Đối với Sở X": a heading given to bodies
    named = [c for c in siblings if body_label(c.heading or c.text)]
    fields = [
        c for c in siblings if c not in named and len((c.heading or c.text).split()) <= 10
    ]  # short titles naming no body, not sentences
    return len(fields) >= 3 and 4 * len(named) <= len(siblings)


def _part_lead_in(text: str) -> bool:
    """A part's line that is a sentence opening a list, a body its subject ("…, Ban X tổ chức thực hiện … sau:")."""
    t = text.strip()
    if not t.endswith(":") or t.upper() == t:
        return False
    found = subject_owners(t)
    return bool(found and found.lead)


_SINGLED_LEAD_IN = re.compile(cap(r"(?:^|[.;]\s+)Riêng\s+((?:[A-ZĐÀ-Ỹ]|các\s)[^.;:]*:)\s*$"))


def _sibling_lead_ins(items: list[PlanItem]) -> None:
    """A numbered item with nothing under it that only opens the items after it ("1. Giao Phòng X chủ trì
    thực hiện các công việc liên quan:" then "2. …", "3. …" numbered as its siblings) is their lead line, not a
    task: each following sibling that names no owner of its own is that group's."""
    lists = [parent.children for parent in items] + [[i for i in items if i.parent is None]]
    for kids in lists:
        for k, item in enumerate(kids):
            if item.kind != "task" or item.children or not item.text.rstrip().endswith(":"):
                continue
            group = group_lead(item.text)
            if group is None or k + 1 >= len(kids) or kids[k + 1].marker != item.marker:
                continue
            item.kind = "note"
            for sibling in kids[k + 1 :]:
                if sibling.marker != item.marker or sibling.text.rstrip().endswith(":"):
                    break
                if sibling.kind == "task" and not sibling.lead:
                    sibling.lead, sibling.lead_source = list(group.lead), "explicit"
                    sibling.coordinators = coordinators_in(sibling.text) or list(group.coordinators)


def _preamble_request(items: list[PlanItem], text: str) -> None:
    """A letter's numbered items that name no owner take the addressee of the request closing the paragraph
    before the list ("…, Bộ X yêu cầu các cơ quan, đơn vị:" then "1. Quán triệt …"), as a nested list takes its
    lead-in's owner; the one who asks is not the owner."""
    top = [i for i in items if i.parent is None]
    # round 17: an unnumbered letter's context paragraphs ("Thực hiện …", the request) are notes before its list
    while top and top[0].marker == "paragraph" and top[0].kind == "note":
        top = top[1:]
    if not top:
        return
    first = top[0]
    before = text[: first.span[0]].rstrip("\n").rsplit("\n", 1)[-1]
    owners = intro_owner(before) or request_addressee(before)
    if not owners:
        return
    for item in top:
        if item.marker != first.marker:
            continue
        if item.kind == "task" and not item.lead:
            item.lead, item.lead_source = list(owners), "explicit"
            item.coordinators = item.coordinators or coordinators_in(item.text)
        elif item.kind != "task" and item.children and not heading_agencies(item.heading or item.text):
            # round 19: a topic heading ("1. Về giảm nhẹ phát thải khí nhà kính" over "a) Chỉ đạo …", "b) Phối hợp
            # với Bộ X …") names no one: its items are the request's, as the numbered items of a list without topics
            for sub in descendants(item):
                if sub.kind == "task" and not sub.lead:
                    sub.lead, sub.lead_source = list(owners), "explicit"
                    sub.coordinators = sub.coordinators or coordinators_in(sub.text)


_REQUEST_VERB = re.compile(r"(?<![\wÀ-ỹ])(?:đề\s+nghị|yêu\s+cầu|giao(?:\s+cho)?)\s+", re.I)
_LIST_JOIN = re.compile(r"\s*(?:[;,]\s*(?:và\s+)?|\s+và\s+)")


def _addressees_repeated(items: list[PlanItem], names: list[str]) -> None:
    """round 22: a request that repeats the letter's addressees one after another ("… đề nghị Ủy ban Mặt trận Tổ quốc
    tỉnh; các Sở, ban, ngành; …; Chủ dự án/cơ sở phải thực hiện kiểm kê khí nhà kính và các tổ chức, cá nhân có liên
    quan tổ chức nghiên cứu …") names them as the "Kính gửi:" list does, each whole however it is worded (an owner
    defined by what it must do is still one addressee), and a group joined after the last by "và" besides."""
    if len(names) < 2:
        return
    keys = [re.sub(r"\s+", " ", n).lower() for n in names]
    for item in items:
        if item.kind != "task":
            continue
        text = re.sub(r"\s+", " ", item.text)
        low = text.lower()
        for m in _REQUEST_VERB.finditer(text):
            pos, got, lead, joined = m.end(), [], [], ""
            while True:
                k = next((k for k in range(len(keys)) if k not in got and low.startswith(keys[k], pos)), None)
                if k is None:
                    break
                got.append(k)
                lead.append(text[pos : pos + len(keys[k])])  # as the request writes it
                pos += len(keys[k])
                join = _LIST_JOIN.match(text, pos)
                if join is None:
                    joined = ""
                    break
                pos, joined = join.end(), join.group(0)
            if len(got) < 2:
                continue
            extra = scan_agency_phrase(text, pos) if "và" in joined else None
            if extra:
                lead += split_agencies(extra[0])
            item.lead, item.lead_source = lead, "explicit"
            break


# round 19: a lead-in that defines the bodies it gives work to by a list ("Giao các sở quản lý nhà nước chuyên ngành
# về hạ tầng theo ngành, lĩnh vực gồm:", "… bao gồm:")
_MEMBERS_FOLLOW = re.compile(
    r"(?<![\wÀ-ỹ])(?:bao\s+)?gồm(?:\s+(?:các\s+)?(?:cơ\s+quan|đơn\s+vị)(?:\s+sau)?)?\s*:\s*$", re.I
)
_SCOPE_NOTE = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)")


def _member(text: str) -> list[str]:
    """The bodies a dash of a member list names ("Sở Công Thương (đối với tài sản … thương mại);", "Ban Quản lý
    Khu kinh tế, Ban Quản lý các khu công nghiệp (…)."), or [] when the dash says more than who."""
    s = _SCOPE_NOTE.sub("", text).strip().rstrip(";.,").strip()
    found = scan_agency_phrase(s, 0)
    if not found or found[1] < len(s) - 1:
        return []
    return split_agencies(found[0])


def _member_lists(items: list[PlanItem]) -> None:
    """An item whose lead-in defines the bodies it gives work to by a list of dashes ("2. Các sở quản lý nhà nước
    chuyên ngành về hạ tầng" / "Giao các sở … gồm:" over "- Sở Công Thương (đối với …);", "- Sở Xây dựng (…);",
    then "Có trách nhiệm:" over "a) …", "b) …"): each dash only names a member, no work of its own, and the members
    are the owners of the item's tasks that name none of their own, rather than the collective the lead-in names."""
    for item in items:
        # the lead-in ends on its colon: a text that does not is not searched through (round 25b)
        if not item.text.rstrip().endswith(":") or not _MEMBERS_FOLLOW.search(item.text):
            continue
        dashes = [c for c in item.children if c.marker in BULLETS]
        named = [_member(c.text) for c in dashes]
        if len(dashes) < 2 or not all(named):
            continue
        members = list(dict.fromkeys(name for names in named for name in names))
        for dash in dashes:
            dash.kind, dash.lead, dash.coordinators = "note", [], []
        for sub in descendants(item):
            if sub.kind != "task" or sub in dashes:
                continue
            own = subject_owners(sub.text)
            if own is None or not own.lead:
                sub.lead, sub.lead_source = list(members), "explicit"


# round 19: a periodic report announced with its schedule below ("Các sở … định kỳ tổng hợp báo cáo kết quả …, báo cáo
# Ủy ban nhân dân tỉnh như sau:" over "- Báo cáo 6 tháng: … trước ngày 05/7; …", "- Báo cáo năm: …")
_PERIODIC_LEAD = re.compile(r"định\s+kỳ[^:]{0,300}?báo\s+cáo[^:]{0,300}?(?:như\s+sau|sau)\s*:\s*$", re.I)
_REPORT_LABEL = re.compile(
    r"^Báo\s+cáo\s+(?P<period>6\s+tháng|sáu\s+tháng|quý|năm|hằng\s+năm|tháng|đột\s+xuất)[^:]{0,20}:", re.I
)
_FINEST = (
    ("tháng", "monthly"),
    ("quý", "quarterly"),
    ("6 tháng", "half-yearly"),
    ("sáu tháng", "half-yearly"),
)
_COMPILER = re.compile(r";\s*(?=\S)")


def _report_schedules(items: list[PlanItem]) -> None:
    """A paragraph announcing a periodic report over dashes that are its schedule ("- Báo cáo 6 tháng: Các cơ quan,
    đơn vị gửi Sở Tài chính trước ngày 05/7; Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7",
    "- Báo cáo năm: …", "- Báo cáo đột xuất: …"): the dashes are when, not tasks; the paragraph is the report's task,
    going on with the item before it (`a[2]`), recurring at the finest period the schedule names (a 6-month and a
    yearly report together: half-yearly); a body the schedule has compile the reports after them ("; Sở Tài chính
    tổng hợp báo cáo …") owns that compilation (`a[3]`), recurring alike."""
    for k, para in enumerate(items):
        if para.marker != "paragraph" or not _PERIODIC_LEAD.search(para.text) or k == 0:
            continue
        dashes: list[PlanItem] = []
        for nxt in items[k + 1 :]:
            if nxt.marker not in BULLETS or not _REPORT_LABEL.match(nxt.text):
                break
            dashes.append(nxt)
        if len(dashes) < 2:
            continue
        periods = {_REPORT_LABEL.match(d.text).group("period").lower() for d in dashes}  # type: ignore[union-attr]
        recurrence = "yearly"
        for word, rec in _FINEST:
            if word in periods:
                recurrence = rec
        owners = subject_owners(para.text)
        if owners is None or not owners.lead:
            continue
        before = items[k - 1]
        base = before.ref if before.kind == "task" and before.parent == para.parent else para.ref
        for dash in dashes:
            dash.kind = "note"
        para.kind, para.lead, para.lead_source = "task", list(owners.lead), "explicit"
        para.ref = f"{base}[2]" if base != para.ref else para.ref
        para.deadline = Deadline(text=dashes[0].text, recurrence=recurrence)
        for clause in _COMPILER.split(dashes[0].text)[1:]:
            found = subject_owners(clause)
            if found and found.lead and set(found.lead) != set(owners.lead) and base != para.ref:
                extra = PlanItem(f"{base}[3]", para.parent, "task", clause.strip(), dashes[0].span)
                extra.marker, extra.lead, extra.lead_source = "paragraph", list(found.lead), "explicit"
                extra.deadline = Deadline(text=clause.strip(), recurrence=recurrence)
                items.insert(items.index(dashes[-1]) + 1, extra)
                break


# "Các chủ rừng là tổ chức (các Ban quản lý …)": a group of actors named by "Các …", not a kind of work
_ACTOR_GROUP = re.compile(
    r"^(?:Các|Những)\s+(?!(?:nhiệm\s+vụ|giải\s+pháp|nội\s+dung|hoạt\s+động|công\s+việc|biện\s+pháp|vấn\s+đề|"
    r"chỉ\s+tiêu|mục\s+tiêu|chương\s+trình|dự\s+án|đề\s+án|yêu\s+cầu|trường\s+hợp)(?![\wÀ-ỹ]))[^\d:;.]{3,120}$"
)  # round 33 (set 30): up to 120 characters, a group of several kinds ("Các Khu Công nghệ cao, Khu Công nghệ số
#    tập trung và hiệp hội, doanh nghiệp liên quan") runs past 80


def _group_among_addressees(items: list[PlanItem]) -> None:
    """Among numbered headings that name addressees ("3. Sở Tài chính", "4. Công an tỉnh"), a sibling heading naming
    a group of actors with no head word ("5. Các chủ rừng là tổ chức (các Ban quản lý …)") is an addressee heading
    too: its items, naming no owner, are that group's (the bracketed examples are not part of the name)."""
    lists = [parent.children for parent in items] + [[i for i in items if i.parent is None]]
    for kids in lists:
        heads = [k for k in kids if k.kind == "section" and k.children]
        named = [k for k in heads if heading_agencies(k.heading or k.text)]
        if len(named) < 2 or 2 * len(named) < len(heads):
            continue
        for k in heads:
            if k in named:
                continue
            name = re.sub(r"\s*\([^()]*\)\s*$", "", (k.heading or k.text).strip()).rstrip(" .:")
            tasks = [c for c in k.children if c.kind == "task"]
            if not _ACTOR_GROUP.match(name) or not tasks or any(c.lead for c in tasks):
                continue
            for c in tasks:
                c.lead, c.lead_source = [name], "explicit"
                c.coordinators = c.coordinators or coordinators_in(c.text)


# round 33 (set 30): "Đồng chủ trì với Bộ Khoa học và Công nghệ, phối hợp với …" under "4. Bộ Ngoại giao": the
# body named after "đồng chủ trì với/cùng" leads the work together with the item's own lead
_CO_LEAD = re.compile(r"(?<![\wÀ-ỹ])[Đđ]ồng\s+chủ\s+trì\s*(?:,\s*)?(?:với|cùng)\s+")


def _co_leads(items: list[PlanItem]) -> None:
    """A task that says it co-leads with a body ("Đồng chủ trì với X, phối hợp với …") has X as a lead beside its
    own, not as a partner: both bodies answer for the work."""
    for item in items:
        if item.kind != "task" or not item.lead:
            continue
        first = re.split(r"[.;]", item.text, maxsplit=1)[0]
        m = _CO_LEAD.search(first)
        found = scan_agency_phrase(first, m.end()) if m else None
        if not found:
            continue
        named = [n for n in split_agencies(found[0]) if n not in item.lead]
        item.lead = [*item.lead, *named]
        item.coordinators = [c for c in item.coordinators if c not in named]


_LEADS_WITH = re.compile(r"^Chủ\s+trì\s*,?\s*phối\s+hợp(?:\s+(?:với|cùng))?\s*:?$", re.I)


def _partners_listed(items: list[PlanItem]) -> None:
    """A bare "Chủ trì, phối hợp:" under an agency heading, over items that each name bodies ("- Sở Tài chính và
    các đơn vị có liên quan tham mưu …"), reads on into each item: the heading's agency leads it, the bodies the item
    names work with it."""
    by_ref = {i.ref: i for i in items}
    for item in items:
        if not item.children or not _LEADS_WITH.match((item.heading or item.text).strip()):
            continue
        lead = next((a for h in _ancestors(item, by_ref) if (a := heading_agencies(h.heading or h.text))), [])
        if not lead:
            continue
        for c in item.children:
            if c.kind == "task" and c.lead and c.lead != lead:
                named = [n for n in c.lead + c.coordinators if n not in lead]
                c.lead, c.coordinators, c.lead_source = list(lead), named, "explicit"


def _table_parents(items: list[PlanItem]) -> None:
    """An item whose body assigns the work its table details ("Sở X chủ trì, phối hợp … tổ chức chương trình
    …, gồm 11 chuyên mục sau:" over rows with their own owners and dates) is a task of that agency too, due
    with its last row."""
    for item in items:
        rows = [c for c in item.children if c.marker == "row"]
        if item.kind != "section" or item.marker in (*TOP, "appendix", "group", "row") or not rows:
            continue
        if any(c.marker not in ("row", "paragraph") for c in item.children):
            continue
        owners = next(
            (
                found
                for line in item.text.split("\n")
                if plausible_subject(line) and (found := subject_owners(line)) and found.lead
            ),
            None,
        )
        if owners is None:
            continue
        item.kind, item.lead, item.coordinators = "task", owners.lead, owners.coordinators
        item.lead_source = "explicit"
        dated = [r for r in rows if r.kind == "task" and r.deadline.date]
        if item.deadline.empty and dated:
            item.deadline = max(dated, key=lambda r: r.deadline.date or dt.date.min).deadline


def _intro_owner(item: PlanItem, by_ref: dict[str, PlanItem]) -> list[str]:
    """The owner named by the unnumbered lead-in paragraph that opens the item's list, if any."""
    lead_in = _lead_in(item, by_ref)
    return intro_owner(lead_in) if lead_in else []


def _intro_coordinators(item: PlanItem, by_ref: dict[str, PlanItem]) -> list[str]:
    """The partners a group's lead line names ("Giao Sở X chủ trì, phối hợp với Sở Y:")."""
    group = group_lead(_lead_in(item, by_ref))
    return group.coordinators if group else []


def _lead_in(item: PlanItem, by_ref: dict[str, PlanItem]) -> str:
    """The unnumbered paragraph that opens the item's list: its parent's body, or a paragraph among the
    siblings before it."""
    parent = by_ref.get(item.parent) if item.parent else None
    if parent is None:
        return ""
    lead_in = (
        parent.text if parent.heading and parent.text != parent.heading else ""
    )  # heading's own paragraph
    listing = False
    for sibling in parent.children:
        if sibling is item:
            break
        if sibling.marker != "paragraph":
            listing = True
        elif not listing or sibling.text.rstrip().endswith(":"):
            lead_in = sibling.text  # once the list has begun, a paragraph continues its item unless it opens
    return lead_in


# round 25 (set 26): the item's timing written as a field of it, without a cue: a period that opens the item before a
# colon or comma ("Năm 2018: Rà soát …", "Năm 2018, hoàn thành …", "Quý II/2026: …"), or one closing it in brackets
# ("… (Quý IV/2013, Quý I/2014 và thường xuyên).", "… (năm 2013 và kiện toàn thường xuyên hàng năm).")
_PERIOD_WORDS = r"(?:trong\s+|trước\s+|đến\s+)?(?:năm|quý|quí|tháng)\s+[\dIVX]"
_OPENING_PERIOD = re.compile(rf"^\s*({_PERIOD_WORDS}[^:,;.()]{{0,30}}?)\s*[:,]\s+\S", re.I)
_CLOSING_BRACKET = re.compile(rf"\(\s*({_PERIOD_WORDS}[^()]{{0,80}})\)\s*[.;]?\s*$", re.I)


def _written_timing(text: str, plan_year: int | None) -> Deadline | None:
    """The timing an item writes as its own field (see `_OPENING_PERIOD`, `_CLOSING_BRACKET`), or None."""
    for rx in (_OPENING_PERIOD, _CLOSING_BRACKET):
        m = rx.search(text.strip())
        if m:
            found = parse_deadline(m.group(1), plan_year)
            if found.date:
                return found
    return None


# a month and a year, M/YYYY, standing alone (not a day "15/6/2025", not "tháng 6/2025", not a number "12/2025/NĐ-CP")
_BARE_MONTH = re.compile(
    r"(?<![\d/\wÀ-ỹ])(?<!tháng )(?<!Tháng )(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\d/\wÀ-ỹ])"
)
_TIME_WORD = re.compile(r"\d|(?<![\wÀ-ỹ])(?:năm|quý|quí|tháng|tuần|ngày)(?![\wÀ-ỹ])", re.I)


def _deadline(
    item: PlanItem, plan_year: int | None = None, issued: dt.date | None = None, since: int | None = None
) -> None:
    if item.cells.get("time"):
        year = item.cells.get("year")
        item.deadline = parse_deadline(item.cells["time"], int(year) if year else plan_year)
        if not item.deadline.date and _BARE_MONTH.search(item.cells["time"]):
            # round 106 (set 65): in a timing column "6/2025", "03/2025" or "5/2025 - 12/2025" is a month of a year,
            # as "Tháng 6/2025" (in running text the same figures may be a number and a year: read there as no date)
            months = _BARE_MONTH.sub(r"tháng \g<0>", item.cells["time"])
            item.deadline = parse_deadline(months, int(year) if year else plan_year)
        if item.cells.get("cycle") and not item.deadline.recurrence:
            item.deadline = replace(item.deadline, recurrence=item.cells["cycle"])
        if (
            not item.deadline.date
            and not item.deadline.recurrence
            and not _TIME_WORD.search(item.cells["time"])
        ):
            # round 33 (set 30): a timing field that names no time at all ("Nhiệm vụ thường xuyên") leaves the
            # cycle the work names itself ("xây dựng báo cáo hàng năm về thị trường …") standing; one that names a
            # period ("Thường xuyên trong năm") times the work itself (pending lamdong-cchc-2026's gold reads
            # "đối thoại định kỳ hằng tháng" under it as no cycle)
            cycle = find_deadline(item.text).recurrence
            if cycle:
                item.deadline = replace(item.deadline, recurrence=cycle)
    else:
        item.deadline = find_deadline(item.text)
        if not item.deadline.date and not item.deadline.recurrence:
            # a cued date written without its year belongs to the plan's year (or the next, once that day passed)
            yearless = find_yearless_deadline(item.text, plan_year, issued)
            if yearless.date:
                item.deadline = yearless
        if not item.deadline.date:
            timing = _written_timing(item.text, plan_year)
            if timing is not None:
                if item.deadline.recurrence and not timing.recurrence:
                    timing = replace(timing, recurrence=item.deadline.recurrence)
                item.deadline = timing
    if item.deadline.date and since and item.deadline.date.year < since:
        # round 25 (set 26): a period over before the year the plan was issued ("người tham gia kháng chiến trong
        # giai đoạn 1974 - 1975") says whom or what the work is about; no work can be due then
        item.deadline = replace(item.deadline, date=None, period=None)
    if item.cells.get("indicator") and item.deadline.date:
        # an indicator a table assigns ("Đến năm 2030, tỉnh có ít nhất 20 tập dữ liệu mở …"): its year is the
        # target's horizon, not a deadline; a cycle it names ("mỗi năm") still recurs
        found = item.deadline
        item.deadline = Deadline(text=found.text, recurrence=found.recurrence, anchors=found.anchors)


_SCHEDULE = re.compile(r"tiến\s+độ|lộ\s+trình|như\s+sau\s*:?\s*$", re.I)


def _schedule_deadlines(items: list[PlanItem], by_ref: dict[str, PlanItem]) -> None:
    """An assignment followed by its schedule ("- Sở X khẩn trương thực hiện theo tiến độ như sau:" with dated
    "+" steps) is due with its last step, when it names no deadline of its own."""
    following: dict[int, PlanItem] = {}
    for parent in items:
        for a, b in zip(parent.children, parent.children[1:], strict=False):
            following[id(a)] = b
    for item in items:
        if item.kind != "task" or not item.deadline.empty or item.parent not in by_ref:
            continue
        nxt = following.get(id(item))
        if nxt is None or nxt.kind != "section" or not _SCHEDULE.search(nxt.text):
            continue
        steps = [c for c in nxt.children if c.kind == "task" and c.deadline.date]
        if steps and len(steps) == len([c for c in nxt.children if c.kind == "task"]):
            last = max(steps, key=lambda c: c.deadline.date or dt.date.min)
            item.deadline = last.deadline


def _past_periods(items: list[PlanItem], issued: dt.date | None) -> None:
    """A year or a period of years that ended before the year the plan was issued ("… triển khai các dự án đầu tư
    công trong giai đoạn 2021 - 2025" in a plan of 2026) is the time of earlier work the task continues, not its
    deadline; a dated deadline (a day, a month, a quarter) is kept however late."""
    if issued is None:
        return
    for item in items:
        period = item.deadline.period
        if item.kind != "task" or item.deadline.date is None or period is None:
            continue
        whole_years = (period[0].month, period[0].day, period[1].month, period[1].day) == (1, 1, 12, 31)
        if whole_years and period[1].year < issued.year:
            item.deadline = replace(item.deadline, date=None, period=None)


# round 35 (set 33): a closing paragraph that points back at the items above ("… các nội dung nêu trên", "các nhiệm
# vụ trên", "04 nội dung nêu trên", "… đã nêu trên đây"): a noun of work, then "nêu trên" / "nói trên" / "trên đây",
# or a bare "trên" that ends the clause (not "trên địa bàn")
_POINTS_BACK = re.compile(
    r"(?<![\wÀ-ỹ])(?:nội\s+dung|nhiệm\s+vụ|công\s+việc|việc|yêu\s+cầu|giải\s+pháp|chỉ\s+đạo)(?![\wÀ-ỹ])"
    r"(?:\s+[\wÀ-ỹ]+){0,4}?\s+(?:(?:đã\s+)?(?:nêu|nói)\s+(?:ở\s+)?trên|trên\s+đây|trên(?=\s*(?:[.,;/]|$)))(?![\wÀ-ỹ])",
    re.I,
)
# a deadline that times a report or a sending is that duty's, not the work's
_REPORT_CLAUSE = re.compile(r"(?<![\wÀ-ỹ])(?:báo\s+cáo|gửi|tổng\s+hợp)(?![\wÀ-ỹ])", re.I)
CLOSING_REACH_WORDS = 25  # the deadline and the pointer back stand in one clause


# round 36 (set 35): a paragraph after the items whose subject is the reports they ask for ("Báo cáo của các cơ quan,
# đơn vị gửi về UBND tỉnh trước ngày 12/6/2026 …", "Các báo cáo gửi về Sở X trước …"): the reports' due date
_REPORTS_SENT = re.compile(
    r"^(?:Các\s+)?(?:văn\s+bản\s+)?báo\s+cáo(?:\s+(?:của|kết\s+quả)\s[^.;:]{0,80}?)?\s+(?:đề\s+nghị\s+)?(?:được\s+)?"
    r"gửi(?![\wÀ-ỹ])",
    re.I,
)
_ASKS_REPORT = re.compile(r"(?<![\wÀ-ỹ])báo\s+cáo(?![\wÀ-ỹ])", re.I)


def _closing_dates_items_above(items: list[PlanItem]) -> None:
    """round 35 (set 33): the body's closing paragraph, standing after the last item at the top level, that points
    back at the items and gives them a date in the same clause ("Chủ tịch Ủy ban nhân dân các tỉnh … khẩn trương
    chỉ đạo thực hiện, bảo đảm đến hết tháng 12 năm 2025 giải quyết dứt điểm … về 04 nội dung nêu trên./.") dates
    every task above it that names no timing of its own. When it says nothing else (one sentence, no report), it
    restates the items to their own addressees and is no task of its own.

    round 36 (set 35): the paragraph that dates them need not be the last: any unnumbered paragraph after the
    last item at the top level may (the closing request often follows it: "Báo cáo … trước ngày 12/6/2026 …" /
    "Căn cứ nội dung trên, đề nghị …"); and a paragraph whose subject is the reports the items ask for ("Báo cáo
    của các cơ quan, đơn vị gửi về UBND tỉnh trước ngày 12/6/2026 để tổng hợp …") gives its date to every item
    above that asks for a report and names no timing of its own; it is no task of its own."""
    body = body_items(items)
    while len(body) > 1 and body[-1].marker == "paragraph" and SUMMARY.match(body[-1].text):
        body.pop()  # "Trên đây là Kế hoạch …" after the closing request
    if not body or not body[-1].ref.endswith("[closing]"):
        return
    by_ref = {i.ref: i for i in items}
    trailing = len(body) - 1
    while trailing > 0 and body[trailing - 1].marker == "paragraph":
        trailing -= 1
    for closing in body[trailing:]:
        if _dates_items_above(closing, body, by_ref):
            return


def _dates_items_above(closing: PlanItem, body: list[PlanItem], by_ref: dict[str, PlanItem]) -> bool:
    """Whether `closing` (an unnumbered paragraph after the last item) dated the tasks above it (see
    `_closing_dates_items_above`)."""
    holder = by_ref.get(closing.parent or "")
    if holder is not None and holder.parent is not None:
        return False  # the paragraph closes a sub-item's list, not the body
    text = closing.text
    timing = find_deadline(text)
    if not timing.date or timing.recurrence or not timing.text or _FOLLOWS_UP.match(text):
        return False
    above = [i for i in body if i.kind == "task" and i.span[0] < closing.span[0] and i is not closing]
    if _REPORTS_SENT.match(text.strip()):
        reports = [i for i in above if _ASKS_REPORT.search(i.text)]
        if not reports:
            return False
        _date_undated(reports, timing)
        closing.kind = "note"
        return True
    at = text.find(timing.text)
    if at >= 0 and _urges_own_items(text, at, above):
        _date_undated(above, timing)
        if len(_NEW_SENTENCE.split(text.strip().rstrip("./ "))) == 1 and not _ASKS_REPORT.search(text):
            closing.kind = "note"
        return True
    pointer = _POINTS_BACK.search(text)
    if at < 0 or pointer is None:
        return False
    a, b = (at + len(timing.text), pointer.start()) if at < pointer.start() else (pointer.end(), at)
    between = text[a:b]
    if (
        re.search(r"[.;]", between)
        or _REPORT_CLAUSE.search(between)
        or len(between.split()) > CLOSING_REACH_WORDS
    ):
        return False
    first = min(at, pointer.start())
    if _REPORT_CLAUSE.search(text[max(0, first - 40) : first]):
        return False  # "… báo cáo kết quả thực hiện các nhiệm vụ nêu trên trước ngày …": the report's date
    if not above:
        return False
    speaker = subject_owners(text)
    if speaker and speaker.lead:
        theirs = {agency_key(a) for i in above for a in i.lead}
        if not {agency_key(a) for a in speaker.lead} & theirs:
            return False  # another body's closing duty over the items (it follows them up, it compiles them)
    _date_undated(above, timing)
    sentences = _NEW_SENTENCE.split(text.strip().rstrip("./ "))
    if len(sentences) == 1 and not _REPORT_CLAUSE.search(text):
        closing.kind = "note"
    return True


# round 50 (set 43): the sender urging the body it wrote to ("Sở Tư pháp đề nghị Đoàn Luật sư khẩn trương hoàn thiện
# hồ sơ và gửi bản chính … chậm nhất ngày 20/10/2025 …"), the hurry and the day in one sentence
_URGES = re.compile(r"(?<![\wÀ-ỹ])khẩn\s+trương(?![\wÀ-ỹ])", re.I)
_STRONG_DAY = re.compile(r"^(?:chậm\s+nhất|trước|hạn\s+chót)", re.I)


def _urges_own_items(text: str, at: int, above: list[PlanItem]) -> bool:
    """round 50 (set 43): a closing that urges the one body every task above belongs to ("Sở Tư pháp đề nghị Đoàn
    Luật sư khẩn trương hoàn thiện hồ sơ … chậm nhất ngày 20/10/2025 …" after the letter's items, each asking Đoàn
    Luật sư for a change to its file) sets the day by which the items are due, as a closing that points back at them
    does; a closing to another body, or to bodies the items do not share, gives no day to them."""
    sentence = re.split(r"(?<=[.;])\s+", text[:at])[-1]
    urge = _URGES.search(sentence)
    if urge is None or not _STRONG_DAY.match(text[at:]) or not above:
        return False
    addressee = subject_owners(text)
    if addressee is None or not addressee.lead:
        return False
    theirs = [agency_key(a) for a in addressee.lead]
    # the same body however fully it is named ("Đoàn Luật" in a lead-in, "Đoàn Luật sư" in the closing)
    return all(
        i.lead and all(any(a == b or a in b or b in a for b in theirs) for a in map(agency_key, i.lead))
        for i in above
    )


# round 42: "4. Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh và trả lời … phải được tiến hành xong.": a date
# first, then the work as its subject ("việc <act>"), done in the passive with no body named
_DATED_ACT = re.compile(
    r"^(?:Chậm\s+nhất|Trước|Hạn\s+chót|Thời\s+hạn)[^,;:]{0,40}?,\s*(?:thì\s+)?việc\s+(?P<act>[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?)"
    r"[^;]{0,300}?(?<![\wÀ-ỹ])(?:phải\s+)?(?:được\s+)?(?:tiến\s+hành\s+xong|hoàn\s+thành|hoàn\s+tất|thực\s+hiện\s+xong|xong)"
    r"\s*[./]*\s*$"
)


def _last_item_dates_siblings(items: list[PlanItem]) -> None:
    """round 42: the last numbered item of a list that only says by when the act its siblings carry out must be
    done ("4. Chậm nhất là ngày …, việc xác minh và trả lời … phải được tiến hành xong." after "1. … có trách nhiệm
    xác minh và trả lời …", "2. …", "3. …") dates each sibling that names the act and no timing of its own, and is
    no task itself."""
    for parent in items:
        kids = [c for c in parent.children if c.marker not in ("paragraph", "row")]
        if len(kids) < 2:
            continue
        last = kids[-1]
        m = _DATED_ACT.match(last.text.strip())
        if m is None or last.children:
            continue
        timing = find_deadline(last.text)
        if not timing.date or timing.recurrence:
            continue
        act = re.compile(r"(?<![\wÀ-ỹ])" + r"\s+".join(m.group("act").split()) + r"(?![\wÀ-ỹ])", re.I)
        doing = [c for c in kids[:-1] if c.kind == "task" and act.search(c.text)]
        speaker = subject_owners(last.text)
        if not doing or (speaker and speaker.lead):
            continue
        _date_undated(doing, timing)
        last.kind = "note"


# round 64 (set 48): the last item of a list that finishes what the items above make and sends it by a date ("4. Hoàn
# thành dự thảo báo cáo và chương trình họp, gửi Văn phòng … trước 11g00 ngày 06/11/2025 …" after "1. Xây dựng báo cáo
# …", "2. Phân tích, đánh giá …", "3. Đề xuất chương trình, nội dung cuộc họp …"): the date is when the list's work is
# due, so it dates each item above that names no timing of its own; the last item stays a task (the sending)
_FINISHES = re.compile(
    r"^Hoàn\s+(?:thành|thiện|tất)\s+(?P<made>[^,;:]{3,120}?)\s*(?:[,;:]|\s(?:gửi|trình|để)\s)", re.I
)
_SENDS = re.compile(r"(?<![\wÀ-ỹ])(?:gửi|trình|nộp)(?![\wÀ-ỹ])", re.I)


def _finish_dates_list(items: list[PlanItem]) -> None:
    """See `_FINISHES`: the last numbered item, dated, finishing things at least one item above names."""
    lists: list[list[PlanItem]] = [[i for i in items if i.parent is None]]
    lists += [list(i.children) for i in items if i.children]
    for siblings in lists:
        # the list's own items, not the pieces or the closing read on after the last ("4[closing]")
        kids = [
            c
            for c in siblings
            if c.marker not in ("paragraph", "row", "appendix", "group") and "[" not in c.ref
        ]
        if len(kids) < 3 or len({c.marker for c in kids}) != 1:
            continue
        last = kids[-1]
        m = _FINISHES.match(last.text.strip())
        if m is None or last.kind != "task" or not last.deadline.date or last.deadline.recurrence:
            continue
        if any(c.kind == "task" for c in last.children):
            continue
        above = kids[:-1]
        # every item above is work that names no timing of its own, and the last sends what it finishes
        if not all(c.kind == "task" and c.deadline.empty for c in above) or not _SENDS.search(last.text):
            continue
        words = m.group("made").lower().split()
        made = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}  # its two-word terms ("báo cáo")
        if not any(any(t in " ".join(c.text.lower().split()) for t in made) for c in above):
            continue
        _date_undated(above, last.deadline)


# round 44: an item that only names a time limit ("b) Thời hạn thực hiện tự đánh giá:", "đ) Thời hạn thực hiện điều
# tra") over the sentences that date the work its siblings above describe
_TIMING_LABEL = re.compile(r"^Thời\s+hạn(?:\s+[^\s:;.,]+){0,8}\s*:?\s*$", re.I)
_TIMING_MATCH = (
    0.1  # the least likeness of a dated sentence to the sibling's work it dates, when several dates
)


def _timing_items(items: list[PlanItem]) -> None:
    """round 44: a lettered or numbered item labelled as a time limit ("b) Thời hạn thực hiện tự đánh giá:" over
    "Đối với năm 2025, các bộ, tỉnh hoàn thành việc tự đánh giá và nhập dữ liệu … chậm nhất là ngày …"; "đ) Thời hạn
    thực hiện điều tra" over "- Thời hạn các bộ, tỉnh … gửi danh sách … chậm nhất là ngày …. Thời hạn các đối tượng
    trả lời phiếu chậm nhất là ngày …") after siblings that carry the work: it says by when that work is due, it
    is no work of its own. One date dates every sibling task with no timing of its own; several dates go each to
    the sibling task its sentence speaks of. An item so labelled with no work above it (the first of its list)
    is the dated work itself and is left alone."""
    by_ref = {i.ref: i for i in items}
    for item in items:
        if item.marker in ("paragraph", "row", "appendix", "group"):
            continue
        label = item.heading or (item.text if item.kind == "section" else "")
        if not label or not _TIMING_LABEL.match(label.strip()):
            continue
        parent = by_ref.get(item.parent or "")
        if parent is None:
            continue
        above = [c for c in parent.children if c.marker != "paragraph" and c.span[0] < item.span[0]]
        work = [d for c in above for d in (c, *descendants(c)) if d.kind == "task"]
        pieces = [d for d in (item, *descendants(item)) if d.kind == "task"]
        dated: list[tuple[str, Deadline]] = []
        for piece in pieces:
            for sentence in _NEW_SENTENCE.split(piece.text.strip()):
                timing = find_deadline(sentence)
                if timing.date and not timing.recurrence:
                    dated.append((sentence, timing))
        if not work or not dated:
            continue
        if len(dated) == 1:
            _date_undated(work, dated[0][1])
        else:
            sim = similarity([s for s, _ in dated], [f"{w.heading} {w.text}" for w in work])
            for (_, timing), row in zip(dated, sim, strict=True):
                best = max(row.items(), key=lambda kv: kv[1], default=None)
                if best is not None and best[1] >= _TIMING_MATCH:
                    _date_undated([work[best[0]]], timing)
        for d in pieces:
            d.kind = "note"


def _closing_owns_items(items: list[PlanItem]) -> None:
    """round 44: numbered items that name no body ("1. Góp ý dự thảo các Quyết định: …", "2. Cử công chức …") and
    a closing request that names the bodies and restates the items' work ("Đề nghị Văn phòng UBND tỉnh, Sở Tư
    pháp, … có văn bản góp ý dự thảo và cử người gửi về Sở Nội vụ chậm nhất ngày …"): the request says who does
    each item and by when, as a lead-in before them would; it is no task of its own."""
    closing = next((i for i in items if i.ref.endswith("[closing]") and i.kind == "task"), None)
    if closing is None or not closing.lead:
        return
    above = [i for i in items if i.kind == "task" and i is not closing and i.span[0] < closing.span[0]]
    if not above or any(i.lead for i in above):
        return
    said = closing.text.lower()
    for item in above:
        words = item.text.split()
        verb = re.escape(words[0].lower()) if words else ""
        if not verb or not re.search(rf"(?<![\wÀ-ỹ]){verb}(?![\wÀ-ỹ])", said):
            return  # an item the request does not restate: the request is a duty of its own
    for item in above:
        item.lead, item.lead_source = list(closing.lead), closing.lead_source
        item.coordinators = item.coordinators or list(closing.coordinators)
    if closing.deadline.date:
        _date_undated(above, closing.deadline)
    closing.kind = "note"


# round 58 (set 46): a time limit given by pointing at another part of the same document ("… đảm bảo hoàn thành theo
# thời gian tại khoản 1 Công văn này", "… theo thời hạn nêu tại mục 2 Kế hoạch này")
_TIME_AT_PART = re.compile(
    r"(?:theo|đúng)\s+(?:thời\s+gian|thời\s+hạn|thời\s+điểm|tiến\s+độ)\s+(?:(?:đã\s+)?(?:nêu|quy\s+định|ghi)\s+)?tại\s+"
    r"(?:khoản|mục|điểm|phần)\s+(?P<ref>[\dIVXa-zđ]{1,4}(?:\.\d{1,2})*)\s*,?\s+(?:của\s+)?"
    r"(?:Công\s+văn|Văn\s+bản|Kế\s+hoạch|Thông\s+báo|Chỉ\s+thị|Quyết\s+định|Chương\s+trình)\s+này(?![\wÀ-ỹ])",
    re.I,
)


def _dated_by_reference(items: list[PlanItem], header: list[str]) -> None:
    """round 58 (set 46): an undated task whose time limit is that of another part of the document ("2. Giao Sở X …,
    đảm bảo hoàn thành theo thời gian tại khoản 1 Công văn này" where item 1 holds "… vào ngày 27/6/2025") takes the
    date that part gives; nothing when the part named holds no date or more than one."""
    for item in items:
        if item.kind != "task" or item.deadline.date is not None:
            continue
        m = _TIME_AT_PART.search(item.text)
        if m is None:
            continue
        ref = m.group("ref").rstrip(".")
        named = [i for i in items if i is not item and without_repeat(i.ref) == ref]
        dates = {i.deadline.date for i in named if i.deadline.date is not None and not i.deadline.recurrence}
        if len(dates) != 1:
            continue
        source = next(i.deadline for i in named if i.deadline.date in dates)
        item.deadline = replace(source, text=m.group(0), anchors=list(source.anchors))
    _dated_by_the_time_above(items, header)


# round 75 (set 50): the meeting's or the inspection's own time pointed back at ("… cử đại diện … tham gia làm việc
# với Đoàn kiểm tra … đúng thời gian, địa điểm nêu trên."), where the document's particulars write that time
_TIME_ABOVE = re.compile(
    # round 81: "tại" / "vào" the time above as well ("… làm việc với Sở X tại thời gian và địa điểm nêu trên.")
    r"(?<![\wÀ-ỹ])(?:theo|đúng|tại|vào)\s+thời\s+gian(?:\s*(?:,|và)\s*địa\s+điểm)?\s+(?:đã\s+)?(?:nêu|ghi)\s+(?:ở\s+)?trên"
    r"(?![\wÀ-ỹ])"
    # round 77: the meeting itself named as the limit, nothing after its noun that names another ("Gửi tài liệu đến
    # các điểm cầu địa phương trước Hội nghị.", "… trước cuộc họp nêu trên;"): the day the particulars give it
    rf"|(?<![\wÀ-ỹ])trước\s+(?:khi\s+(?:diễn\s+ra\s+|tổ\s+chức\s+|bắt\s+đầu\s+)?)?{MEETING}"
    r"(?:\s+(?:nêu\s+trên|này))?(?=\s*(?:[.;,]|$))",
    re.I,
)


def _meeting_times(items: list[PlanItem]) -> list[str]:
    """The values the particulars give the meeting's time, whatever their layout (round 77, `tree.meeting_facets`):
    after the label ("2. Thời gian: …", "- Thời gian: …", "Thời gian: …"), under a title ("II. THỜI GIAN" / "08 giờ
    …"), or kept as a field of the line before ("Thời gian: …" after the last attendee's dash)."""
    out: list[str] = []
    for item in items:
        if item.category != "particulars":
            continue
        named, value = meeting_facets(item)
        if "time" in named and value:
            out.append(value)
        elif "time" in named and named <= {"time"}:
            out.extend(c.text for c in item.children)
        if item.cells.get("time") and not named:
            out.append(item.cells["time"])
    return out


def _dated_by_the_time_above(items: list[PlanItem], header: list[str]) -> None:
    """See `_TIME_ABOVE`: the task takes the one day the particulars' time gives (round 77: also where they stand
    before the first numbered item, `tree.header_times`); nothing when they give none or more than one."""
    found = [parse_deadline(t) for t in [*_meeting_times(items), *header_times(header)]]
    dates = {d.date for d in found if d.date is not None and not d.recurrence}
    if len(dates) != 1:
        return
    source = next(d for d in found if d.date in dates)
    for item in items:
        if item.kind != "task" or item.deadline.date is not None:
            continue
        m = _TIME_ABOVE.search(item.text)
        if m is not None:
            item.deadline = replace(source, text=m.group(0), anchors=list(source.anchors))


def _date_undated(items: list[PlanItem], timing: Deadline) -> None:
    """Give `timing` (a copy each) to the items that name no timing of their own."""
    for item in items:
        if item.deadline.empty:
            item.deadline = replace(timing, anchors=list(timing.anchors))


_SCHEDULE_FIELD = re.compile(r"(?<![\wÀ-ỹ])thời\s+gian(?![\wÀ-ỹ])[^;]*", re.I)


def _schedule_in_details(items: list[PlanItem]) -> None:
    """A task whose own lines name no timing takes the schedule its describing lines give ("+ Các thông số: …;
    thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026; …" under "a) Điểm quan trắc: Thực hiện quan trắc …"):
    the end of the latest period its lines' "thời gian …" fields name. Only lines that are not tasks count."""
    for item in items:
        if item.kind != "task" or not item.deadline.empty:
            continue
        found: list[Deadline] = []
        level = [c for c in item.children if c.kind != "task"]
        for _ in range(3):  # the item's lines, their "+" lines, and one level more
            for line in level:
                for m in _SCHEDULE_FIELD.finditer(line.text):
                    timing = find_deadline(m.group(0))
                    if timing.date and not timing.recurrence:
                        found.append(timing)
            level = [c for line in level for c in line.children if c.kind != "task"]
        if found:
            item.deadline = max(found, key=lambda d: d.date or dt.date.min)


_FULL_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{4}(?![\d/])")


def _schedule_table_under_label(items: list[PlanItem], text: str) -> None:
    """Round 40: a task's time label left empty ("- Thời gian dự kiến:") over a schedule table ("Ngày 03/01/2012 (thứ
    3) | Phòng A | Phòng B", a row a day): the table is the label's value, and the task is due on its last day."""
    after = {id(a): b.span[0] for a, b in zip(items, items[1:], strict=False)}
    for item in items:
        if item.kind != "task" or not item.deadline.empty:
            continue
        for line in item.children:
            label = parse_label(line.text)
            if label is None or label[0] != "time" or label[1]:
                continue
            gap = text[line.span[1] : after.get(id(line), line.span[1])]
            cells = [row.split(" | ")[0] for row in gap.splitlines() if " | " in row]
            days = [
                timing
                for cell in cells
                if _FULL_DATE.search(cell) and (timing := parse_deadline(cell)).date and not timing.recurrence
            ]
            if len(days) >= 2:
                item.deadline = max(days, key=lambda d: d.date or dt.date.min)


HEADING_WORDS = 20  # a heading is a short title, not a lead-in sentence


# round 42: a heading that opens with its window of days, after a short label ("1. Đợt 1: Từ ngày 05/12/2025 đến
# ngày 20/02/2026:", "Đợt 2: Từ ngày … đến ngày … gồm các nội dung trọng tâm:"): a phase whose work is listed below it
_OPENING_WINDOW = re.compile(r"^(?:[^:;./]{1,30}:\s*)?(?:Từ|Trong\s+thời\s+gian\s+từ)\s+(?:ngày\s+)?\d", re.I)


def _heading_timing(items: list[PlanItem], by_ref: dict[str, PlanItem]) -> None:
    """A heading that times the work under it ("I. NHỮNG NHIỆM VỤ CẦN TRIỂN KHAI NGAY TRONG THÁNG 12/2025") gives
    its month, quarter or day to each task under it that names no timing of its own; a heading's year or period
    ("NHIỆM VỤ ĐẾN NĂM 2030") is the span of the section, not a deadline, and is not handed down."""
    for item in items:
        if item.kind != "task" or not item.deadline.empty:
            continue
        holder = by_ref.get(item.parent or "")
        while holder is not None and holder.kind == "section":
            if len(holder.text.split()) > HEADING_WORDS:
                break
            if holder.text.rstrip().endswith(":") and not _OPENING_WINDOW.match(holder.text):
                if _TIME_WORD.search(holder.text):
                    break  # a lead-in sentence ("Để đẩy nhanh …, bảo đảm … trong tháng 4/2026 …, yêu cầu …:") is no heading
                # round 42: a label over the list ("a) Nội dung kiểm tra (Đối với …):") times nothing; the heading
                # above it may
                holder = by_ref.get(holder.parent or "")
                continue
            timing = find_deadline(holder.text)
            if not timing.empty:
                period = timing.period
                if timing.date and period and (period[1] - period[0]).days < 100 and not timing.recurrence:
                    item.deadline = timing
                break
            holder = by_ref.get(holder.parent or "")


# round 36 (set 35): minutes ("BIÊN BẢN LÀM VIỆC", "BIÊN BẢN HỌP …") record a meeting: who came, what was said, what
# was agreed; only what was agreed or concluded gives work
_MINUTES_TYPE = re.compile(r"^\s*BIÊN\s+BẢN(?:\s|$)")
_AGREED_HEADING = re.compile(
    r"(?<![\wÀ-ỹ])(?:thống\s+nhất|kết\s+luận|phân\s+công|giao\s+nhiệm\s+vụ)(?![\wÀ-ỹ])", re.I
)


def _minutes_records(items: list[PlanItem], header: list[Line]) -> None:
    """round 36 (set 35): in minutes, the sections that record the meeting (its participants, a summary of the
    matter, each body's opinions and proposals — "Ý kiến của Sở X: … Đề nghị Sở Y …") say what was said, not what
    was settled: when a section's heading names what the meeting agreed or concluded ("III. Các ý kiến thống nhất",
    "Kết luận cuộc họp", "Phân công nhiệm vụ"), only the items under such a heading are tasks; the others are notes.
    Minutes with no such heading are read as they are."""
    if not any(_MINUTES_TYPE.match(ln.text) for ln in header):
        return
    agreed = {
        i.ref
        for i in items
        if i.children
        and i.marker not in ("paragraph", "row", "group", "appendix")
        and len((i.heading or i.text).split()) <= 12
        and _AGREED_HEADING.search(i.heading or i.text)
    }
    if not agreed:
        return
    by_ref = {i.ref: i for i in items}
    for item in items:
        if item.kind == "task" and not any(h.ref in agreed for h in [item, *_ancestors(item, by_ref)]):
            item.kind = "note"


def _request_after_label_owners(items: list[PlanItem]) -> None:
    """round 75 (set 50): a particular's label line with a request after it ("- Thành phần tham dự: Công ty cổ phần A
    (Chủ đầu tư). Đề nghị Công ty mời các đơn vị tư vấn …"): the request's subject is its owner, and a bare head word
    there ("Công ty", "Sở", "Ban") is the body of that head the label line names in full just before."""
    for item in items:
        if item.kind != "task" or item.category != "particulars":
            continue
        rest = label_request(item.text)
        found = subject_owners(rest) if rest else None
        if rest is None or found is None or not found.lead:
            continue
        before = item.text[: item.text.rfind(rest)]
        lead = []
        for name in found.lead:
            full = name
            if len(name.split()) <= 3 and not any(ch.isupper() for ch in name[1:]):
                for m in re.finditer(re.escape(name) + r"\s", before):
                    named = scan_agency_phrase(before, m.start())
                    if named and len(named[0]) > len(name):
                        full = named[0]
                        break
            lead.append(full)
        item.lead, item.coordinators, item.lead_source = lead, found.coordinators, "explicit"


def _closing_assignment(items: list[PlanItem]) -> None:
    """The closing paragraph is a task when it assigns timed work to someone ("UBND Thành phố yêu cầu các Sở
    … định kỳ trước ngày 30 tháng 11 hàng năm báo cáo …"), not when it states a general rule."""
    meeting = any(i.category == "particulars" for i in items)
    for k, item in enumerate(items):
        if item.ref.endswith("[closing]") and item.kind == "note" and not GENERAL_RULE.match(item.text):
            owners = subject_owners(item.text)
            if meeting and owners and owners.lead and preparation_request(item.text):
                # round 75 (set 50): a letter announcing a meeting or an inspection closes by asking its
                # addressee to prepare it ("Đề nghị Công ty A … chuẩn bị đầy đủ hồ sơ …, cử đại diện …"): work
                item.kind = "task"
            timing = find_deadline(item.text)
            if owners and owners.lead and (timing.date or timing.recurrence or _FOLLOWS_UP.match(item.text)):
                item.kind = "task"
            if (
                owners
                and owners.lead
                and _DIRECTS_OTHERS.search(item.text)
                and not asks_whole_plan(item.text)
                and not _REPORTS_BACK.search(item.text)
            ):
                item.kind = (
                    "task"  # round 22: the addressee is to guide others through the work: work of its own
                )
            # "Trên đây là Kế hoạch …. Đề nghị các cơ quan, đơn vị … thực hiện. Định kỳ hằng năm (trước ngày 30
            # tháng 11) báo cáo …": after the summary sentence the paragraph is read as a closing of its own
            after = _NEW_SENTENCE.split(item.text, maxsplit=1)
            if item.kind == "note" and SUMMARY.match(item.text) and len(after) == 2:
                owners, timing = subject_owners(after[1]), find_deadline(after[1])
                if owners and owners.lead and (timing.date or timing.recurrence):
                    item.kind, item.text = "task", after[1]
            if item.kind == "note":
                # round 53 (set 41): a later sentence that sets a named body to follow the document up ("Yêu cầu các
                # sở, ngành … tổ chức thực hiện tốt các nội dung trên …. Giao Công an tỉnh theo dõi, đôn đốc việc thực
                # hiện và … báo cáo theo quy định./."): that body's task, as the same sentence opening the paragraph is
                for cut in _NEW_SENTENCE.finditer(item.text):
                    rest = item.text[cut.end() :]
                    found = subject_owners(rest)
                    if _FOLLOWS_UP.match(rest) and found and found.lead:
                        item.kind, item.text = "task", rest
                        break
            # a request written apart from the "Trên đây là …" summary after it ("Đề nghị Văn phòng A, B
            # phối hợp chuẩn bị …") is the last assignment of the plan, timed or not
            summary = items[k + 1] if k + 1 < len(items) else None
            if (
                owners
                and owners.lead
                and summary is not None
                and summary.marker == "paragraph"
                and SUMMARY.match(summary.text)
                and GIVES.search(item.text)
                and not asks_whole_plan(item.text)
            ):
                item.kind = "task"


# round 37: a funding statement, the money its subject ("Kinh phí thực hiện Kế hoạch được bố trí từ …", "Nguồn
# kinh phí …")
_FUNDING = re.compile(r"^(?:Nguồn\s+)?[Kk]inh\s+phí(?![\wÀ-ỹ])")


def _duty_after_funding(items: list[PlanItem]) -> None:
    """round 37: a funding statement is no task, but the paragraph may go on to give a body work in a sentence of
    its own ("Kinh phí … được bố trí từ ngân sách nhà nước …. Hằng năm, các cơ quan chủ trì … có trách nhiệm đề
    xuất danh mục nhiệm vụ, lập dự toán …"): that sentence, and what follows it, is the body's task."""
    for item in items:
        if item.kind != "note" or not _FUNDING.match(item.text) or not GENERAL_RULE.match(item.text):
            continue
        for cut in _NEW_SENTENCE.finditer(item.text):
            rest = item.text[cut.end() :]
            owners = subject_owners(rest)
            if owners and owners.lead and not GENERAL_RULE.match(rest):
                item.kind, item.text = "task", rest
                break


# round 18: a closing paragraph that sets a named body to follow the document up ("Văn phòng Chính phủ theo dõi, đôn
# đốc các Bộ, địa phương thực hiện nghiêm túc Công điện này …") is that body's task, as the same sentence numbered is
# round 74 (set 23): the follow-up may open with guiding or checking ("Bộ Kế hoạch và Đầu tư chịu trách nhiệm hướng
# dẫn, theo dõi, đôn đốc thực hiện, kịp thời báo cáo Thủ tướng Chính phủ …")
_FOLLOWS_UP = re.compile(
    r"^[^,;:.]{3,80}?\s(?:(?:hướng\s+dẫn|kiểm\s+tra|giám\s+sát)\s*,\s*)*"
    r"(?:theo\s+dõi,\s*đôn\s+đốc|đôn\s+đốc,\s*theo\s+dõi)(?![\wÀ-ỹ])",
    re.I,
)
_NEW_SENTENCE = re.compile(cap(r"(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])"))
# round 22: a closing request that has the addressee guide or direct a third party through the work ("…, đề nghị Sở X
# nghiên cứu, hướng dẫn chủ đập thủy điện thực hiện đúng quy định./."): more than carrying out the letter
_DIRECTS_OTHERS = re.compile(
    r"(?<![\wÀ-ỹ])(?:hướng\s+dẫn|chỉ\s+đạo|đôn\s+đốc)\s+(?!(?:triển\s+khai|tổ\s+chức|thực\s+hiện|thi\s+hành|việc)(?![\wÀ-ỹ]))"
    r"(?:[^\s,;.]+\s+){1,6}?(?:thực\s+hiện|triển\s+khai)(?![\wÀ-ỹ])"
)
_REPORTS_BACK = re.compile(r"(?<![\wÀ-ỹ])(?:để\s+được\s+hướng\s+dẫn|phản\s+ánh\s+về)", re.I)


# round 122: the label bullets under an item that only say who does it ("- Cơ quan chủ trì: Bộ X.", "- Cơ quan phối
# hợp: …", as TTg 2623 and Lai Châu 7360 write them under the work) are none of its work: its clauses still split into
# its tasks as they do when the item names its owner in its own words (a label of time times the whole item: no split)
_WHO_LABELS = ("lead", "coord", "owner", "advise")


def _names_its_owners_only(item: PlanItem) -> bool:
    """Are the item's children all label lines naming who leads or joins in (`_WHO_LABELS`), none a task?"""
    return all(
        c.kind != "task"
        and not c.children
        and (found := parse_label(c.text)) is not None
        and found[0] in _WHO_LABELS
        for c in item.children
    )


def _split_steps(items: list[PlanItem], text: str) -> list[PlanItem]:
    """One item that holds several tasks becomes several (refs ref, ref[2], …, as the corpus counts them).

    A sentence that sets successive deadlines is one step per deadline (`step_ends`); a later sentence with
    its own subject ("… tại các địa phương. Ủy ban Kiểm tra chủ trì tổng hợp, báo cáo …") is another
    task of that subject. The steps keep the item's owners unless they name their own.
    """
    out: list[PlanItem] = []
    by_ref = {i.ref: i for i in items}
    # round 15: a bullet that a task-table row restates word for word is one task, whatever sentences it holds (the
    # row gives it one owner and one timing)
    restated = {_row_key(i.text) for i in items if i.marker == "row" and i.kind == "task"}
    # round 97: … or says it whole in its own frame (`_says_whole`); a row can only if it says the item's last words
    row_keys = [f" {_title_key(i.text)} " for i in items if i.marker == "row" and i.kind == "task"]
    row_ends: dict[tuple[str, ...], list[int]] | None = None
    for item in items:
        out.append(item)
        if item.kind != "task" or item.marker == "row" or item.cells.get("time"):
            continue
        if item.children and not _names_its_owners_only(item):
            continue
        if restated and _row_key(item.text) in restated:
            continue
        # the request an item restates before answering it ("Về … không có khả năng giải ngân trong năm 2025 …: UBND
        # tỉnh A …") sets no step of the work
        topic = restated_request_end(item.text)
        handed, above = _handed_follow_up(item, by_ref)
        clauses = _rule_clauses(item.text)
        cuts = sorted(
            c
            for c in set(step_ends(item.text)) | set(_subject_sentences(item)) | set(handed) | set(clauses)
            if c > topic
        )
        if not cuts:
            continue
        if row_keys:
            if row_ends is None:
                row_ends = _word_runs_index(row_keys)
            ending = tuple(_title_key(item.text).split()[-OPENING_WORDS:])
            if any(_says_whole(row_keys[k], item.text) for k in row_ends.get(ending, ())):
                continue
        pieces = [item.text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(item.text)], strict=True)]
        pieces = [p for p in pieces if p]
        if len(pieces) < 2:
            continue
        source = text[item.span[0] : item.span[1]]
        at = source.find(item.text)
        parent_kids = None
        item.text = pieces[0]
        item.deadline = find_deadline(pieces[0])
        if clauses or any(rule_clause(p) for p in pieces[1:]):
            # round 57: the first piece keeps only its own subject's bodies ("Bộ Y tế chịu trách nhiệm về việc tổng hợp
            # số liệu. | Bộ Tài chính, … chịu trách nhiệm về số liệu …": the later sentence's bodies are not its
            # owners), and a piece that is no duty is a note (`rule_clause`)
            own = item_owners(pieces[0], "", []) if plausible_subject(pieces[0]) else None
            if own and own[1] == "subject" and own[0].lead:
                item.lead, item.coordinators = own[0].lead, own[0].coordinators
            if rule_clause(pieces[0]):
                item.kind = "note"
        for n, piece in enumerate(pieces[1:], 2):
            rel = source.find(piece, at) if at >= 0 else -1
            span = (item.span[0] + rel, item.span[0] + rel + len(piece)) if rel >= 0 else item.span
            base = without_repeat(item.ref)  # pieces of "V.1[2]" are "V.1[3]" …, not "V.1[2][2]"
            ref, k = f"{base}[{n}]", n
            while ref in by_ref:  # a ref the numbering already gave ("1." written twice)
                k += 1
                ref = f"{base}[{k}]"
            step = PlanItem(ref, item.parent, "task", piece, span, marker=item.marker)
            by_ref[ref] = step
            step.category, step.heading = item.category, item.heading
            own = item_owners(piece, "", []) if plausible_subject(piece) else None
            if own and own[1] == "subject" and _says_what_was_done(piece):
                # round 38: "… đến ngày 15 tháng 5 năm 2026 | các bộ, cơ quan, địa phương chưa phân bổ chi tiết; báo
                # cáo …": a step cut at a date whose first words are bodies and what they have (not) done is still
                # the item's work, not theirs
                own = None
            if own and own[1] == "subject" and not refers_back(own[0].lead, item.lead):
                # (round 56: "… . Chính quyền địa phương phải …" after an item of "tỉnh A" refers back to it)
                step.lead, step.coordinators, step.lead_source = own[0].lead, own[0].coordinators, "explicit"
            else:
                step.lead, step.coordinators = list(item.lead), list(item.coordinators)
                step.lead_source = item.lead_source
            step.deadline = find_deadline(piece)
            if rule_clause(piece):
                step.kind = "note"  # round 57: a catch-all, a standing rule or what a body answers for
            out.append(step)
            holder = by_ref.get(item.parent or "")
            parent_kids = parent_kids or (holder.children if holder else None)
            if parent_kids is not None:
                parent_kids.insert(parent_kids.index(item) + n - 1, step)
        if handed and above is not None:
            # the work before the handed follow-up is the item's own: its owner is the one from above again
            item.lead, item.coordinators = list(above.lead), list(above.coordinators)
            item.lead_source = above.lead_source
    return out


# the break after a clause's ";" (the ";" stays with its clause): round 57's clause offsets, round 93's item parts
_CLAUSE_CUT = re.compile(r"(?<=;)\s+(?=\S)")


def _rule_clauses(text: str) -> list[int]:
    """round 57: an item of clauses after ";" that each open with a body of their own, one of them only to do the tasks
    given it ("Các chuyên viên khác thực hiện các nhiệm vụ được Ban Thường trực phân công; Kế toán … lập dự toán kinh
    phí …"): the offsets of the clauses after the first, each a part of its own (`1[2]`, as the corpus splits such a
    dash), the catch-all no duty (round 54's convention). [] when one clause names no body first or none is a
    catch-all: such an item stays whole."""
    starts = [0, *(m.end() for m in _CLAUSE_CUT.finditer(text))]
    if len(starts) < 2:
        return []
    clauses = [text[a:z] for a, z in zip(starts, [*starts[1:], len(text)], strict=True)]
    if not any(does_given_tasks(c) for c in clauses):
        return []
    for c in clauses:
        found = subject_owners(c.strip(" ;"))
        if not (plausible_subject(c.strip()) and found and found.lead and scan_agency_phrase(c.strip(), 0)):
            return []
    return starts[1:]


# round 35 (set 33): a later sentence of an item that hands another body the follow-up of the work before it
# ("… . Giao Văn phòng Bộ tổng hợp chung về kết quả thực hiện, báo cáo Lãnh đạo Bộ."): compiling, following up,
# checking or reporting on others' work is a task of that body, not the owner of the whole item
_HANDED_FOLLOW_UP = re.compile(cap(r"(?<=\.)\s+Giao(?:\s+cho)?\s+(?=[A-ZĐÀ-Ỹ]|các\s)"))
_FOLLOW_UP_VERB = re.compile(
    r"\s*(?:chủ\s+trì,?\s+)?(?:tổng\s+hợp|theo\s+dõi|đôn\s+đốc|kiểm\s+tra|báo\s+cáo)(?![\wÀ-ỹ])", re.I
)


def _handed_follow_up(item: PlanItem, by_ref: dict[str, PlanItem]) -> tuple[list[int], PlanItem | None]:
    """Offsets of later sentences "Giao <body> tổng hợp / theo dõi / đôn đốc / kiểm tra / báo cáo …" in an item
    whose work before them has an owner from above (its heading, the lead-in over it) other than that body; and
    the item as owned without them. A sentence that gives the item's work itself ("Dự án đã hoàn thành 80% khối
    lượng. Giao UBND xã A khẩn trương …") is not such a follow-up and still names the item's owner."""
    cuts: list[int] = []
    named: set[str] = set()
    for m in _HANDED_FOLLOW_UP.finditer(item.text):
        found = scan_agency_phrase(item.text, m.end())
        if found and _FOLLOW_UP_VERB.match(item.text[found[1] :]):
            cuts.append(m.start() + len(m.group(0)) - len(m.group(0).lstrip()))
            named |= {agency_key(a) for a in split_agencies(found[0])}
    if not cuts:
        return [], None
    before = replace(item, text=item.text[: cuts[0]].strip(), lead=[], coordinators=[], lead_source=None)
    before.children = []
    _own(before, by_ref)
    if before.kind != "task" or not before.lead or named & {agency_key(a) for a in before.lead}:
        return [], None
    return cuts, before


_DONE = re.compile(r"\s*(?:đã|chưa|vẫn|còn)(?![\wÀ-ỹ])")


def _says_what_was_done(piece: str) -> bool:
    """Does the piece open with bodies followed by what they have or have not done ("các bộ, địa phương chưa phân bổ
    …"), not by work they are to do?"""
    found = scan_agency_phrase(piece.strip(), 0)
    return bool(found and _DONE.match(piece.strip(), found[1]))


def _row_key(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .;:")


def _word_runs_index(texts: list[str]) -> dict[tuple[str, ...], list[int]]:
    """Each run of `OPENING_WORDS` words (space-separated) of the texts -> the texts that say it, once each."""
    index: dict[tuple[str, ...], list[int]] = {}
    for k, text in enumerate(texts):
        words = text.split()
        for gram in {tuple(words[q : q + OPENING_WORDS]) for q in range(len(words) - OPENING_WORDS + 1)}:
            index.setdefault(gram, []).append(k)
    return index


def _says_whole(row: str, item: str) -> bool:
    """round 97: a row (its `_title_key` words, space-padded) says the whole item word for word but for the item's
    first words, `OPENING_WORDS` at most (the verbs a row leaves out or words its own way), and may say more around
    it (its owner as the subject, the plan or text that carries the item out): the row restates the item whole, as
    one task, whatever sentences the item holds (round 15)."""
    words = _title_key(item).split()
    return any(
        f" {' '.join(words[k:])} " in row for k in range(min(OPENING_WORDS, len(words) - OPENING_WORDS) + 1)
    )


# round 26: in an item that is itself the letter's request, a later sentence that asks another body ("Đề nghị các
# Sở, ngành … phối hợp … . Yêu cầu các tổ chức, cá nhân hoạt động hóa chất … chủ động nghiên cứu …"): a request of
# its own (inside a body's own work, "Tăng cường kiểm soát … . Yêu cầu các cơ sở … lắp đặt …" is that body's work)
_LATER_REQUEST = re.compile(cap(r"(?:Đề\s+nghị|Yêu\s+cầu)\s+(?=[A-ZĐÀ-Ỹ]|các\s)"))


def _subject_sentences(item: PlanItem) -> list[int]:
    """Offsets of later sentences that start with an agency of their own doing something (not a sentence
    that only assigns the work before it: "… . Sở X chủ trì, phối hợp với Sở Y thực hiện; hoàn thành …")."""
    cuts = []
    requested: set[str] | None = None
    for m in _NEW_SENTENCE.finditer(item.text):
        rest = item.text[m.end() :]
        if not plausible_subject(rest):
            continue
        following = _NEW_SENTENCE.search(rest)
        if assignment_sentence(rest[: following.start()] if following else rest):
            continue
        found = acting_subject(rest)
        grounds = GROUNDS.match(rest) if found is None else None
        if grounds:
            # round 38: "… . Trên cơ sở đề xuất của các địa phương, Bộ Tài chính khẩn trương …": a basis or a
            # condition before the sentence's own subject, which goes on with work, not with what it has done ("Căn
            # cứ các kiến nghị của Bộ Chính trị, Ban Bí thư đã chỉ ra, …" names no subject)
            after = rest[grounds.end() :]
            found = acting_subject(after) if assigns_work(after) else None
        if found is None and _LATER_REQUEST.match(rest) and _LATER_REQUEST.match(item.text.strip()):
            found = subject_owners(
                rest
            )  # round 26: "Đề nghị A … . Yêu cầu các tổ chức, cá nhân … nghiên cứu …"
        if not found or not found.lead or answers_to_superior(rest):
            continue
        if requested is None:
            requested = _requested_bodies(item)
        # a sentence whose subject shares a body with the request goes on with the same request ("Đề nghị Ủy ban
        # Mặt trận tỉnh, các tổ chức … phát huy … . Ủy ban Mặt trận tỉnh và các tổ chức thành viên phát huy …")
        if not {agency_key(a) for a in found.lead} & requested:
            cuts.append(m.end())
    return cuts


def _requested_bodies(item: PlanItem) -> set[str]:
    """The bodies of the request itself: the opening sentence's subject (the item's owners may also hold the bodies
    of its later sentences, round 13 owners), else the item's owners without those."""
    opening = acting_subject(item.text)
    if opening and opening.lead:
        return {agency_key(a) for a in opening.lead}
    return {agency_key(a) for a in item.lead} - {agency_key(a) for a in later_subjects(item.text)}


_INLINE_NUMBER = re.compile(r"(?:^|(?<=[:;.,])\s*|(?<=\s))\((\d{1,2})\)\s*")
_INLINE_ROMAN = re.compile(r"(?:^|(?<=[:;.,])\s*|(?<=\s))\((i{1,3}|iv|vi{0,3}|ix|x)\)\s*")
_ROMAN_VALUE = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


_TOPICS = re.compile(
    r"(?:\b(?:về|gồm|bao\s+gồm|trong\s+đó)|\d{1,3}\s+(?!nhiệm\s+vụ|giải\s+pháp|việc|nội\s+dung)[^\d:;.]{1,40})\s*:\s*$",
    re.I,
)
HEAD_WORDS = 20


def _heads_pieces(head: str) -> bool:
    """Do the words before an inline list head pieces of work? An agency ("Bộ X:"), a title ("Đẩy mạnh cắt
    giảm thủ tục hành chính:") or a subject with its verb ("các bộ, ngành tập trung:") do. A long sentence
    whose object is the list ("… xây dựng đề án, tờ trình về: (1) …"), an aside ("(trong đó: (1) …"), or a
    count of the parts of one thing ("với 05 chức năng chính: (i) …") do not: the list says what the one
    task covers."""
    if head.count("(") > head.count(")") or _TOPICS.search(head):
        return False
    return len(head.split()) <= HEAD_WORDS


def _inline_runs(text: str, rx: re.Pattern[str], value: Callable[[str], int]) -> list[tuple[int, int, str]]:
    """(marker start, text start, number) of the inline list "(1) … (2) …" in text: markers numbered from 1
    up without a gap, at least two; [] when there is none."""
    if text.count("(") < 2:
        return []  # each marker opens a bracket: the look-behinds of the markers are not tried at every letter
    run: list[tuple[int, int, str]] = []
    for m in rx.finditer(text):
        if value(m.group(1)) == len(run) + 1:
            run.append((m.start(1) - 1, m.end(), m.group(1)))
    return run if len(run) >= 2 else []


def _split_inline(items: list[PlanItem], text: str) -> list[PlanItem]:
    """A paragraph that lists its pieces of work inline ("Bộ X: (1) trình …; (2) chủ trì …", "Đẩy mạnh …: (1)
    Các bộ … rà soát …; (2) …") holds one task per piece, refs `<item>.1`, `<item>.2`; a piece that lists its
    own "(i) … (ii) …" holds one per sub-piece (`<item>.3.ii`). The words before the list head the pieces
    (an agency there owns them). A list that counts the parts of one thing ("với 05 chức năng chính: (i) …")
    stays whole."""
    out: list[PlanItem] = []
    for item in items:
        out.append(item)
        if (
            item.kind == "task"
            and not item.children
            and item.marker not in ("row", "paragraph")
            and not item.cells
        ):
            out.extend(_inline_pieces(item, text, _INLINE_NUMBER, int))
    return out


def _objects_listed(text: str, run: list[tuple[int, int, str]]) -> bool:
    """round 44: a head that is work itself ("Góp ý dự thảo các Quyết định: (1) Quyết định thành lập …; (2) Quyết
    định phê duyệt …") over pieces that are only names (no verb of work first, no body, no work given): the
    pieces are the things that one piece of work is done on, not pieces of work."""
    if not starts_with_action(text[: run[0][0]].strip()):
        return False
    for k, (_at, start, _num) in enumerate(run):
        end = run[k + 1][0] if k + 1 < len(run) else len(text)
        piece = text[start:end].strip().rstrip(";,.").strip()
        if (
            starts_with_action(piece)
            or scan_agency_phrase(piece, 0)
            or GIVES.search(piece)
            or assigns_work(piece)
        ):
            return False
    return True


def _inline_pieces(
    item: PlanItem, text: str, rx: re.Pattern[str], value: Callable[[str], int]
) -> list[PlanItem]:
    run = _inline_runs(item.text, rx, value)
    if not run or not _heads_pieces(item.text[: run[0][0]]):
        return []
    if _objects_listed(item.text, run):
        return []
    base = text.find(item.text, item.span[0])
    base = base if base >= 0 else item.span[0]
    head = item.text[: run[0][0]].strip()
    pieces: list[PlanItem] = []
    for k, (_at, start, num) in enumerate(run):
        end = run[k + 1][0] if k + 1 < len(run) else len(item.text)
        body = item.text[start:end].rstrip().rstrip(";,").rstrip()
        child = PlanItem(
            f"{item.ref}.{num}", item.ref, "task", body, (base + start, base + start + len(body))
        )
        child.marker, child.title, child.category = "inline", num, item.category
        item.children.append(child)
        pieces.append(child)
        pieces.extend(_inline_pieces(child, text, _INLINE_ROMAN, _ROMAN_VALUE.__getitem__))
    item.kind, item.heading = "section", head
    item.text = head.rstrip(" :") or item.text
    return pieces


def plan_year(title: str | None, issued: dt.date | None) -> int | None:
    """The year a yearless date in a schedule refers to: the single year a plan is for ("… năm 2026"),
    else the year it was issued. The import page proposes it as the year of a draft that bears no date."""
    years = re.findall(r"\bnăm\s+((?:19|20)\d{2})\b", title or "")
    if len(set(years)) == 1 and not re.search(r"\d{4}\s*[-–]\s*\d{4}|giai\s+đoạn", title or "", re.I):
        return int(years[0])
    return issued.year if issued else None


# round 83 (set 60): a body list whose items are the table's group titles; a title restated by its group row shares
# most of its words with it (group rows are written in capitals, items in sentence case: `similarity` folds case)
GROUP_TITLE_SIM = 0.6


def _contents_titling_groups(items: list[PlanItem]) -> None:
    """round 83 (set 60): a plan's content section may list, one line each, the headings under which its appendix table
    groups its rows ("1. Kiện toàn …" … "8. Duy trì …" over "I | KIỆN TOÀN …" … "VIII | DUY TRÌ …"). Where the group
    rows restate items of one body list each at its own number (group I the list's item 1, VII its item 7), and the
    list has an item for every group the table numbers, the list is the table of contents of the rows: its items are
    headings, the rows under them the tasks (none of the items is merged with a row, none is a task of its own)."""
    groups = [
        i
        for i in items
        if i.marker == "group" and i.text.strip() and _ROMAN_VALUE.get(i.ref.rsplit(".", 1)[-1].lower())
    ]
    if len(groups) < 2:
        return
    inside = {g.parent for g in groups}
    body = [
        i
        for i in items
        if i.kind == "task"
        and not i.children
        and i.marker not in ("row", "group", "appendix", "paragraph")
        and i.parent not in inside
        and i.ref.rsplit(".", 1)[-1].isdigit()
    ]
    if not body:
        return
    sim = similarity([g.text for g in groups], [b.text for b in body])
    lists: dict[str | None, int] = {}
    for k, group in enumerate(groups):
        number = _ROMAN_VALUE[group.ref.rsplit(".", 1)[-1].lower()]
        best = _best_above(sim[k], GROUP_TITLE_SIM)
        if best is not None and int(body[best[1]].ref.rsplit(".", 1)[-1]) == number:
            lists[body[best[1]].parent] = lists.get(body[best[1]].parent, 0) + 1
    if not lists:
        return
    parent, hits = max(lists.items(), key=lambda kv: kv[1])
    last = max(_ROMAN_VALUE[g.ref.rsplit(".", 1)[-1].lower()] for g in groups)
    members = [b for b in body if b.parent == parent]
    if hits < 2 or 2 * hits < len(groups) or len(members) < last:
        return
    for item in members:
        item.kind = "note"


def _merge_rows(items: list[PlanItem]) -> None:
    """A task-table row and a body item that say the same thing are one task.

    A task-section item restated by a row keeps its place and takes the row's owner and deadline (the row
    becomes its `same_as` note). An assignment-section responsibility is folded into the row that restates
    it (the row stays the task) when the plan's task section only points to the table, which is then the
    task list; otherwise it is folded with a row only when they are near restatements, and the body item
    stays the task.
    """
    rows = [i for i in items if i.marker == "row" and i.kind == "task"]
    if not rows:
        return
    body = [i for i in items if i.kind == "task" and i.marker != "row"]
    task_list = _table_is_task_list(items)
    assigned = [i for i in body if i.category == "assignment"]
    candidates = [i for i in body if i.category != "assignment" or not task_list]
    matched = set() if task_list else _merge_with_owner(rows, assigned, items)
    candidates = [i for i in candidates if not i.same_as]
    matched |= _merge_into_body(
        [r for r in rows if r.ref not in matched], candidates, items, ROW_MATCH_THRESHOLD
    )
    matched |= _merge_by_number([r for r in rows if r.ref not in matched], rows, candidates, items)
    matched |= _merge_by_group([r for r in rows if r.ref not in matched], rows, candidates, items)
    matched |= _rows_restating_parts([r for r in rows if r.ref not in matched], candidates, items)
    matched |= _rows_sharing_out_an_item([r for r in rows if r.ref not in matched], candidates, items)
    matched |= _rows_restating_left_parts([r for r in rows if r.ref not in matched], candidates, items)
    _row_shared_by_neighbours(candidates, items)
    _row_restating_a_list(items)
    _row_restating_a_lead_in(items)
    _sub_rows_own_the_row(items)
    rows = [r for r in rows if r.ref not in matched]
    if task_list and rows and assigned:
        _fold_into_rows(rows, assigned)


# an appendix sentence restates a body item when most of its words are that item's (a row, cut to a table's cell, needs
# less: ROW_MATCH_THRESHOLD); an appendix of each ministry's own tasks shares a resolution's broad words with its body
APPENDIX_RESTATES = 0.6


def _appendix_restating_body(items: list[PlanItem]) -> None:
    """round 79 (set 56): an appendix that hands out work by body may restate, as numbered sentences, the items the
    body already gives ("Phụ lục I … I. NHIỆM VỤ CHUNG / 1. Phối hợp chặt chẽ với …" over the assignment article's
    "a) Phối hợp chặt chẽ với …"): such an item is the body's item, as a table row restating one is (its timing
    dates the body's item when that has none); an appendix item restating nothing stays a task of its own."""
    roots = {i.ref for i in items if i.marker == "appendix"}
    if not roots:
        return
    inside: set[str] = set()
    for item in items:
        if item.ref in roots or (item.parent or "") in inside:
            inside.add(item.ref)
    own = [i for i in items if i.ref in inside and i.kind == "task" and i.marker != "row" and not i.same_as]
    body = [i for i in items if i.ref not in inside and i.kind == "task"]
    if not own or not body:
        return
    sim = similarity([i.text for i in own], [b.text for b in body])
    for k, item in enumerate(own):
        best = _best_above(sim[k], APPENDIX_RESTATES)
        if best is None:
            continue
        target = body[best[1]]
        item.kind = "note"
        item.same_as.append(target.ref)
        target.same_as.append(item.ref)
        if not target.deadline.date and item.deadline.date:
            target.deadline = item.deadline


def _same_owner(row: PlanItem, item: PlanItem) -> bool:
    """The row's owner column names the body the responsibility names (abbreviations spelled out)."""
    mine = [agency_key(n) for n in item.lead]
    return bool(row.lead) and any(a == b or a in b or b in a for a in map(agency_key, row.lead) for b in mine)


def _merge_with_owner(rows: list[PlanItem], assigned: list[PlanItem], items: list[PlanItem]) -> set[str]:
    """round 23: an assignment-section responsibility with its own owner ("2. Cục X chủ trì … thực hiện …") that a
    row of the same owner restates is that row's task, before any task-section item the row also resembles (the
    task section's items take their owners, not the table's timing, from the responsibilities that carry them
    out) when every task row finds one. A row goes to the most similar responsibility of its owner; a
    responsibility restated by several rows whose clauses (";") each restate one of them splits into one part per
    row, each with its row's timing."""
    owned = [i for i in assigned if i.lead and i.lead_source == "explicit" and not i.same_as]
    if not rows or not owned:
        return set()
    sim = similarity([r.text for r in rows], [b.text for b in owned])
    took: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        best = max(
            ((s, j) for j, s in sim[i].items() if s >= ROW_MATCH_THRESHOLD and _same_owner(row, owned[j])),
            default=None,
        )
        if best is None:  # the table restates the assignment section row by row, or this is no such table
            return set()
        took.setdefault(best[1], []).append(i)
    matched: set[str] = set()
    for j, idx in took.items():
        item, mine = owned[j], [rows[i] for i in idx]
        if len(mine) > 1 and _split_by_rows(item, mine, items):
            matched |= {r.ref for r in mine}
            continue
        row = max(mine, key=lambda r: sim[rows.index(r)][j])
        matched.add(row.ref)
        row.kind, row.same_as, item.same_as = "note", [item.ref], [row.ref]
        if not item.coordinators:
            item.coordinators = list(row.coordinators)
        item.deadline = _row_schedule(item.deadline, row)
    return matched


def _row_schedule(own: Deadline, row: PlanItem) -> Deadline:
    """round 23: a timing phrase the row repeats in its task column ("… giai đoạn 2021 - 2030, có xét đến năm 2050")
    is part of what the work covers, not its schedule: the row's time column ("2025 - 2030") is the deadline."""
    if own.text and row.deadline.date and _row_key(own.text) in _row_key(row.text):
        return row.deadline
    return _with_row_timing(own, row.deadline)


def _split_by_rows(item: PlanItem, rows: list[PlanItem], items: list[PlanItem]) -> bool:
    """Cut a responsibility at its ";" into runs of clauses each restated by one row (a clause no row restates
    goes with the run before it, or stands alone at the start); the parts are ref, ref[2], … as `_split_steps`
    numbers them. False (nothing done) unless two rows or more each get a run."""
    clauses = _clauses(item.text, r";\s*")
    if len(clauses) < 2:
        return False
    sim = similarity(clauses, [r.text for r in rows])
    label = [
        max(((s, k) for k, s in row.items() if s >= ROW_MATCH_THRESHOLD), default=(0.0, None))[1]
        for row in sim
    ]
    runs: list[tuple[int | None, list[str]]] = []
    for clause, k in zip(clauses, label, strict=True):
        if runs and (k is None or k == runs[-1][0]) and (k is not None or runs[-1][0] is not None):
            runs[-1][1].append(clause)
        else:
            runs.append((k, [clause]))
    given = [k for k, _c in runs if k is not None]
    if len(given) < 2 or len(set(given)) != len(given):
        return False
    parts: list[PlanItem] = []
    by_ref = {i.ref: i for i in items}
    for n, (k, texts) in enumerate(runs, 1):
        part = _part_of(item, n, "; ".join(texts))
        part.deadline = find_deadline(part.text)
        if k is None and n == 1:
            # round 107: the item's first clauses, which no row restates, are no longer the row it was merged with
            part.same_as = [ref for ref in part.same_as if ref not in {r.ref for r in rows}]
        if k is not None:
            row = rows[k]
            row.kind, row.same_as, part.same_as = "note", [part.ref], [row.ref]
            part.deadline = _row_schedule(part.deadline, row)
        parts.append(part)
    _insert_parts(item, parts, items, by_ref)
    return True


def _part_of(item: PlanItem, n: int, text: str) -> PlanItem:
    """Rounds 27 and 93: part `n` of a body item split along the rows restating it, with `text`: the item itself
    first, then new items `ref[n]` with its marker, category, heading and owners."""
    part = item if n == 1 else PlanItem(f"{item.ref}[{n}]", item.parent, "task", text, item.span)
    if n > 1:
        part.marker, part.category, part.heading = item.marker, item.category, item.heading
        part.lead, part.coordinators, part.lead_source = (
            list(item.lead),
            list(item.coordinators),
            item.lead_source,
        )
    part.text = text
    return part


def _insert_parts(
    item: PlanItem, parts: list[PlanItem], items: list[PlanItem], by_ref: dict[str, PlanItem]
) -> None:
    """The parts after the first (the item itself) go right after the item, in the plan's items and among its
    holder's children."""
    at = items.index(item)
    items[at + 1 : at + 1] = parts[1:]
    holder = by_ref.get(item.parent or "")
    if holder is not None and item in holder.children:
        k = holder.children.index(item)
        holder.children[k + 1 : k + 1] = parts[1:]


def _clauses(text: str, sep: str) -> list[str]:
    cuts = [m.end() for m in re.finditer(sep, text)]
    clauses = [
        text[a:b].strip().rstrip(";").strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)
    ]
    return [c for c in clauses if c]


def _rows_claiming(
    rows: list[PlanItem],
    body: list[PlanItem],
    floor: float,
    may_claim: Callable[[int, float], bool] | None = None,
) -> dict[int, list[PlanItem]]:
    """Rounds 27 and 93: the rows still tasks, gathered under the body item (its index in `body`) each restates best
    at `floor` or more, among the items `may_claim(index, likeness)` lets it claim (all, without it)."""
    left = [r for r in rows if r.kind == "task"]
    if not left or not body:
        return {}
    sim = similarity([r.text for r in left], [b.text for b in body])
    claims: dict[int, list[PlanItem]] = {}
    for i, row in enumerate(left):
        scores = sim[i] if may_claim is None else {j: s for j, s in sim[i].items() if may_claim(j, s)}
        best = _best_above(scores, floor)
        if best is not None:
            claims.setdefault(best[1], []).append(row)
    return claims


def _rows_restating_parts(rows: list[PlanItem], body: list[PlanItem], items: list[PlanItem]) -> set[str]:
    """round 27 (set 27): one body item, two rows. A row left unmatched whose closest body item (by text) is also
    the closest of another row of the same table group (already merged with it, or also left) restates a part of
    it: the item is cut at its clauses (";") along the rows, each part with its row's timing and,
    unless the item names its own owner, its row's owners. Rows of another group restate no part of it."""
    claims = _rows_claiming(rows, body, ROW_MATCH_THRESHOLD)
    by_ref = {i.ref: i for i in items}
    matched: set[str] = set()
    for j, extra in claims.items():
        item = body[j]
        first = [r for ref in item.same_as if (r := by_ref.get(ref)) is not None and r.marker == "row"]
        mine = first + extra
        if len(mine) < 2 or len({r.parent for r in mine}) != 1:
            continue
        if _listed(item.text):
            continue  # round 93: the ";" of a list parts the things listed, not the work (`_rows_sharing_out_an_item`)
        own = item.lead_source == "explicit" and bool(item.lead)
        if own and not all(_same_owner(r, item) for r in mine):
            continue  # a row of another owner is that owner's own task, not a part of this one
        if not _split_by_rows(item, mine, items):
            continue
        matched |= {r.ref for r in extra}
        for part in items:
            if part is not item and not part.ref.startswith(item.ref + "["):
                continue
            source = by_ref.get(part.same_as[0]) if part.same_as else None
            if source is not None and source.marker == "row" and not own:
                part.lead, part.coordinators, part.lead_source = (
                    list(source.lead),
                    list(source.coordinators),
                    "table",
                )
    return matched


# round 93: the sentences of a body item ("… minh bạch, khoa học. Đẩy nhanh …"), or where it is one sentence its
# clauses ("…; khẩn trương …", `_CLAUSE_CUT` above), and the list it closes on ("… gồm: Hạ tầng bưu chính; hạ tầng
# giao thông; …")
_SENTENCE_CUT = re.compile(cap(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ])"))
_LIST_AFTER = re.compile(r":\s+(?=\S)")


def _units(text: str) -> list[list[str]]:
    """The ways a body item divides into parts a row may restate, coarser first: its sentences, then their clauses
    (";"); the ";" of a list after a colon ("… bao gồm: Ngân sách nhà nước; nguồn đầu tư …") parts the things listed,
    not the work."""
    sentences = [u.strip() for u in _SENTENCE_CUT.split(text) if u.strip()]
    clauses = [
        c.strip()
        for u in sentences
        for c in ([u] if _LIST_AFTER.search(u) else _CLAUSE_CUT.split(u))
        if c.strip()
    ]
    levels = [sentences, clauses] if len(clauses) > len(sentences) else [sentences]
    # round 107: a clause of two works joined by "và", each opening with its verb ("Xây dựng, ban hành danh mục và
    # triển khai các nền tảng số …"), one row for each
    works = [w for c in clauses for w in _joined_works(c)]
    return [*levels, works] if len(works) > len(clauses) else levels


# round 107: "và" between two works of one clause
_AND_WORK = re.compile(r"\s+và\s+(?=\S)")


def _has_object(work: str) -> bool:
    """Does a work say what it acts on after its opening verbs? "Xây dựng, ban hành danh mục" does; "Xây dựng" in
    "Xây dựng và tổ chức triển khai Kế hoạch …" is one verb of a list on one object, no work of its own."""
    rest = work.strip()
    while (m := opening_verb(rest)) is not None and m.end() > 0:
        rest = rest[m.end() :].lstrip(" ,")
    return bool(rest)


def _joined_works(clause: str) -> list[str]:
    """The works a clause opening with a verb joins by "và" before another verb ("Cập nhật bộ tiêu chí … và triển khai
    các chương trình …"): each part opens with its own verb; the clause whole when it joins none."""
    if not starts_with_action(clause):
        return [clause]
    cuts: list[re.Match[str]] = []
    for m in _AND_WORK.finditer(clause):
        if starts_with_action(clause[m.end() :]) and _has_object(
            clause[cuts[-1].end() if cuts else 0 : m.start()]
        ):
            cuts.append(m)
    starts = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(clause)]
    return [clause[a:z].strip() for a, z in zip(starts, ends, strict=True) if clause[a:z].strip()]


def _listed(text: str) -> list[str]:
    """The things an item lists after its lead-in's colon, at ";" ("gồm: Hạ tầng bưu chính; hạ tầng giao thông; …"),
    or nothing when it lists none (fewer than three)."""
    m = _LIST_AFTER.search(text)
    if m is None:
        return []
    listed = [u.strip(" .;") for u in text[m.end() :].split(";") if u.strip(" .;")]
    return listed if len(listed) >= 3 else []


def _share_out(units: list[str], rows: list[PlanItem], others: set[int]) -> list[int | None] | None:
    """Which row restates each unit: the row that restates it best, at GROUP_MATCH (the rows are known to restate this
    item, the likeness only says which part, as a group narrows the choice in `_merge_by_group`; CLEAR_RESTATEMENT for
    the rows in `others`, those of another table group). None unless every row restates a unit best."""
    sim = similarity(units, [r.text for r in rows])
    floor = [CLEAR_RESTATEMENT if k in others else GROUP_MATCH for k in range(len(rows))]
    label: list[int | None] = []
    for row in sim:
        best = max(((s, k) for k, s in row.items()), default=(0.0, -1))
        label.append(best[1] if best[1] >= 0 and best[0] >= floor[best[1]] else None)
    return label if set(label) - {None} == set(range(len(rows))) else None


def _run_on(label: list[int | None]) -> list[int | None]:
    """A unit no row restates goes on with the part before it (the first units with the first part)."""
    first = next(k for k in label if k is not None)
    out: list[int | None] = []
    for k in label:
        out.append(k if k is not None else out[-1] if out else first)
    return out


def _home_group(merged: list[PlanItem], extra: list[PlanItem]) -> str | None:
    """The table group the rows of a shared-out item stand in: that of the row already merged with it, else the one
    most of them share (none on a tie)."""
    if merged:
        return merged[0].parent
    groups = [r.parent for r in extra]
    top = max(groups.count(g) for g in groups)
    return next(g for g in groups if groups.count(g) == top) if 2 * top > len(groups) else None


def _rows_sharing_out_an_item(rows: list[PlanItem], body: list[PlanItem], items: list[PlanItem]) -> set[str]:
    """round 93 (sets 27, 28, 51, 61): several rows of a task table share out one body item, each restating a part of
    it: a sentence ("Kiểm soát chi phí … minh bạch, khoa học. Đẩy nhanh tiến độ … các phương thức thanh toán …" over
    rows "Kiểm soát chi phí …" and "Xây dựng Nghị quyết về … phương thức thanh toán …"), a clause, or one of the
    things it lists ("… gồm: Hạ tầng bưu chính; hạ tầng giao thông; hạ tầng y tế; …" over one row per field, each with
    the department of that field). The item is split along the rows, one part per row (ref, ref[2], …), each with its
    row's owners, partners and timing unless the item names its own owner (then every row must name it too); the
    rows are notes of their parts. A row takes part in this when the item is the one it restates best among the
    body's task items (an assignment duty only when restated nearly word for word, never a remit: `_merge_into_body`'s
    choice) or is already merged with it; each row must restate a part of its own (a row of another table group
    clearly), or, for a listed item, a listed thing of its own: the parts then keep the item's whole text. An item no
    two rows so share out is left as it is: a row whose closest item another row restates whole stays a task."""
    claims = _rows_claiming(
        rows,
        body,
        LINK_FLOOR,
        lambda j, s: (
            body[j].kind == "task"
            and (body[j].category != "assignment" or s >= OWNED_LINK_SIM and not _REMIT.search(body[j].text))
        ),
    )
    by_ref = {i.ref: i for i in items}
    # the plan's order, by identity: `items.index` compared whole dataclasses field by field for every row sorted;
    # the parts inserted below go after their item and keep the order of the items already there
    at = {id(i): k for k, i in enumerate(items)}
    matched: set[str] = set()
    for j, extra in claims.items():
        item = body[j]
        merged = [
            r
            for ref in item.same_as
            if (r := by_ref.get(ref)) is not None and r.marker == "row" and r.same_as == [item.ref]
        ]
        if len(merged) != len(item.same_as) or item.ref.endswith("]"):
            continue  # an item merged with something else than one row of its own, or already a part
        # round 107: the pieces of one row cut at its sentences ("PL.2", "PL.2[2]") are one row, not two sharing it out
        seen = {without_repeat(r.ref) for r in merged}
        pieces = extra
        extra = []
        for r in pieces:
            if without_repeat(r.ref) not in seen:
                seen.add(without_repeat(r.ref))
                extra.append(r)
        mine = sorted(merged + extra, key=lambda r: at[id(r)])
        if len(mine) < 2:
            continue
        own = item.lead_source == "explicit" and bool(item.lead)
        if own and not all(_same_owner(r, item) for r in mine):
            continue
        home = _home_group(merged, extra)
        shared = _shared_out(item, mine, {k for k, r in enumerate(mine) if r.parent != home})
        if shared is None and merged and len(merged) + len(extra) > 2:
            # round 113 (set 65): for an item a row already restates (its group is the item's), a row of another
            # table group that restates no part of it clearly (its closest item only by a few words) takes no part
            # in sharing it out; the rows of the item's own group still may ("PL.III.58" merged with II.3.d,
            # "PL.III.57" restating its first work, "PL.V.108" of group V claiming it too)
            mine = [r for r in mine if r.parent == home or r in merged]
            others = {k for k, r in enumerate(mine) if r.parent != home}
            shared = _shared_out(item, mine, others) if len(mine) >= 2 else None
        if shared is None:
            continue
        label, texts = shared
        extra = [r for r in extra if r in mine]
        order = sorted(texts, key=lambda k: label.index(k))
        parts: list[PlanItem] = []
        for n, k in enumerate(order, 1):
            part = _part_of(item, n, texts[k])
            row = mine[k]
            row.kind, row.same_as, part.same_as = "note", [part.ref], [row.ref]
            _take_row(part, row, find_deadline(part.text))
            parts.append(part)
        matched |= {r.ref for r in extra}
        _insert_parts(item, parts, items, by_ref)
    return matched


def _shared_out(
    item: PlanItem, rows: list[PlanItem], others: set[int]
) -> tuple[list[int | None], dict[int, str]] | None:
    """How `rows` share out `item` (`_rows_sharing_out_an_item`): which row restates each unit, and each row's text
    (the item's whole text for a listed item); None unless every row restates a unit of its own."""
    listed = _listed(item.text)
    label = _share_out(listed, rows, others) if listed else None
    if label is not None:
        return label, {k: item.text for k in range(len(rows))}
    for units in _units(item.text):
        label = _share_out(units, rows, others) if len(units) >= len(rows) else None
        if label is not None:
            label = _run_on(label)
            return label, {
                k: " ".join(t for t, lab in zip(units, label, strict=True) if lab == k)
                for k in {lab for lab in label if lab is not None}
            }
    return None


def _rows_restating_left_parts(rows: list[PlanItem], body: list[PlanItem], items: list[PlanItem]) -> set[str]:
    """round 107: an item split along the rows restating its clauses (rounds 27 and 93) may keep parts no row took
    (the clauses before the first row's, standing alone), while the rows that restate those parts are still tasks:
    their closest item, read whole, was another one. Each such part is a body item in its own right: a row still a
    task and a part no row took are paired as `_merge_into_body` pairs a row and an item (each the other's best, all
    the body's items and parts rivals), the part taking the row's owners and timing."""
    left = [r for r in rows if r.kind == "task"]
    if not left:
        return set()
    rowed = {ref for r in items if r.marker == "row" for ref in r.same_as}
    members: dict[str, list[PlanItem]] = {}
    for i in items:
        if i.kind == "task" and i.marker != "row":
            members.setdefault(without_repeat(i.ref), []).append(i)
    parts = [
        p
        for group in members.values()
        if len(group) > 1 and any(p.ref in rowed for p in group)
        for p in group
        if p.ref not in rowed
    ]
    if not parts:
        return set()
    at = {id(i): k for k, i in enumerate(items)}
    known = {id(b) for b in body}
    whole = sorted([*body, *(p for p in parts if id(p) not in known)], key=lambda i: at.get(id(i), -1))
    part_ids = {id(p) for p in parts}
    targets = {k for k, b in enumerate(whole) if id(b) in part_ids}
    return _merge_into_body(left, whole, items, ROW_MATCH_THRESHOLD, targets)


def _row_shared_by_neighbours(body: list[PlanItem], items: list[PlanItem]) -> None:
    """round 27 (set 27): one row, two body items. A dash no row restates on its own whose closest row (by text) is
    the row already merged with the dash next to it under the same heading restates the two dashes in one: the
    dash takes that row's owners (unless it names its own) and timing too."""
    by_ref = {i.ref: i for i in items}
    taken = [i for i in items if i.marker == "row" and i.kind == "note" and len(i.same_as) == 1]
    free = [b for b in body if b.kind == "task" and not b.same_as and b.marker == "dash"]
    if not taken or not free:
        return
    sim = similarity([b.text for b in free], [r.text for r in taken])
    for i, item in enumerate(free):
        best = _best_above(sim[i], ROW_MATCH_THRESHOLD)
        if best is None:
            continue
        row = taken[best[1]]
        partner = by_ref.get(row.same_as[0])
        parent = by_ref.get(item.parent or "")
        if partner is None or parent is None or partner not in parent.children or item not in parent.children:
            continue
        if abs(parent.children.index(partner) - parent.children.index(item)) != 1:
            continue
        if item.lead and item.lead_source == "explicit" and not _same_owner(row, item):
            continue  # a dash naming another owner is not what the row restates
        item.same_as, row.same_as = [row.ref], [*row.same_as, item.ref]
        _take_row(item, row)


def _sub_rows_own_the_row(items: list[PlanItem]) -> None:
    """round 70 (set 28): a row that restates a body item but names no owner, partner or timing itself, over
    unnumbered rows that do ("6 | Đẩy mạnh phát triển nguồn nhân lực … | | |" / "| Thực hiện đặt hàng … | Bộ X | … |",
    or "- | Công trình giao thông | Bộ Y |" rows splitting it by kind): the rows under it are its parts, the item
    is done by their owners and takes their timing; they are no tasks of their own."""
    by_ref = {i.ref: i for i in items}
    for row in items:
        if row.marker != "row" or row.kind != "note" or len(row.same_as) != 1:
            continue
        if row.cells.keys() & {"lead", "coord", "time"}:
            continue
        item = by_ref.get(row.same_as[0])
        if item is None or item.marker == "row" or item.kind != "task":
            continue
        parts = [
            i
            for i in items
            if i.marker == "row"
            and i.parent == row.parent
            and i.kind == "task"
            and not i.same_as
            and re.fullmatch(re.escape(row.ref) + r"\[\d+\]", i.ref)
            and i.lead
        ]
        if not parts:
            continue
        if not (item.lead and item.lead_source == "explicit"):
            item.lead = list(dict.fromkeys(n for p in parts for n in p.lead))
            item.coordinators = list(dict.fromkeys(n for p in parts for n in p.coordinators))
            item.lead_source = "table"
        timed = next((p for p in parts if p.deadline.date or p.deadline.text), None)
        if timed is not None:
            item.deadline = _with_row_timing(item.deadline, timed.deadline)
        for part in parts:
            part.kind, part.same_as = "note", [item.ref]
        row.same_as = [item.ref]


def _row_restating_a_list(items: list[PlanItem]) -> None:
    """round 70 (set 28): one row restating every dash of one item. An item whose lead-in ends in ":" over dashes
    (the things it covers: "… ưu tiên nguồn lực vào các dự án trọng điểm:" / "- Dự án …" / "- Dự án …"), all of
    which one row restates in its single cell, is one task, the item itself: the row folds the lead-in and its list
    in one (as "(i) … (ii) …"), so the dashes are its parts, not tasks of their own. The item takes the row's
    owners (unless it names its own) and timing; the dashes become notes."""
    by_ref = {i.ref: i for i in items}
    for row in items:
        if row.marker != "row" or row.kind != "note" or len(row.same_as) < 2:
            continue
        dashes = [by_ref.get(ref) for ref in row.same_as]
        if any(d is None or d.marker != "dash" or d.kind != "task" for d in dashes):
            continue
        parent = by_ref.get(dashes[0].parent or "") if dashes[0] is not None else None
        if parent is None or parent.kind != "section" or not parent.text.rstrip().endswith(":"):
            continue
        tasks = [c for c in parent.children if c.kind == "task"]
        if {c.ref for c in tasks} != set(row.same_as) or any(c.children for c in tasks):
            continue
        parent.kind, parent.same_as, row.same_as = "task", [row.ref], [parent.ref]
        _take_row(parent, row, find_deadline(parent.text))
        for dash in tasks:
            dash.kind, dash.same_as = "note", []


def _row_restating_a_lead_in(items: list[PlanItem]) -> None:
    """round 112 (set 65): one row restating, word for word, the lead-in of an item over dashes ("đ) Sửa đổi Luật …
    để:" / "- Tháo gỡ …" / "- Đơn giản hóa …" and the row "Sửa đổi Luật … để (i) Tháo gỡ …; (ii) …"; "g) Bổ sung
    các chính sách … và hoàn thiện Luật … trình Quốc hội ban hành:" and the row saying that alone), when no row
    restates any of the dashes: the table lists the item as one task, so its dashes are what that work covers (the
    purposes, the contents of the law), not tasks of their own, as round 70 reads a row restating every dash. The
    item takes the row's owners and timing; the dashes become notes."""
    by_ref = {i.ref: i for i in items}
    claimed = {ref for i in items if i.marker == "row" for ref in i.same_as}
    heads = [
        i
        for i in items
        if i.kind == "section"
        and i.marker not in ("row", "dash")
        and i.text.rstrip().endswith(":")
        and i.children
        and all(c.marker == "dash" and c.kind == "task" and not c.children for c in i.children)
        and not {c.ref for c in i.children} & claimed
    ]
    if not heads:
        return
    keys = {h.ref: _title_key(h.text) for h in heads}
    for row in items:
        if row.marker != "row" or row.kind != "task" or row.same_as or not row.lead:
            continue
        said = f" {_title_key(row.text)} "
        found = [h for h in heads if len(keys[h.ref].split()) >= OPENING_WORDS and _says_whole(said, h.text)]
        if len(found) != 1 or found[0].same_as:
            continue
        head = by_ref[found[0].ref]
        head.kind, head.same_as = "task", [row.ref]
        row.kind, row.same_as = "note", [head.ref]
        _take_row(head, row, find_deadline(head.text))
        for dash in head.children:
            dash.kind, dash.same_as = "note", []


# a row's task cell that goes on to list its milestones: "…. Cụ thể: - Hằng năm từ quý IV/2026 …. - Từ quý IV/2027 …"
_MILESTONES = re.compile(r"(?:^|[.;:]\s+)Cụ\s+thể(?:\s+(?:là|như\s+sau))?\s*:\s*-\s+(?=\S)")
_MILESTONE_DASH = re.compile(cap(r"\s+-\s+(?=[A-ZĐÀ-Ỹ])"))


def _row_milestones(items: list[PlanItem]) -> list[PlanItem]:
    """round 27 (set 27): a task-table row whose task cell lists its milestones as dashes after "Cụ thể:" (the table
    has no rows below a row, so the dashes run on inside the cell) gives one task per milestone, ref <row>-1, -2, …,
    with the row's owners and partners and the milestone's own timing; the row keeps its whole period."""
    out: list[PlanItem] = []
    for item in items:
        out.append(item)
        if item.marker != "row" or item.kind not in ("task", "note") or not item.lead:
            continue
        m = _MILESTONES.search(item.text)
        if m is None:
            continue
        dashes = [d.strip() for d in _MILESTONE_DASH.split(item.text[m.end() :]) if d.strip()]
        if len(dashes) < 2:
            continue
        for k, dash in enumerate(dashes, 1):
            part = PlanItem(f"{item.ref}-{k}", item.ref, "task", dash, item.span, marker="dash")
            part.category = item.category
            part.lead, part.coordinators, part.lead_source = list(item.lead), list(item.coordinators), "table"
            part.deadline = find_deadline(dash)
            item.children.append(part)
            out.append(part)
    return out


def _merge_by_number(
    left: list[PlanItem], rows: list[PlanItem], body: list[PlanItem], items: list[PlanItem]
) -> set[str]:
    """round 20: a table that restates a section item for item numbers its rows as the section numbers its items
    (rows "1.a", "1.b", "2.a" … "5" for items "II.1.a" … "II.5"). When every row the texts matched sits at its own
    number under one section (two at least, half the rows), a row the texts left unmatched restates the
    unmatched item of its number there, however differently the table words it."""
    by_ref = {i.ref: i for i in items}
    prefixes: set[str] = set()
    pairs = 0
    for row in rows:
        if row.kind != "note" or len(row.same_as) != 1 or not row.title:
            continue
        item = by_ref.get(row.same_as[0])
        if item is None or not item.ref.endswith("." + row.title):
            return set()
        prefixes.add(item.ref[: -len(row.title)])
        pairs += 1
    if len(prefixes) != 1 or pairs < 2 or 2 * pairs < len(rows):
        return set()
    prefix = prefixes.pop()
    free = {b.ref: b for b in body if not b.same_as}
    matched: set[str] = set()
    for row in left:
        item = free.get(prefix + row.title) if row.title else None
        if item is None:
            continue
        matched.add(row.ref)
        row.kind, row.same_as, item.same_as = "note", [item.ref], [row.ref]
        _take_row(item, row)
    return matched


def _merge_by_group(
    left: list[PlanItem], rows: list[PlanItem], body: list[PlanItem], items: list[PlanItem]
) -> set[str]:
    """round 30 (set 30): a table whose numbered groups repeat the section's numbered headings (rows "3.1", "3.2" …
    under group "3" restating the items of III.3) restates the section group by group. When every row the texts
    matched sits in the group of its item's heading's number (two groups at least), a row left unmatched is
    matched among the unmatched items of its own group's heading, at GROUP_MATCH: the group narrows the choice
    as the number does in `_merge_by_number`. Within a group the pairs are chosen for the largest total
    similarity (a row's closest item may be the only fit of another row)."""
    by_ref = {i.ref: i for i in items}
    prefixes: set[str] = set()
    groups: set[str] = set()
    for row in rows:
        parts = row.ref.split(".")
        if row.kind != "note" or len(row.same_as) != 1 or len(parts) < 3:
            continue
        item = by_ref.get(row.same_as[0])
        heading = item.parent if item is not None else None
        if not heading or not heading.endswith("." + parts[-2]):
            return set()  # a row matched outside its group's heading: the groups are not the section's
        prefixes.add(heading[: -len(parts[-2])])
        groups.add(parts[-2])
    if len(prefixes) != 1 or len(groups) < 2:
        return set()
    prefix = prefixes.pop()
    matched: set[str] = set()
    by_group: dict[str, list[PlanItem]] = {}
    for row in left:
        parts = row.ref.split(".")
        if row.kind == "task" and len(parts) >= 3:
            by_group.setdefault(parts[-2], []).append(row)
    for number, mine in by_group.items():
        free = [b for b in body if b.parent == prefix + number and b.kind == "task" and not b.same_as]
        if not free:
            continue
        sim = similarity([r.text for r in mine], [b.text for b in free])
        for i, j in _heaviest_pairs(sim, GROUP_MATCH):
            row, item = mine[i], free[j]
            matched.add(row.ref)
            row.kind, row.same_as, item.same_as = "note", [item.ref], [row.ref]
            _take_row(item, row)
    return matched


def _heaviest_pairs(sim: Sparse, threshold: float, limit: int = 12) -> list[tuple[int, int]]:
    """One-to-one pairs (i, j) at `threshold` or more with the largest total similarity (exhaustive: a table
    group holds a few rows; past `limit` rows the greedy pairs of `best_pairs`)."""
    edges = [{j: s for j, s in row.items() if s >= threshold} for row in sim]
    if len(edges) > limit:
        return [(i, j) for i, j, _s in best_pairs(sim, threshold)]

    @cache
    def best(i: int, used: frozenset[int]) -> tuple[float, tuple[tuple[int, int], ...]]:
        if i == len(edges):
            return 0.0, ()
        top = best(i + 1, used)
        for j, s in edges[i].items():
            if j not in used:
                total, pairs = best(i + 1, used | {j})
                if total + s > top[0]:
                    top = (total + s, ((i, j), *pairs))
        return top

    return list(best(0, frozenset())[1])


def _section_title(item: PlanItem) -> str:
    """A body section's title: its heading, else its text (a title over a paragraph is the paragraph's heading)."""
    return item.heading or (item.text if item.kind == "section" else "")


def _groups_restating_sections(rows: list[PlanItem], items: list[PlanItem]) -> dict[str, str]:
    """round 88: a task table whose group rows restate the titles of the body's sections ("II | Hoàn thiện thể chế; …"
    over the body's "2. Hoàn thiện thể chế, chức năng …") follows the body's outline: a row under such a group
    restates the items of that section, not those of another one the table also restates. Group ref -> section ref,
    for the groups whose title is that of one body section (GROUP_TITLE_SIM), each section claimed by one group;
    empty unless two groups or more are so placed."""
    by_ref = {i.ref: i for i in items}
    groups: list[PlanItem] = []
    for row in rows:
        group = by_ref.get(row.parent or "")
        if group is not None and group.marker != "appendix" and group not in groups and group.text.strip():
            groups.append(group)
    if len(groups) < 2:
        return {}
    inside: set[str] = set()
    for item in items:
        if item.marker == "appendix" or (item.parent or "") in inside:
            inside.add(item.ref)
    sections = [
        i
        for i in items
        if i.ref not in inside
        and i.category != "assignment"
        and _section_title(i).strip()
        and (i.kind == "section" or not i.children)
    ]
    if not sections:
        return {}
    sim = similarity([g.text for g in groups], [_section_title(s) for s in sections])
    claims: dict[str, list[str]] = {}
    for k, group in enumerate(groups):
        best = _best_above(sim[k], GROUP_TITLE_SIM)
        if best is not None:
            claims.setdefault(sections[best[1]].ref, []).append(group.ref)
    outline = {groups_[0]: ref for ref, groups_ in claims.items() if len(groups_) == 1}
    return outline if len(outline) >= 2 else {}


def _heading_of_bodies(item: PlanItem) -> bool:
    """round 88: a heading that names the bodies doing the work under it ("a) Các bộ, cơ quan ngang bộ, Ủy ban nhân
    dân các tỉnh …"), not what the work is about: the items under it take its bodies as their owners (a field's
    title that reads as a body's name, "i) Doanh nghiệp số", gives its items none)."""
    if item.kind != "section":
        return False
    named = {agency_key(n) for n in heading_agencies(item.heading or item.text)}
    return bool(named) and any(
        c.lead_source == "explicit" and named & {agency_key(n) for n in c.lead} for c in item.children
    )


def _outline_apart(rows: list[PlanItem], body: list[PlanItem], items: list[PlanItem]) -> set[tuple[int, int]]:
    """round 88: the (row, item) pairs a table that follows the body's outline keeps apart: a row under a group
    restating one body section and an item under a sibling section another group restates."""
    outline = _groups_restating_sections(rows, items)
    if not outline:
        return set()
    by_ref = {i.ref: i for i in items}
    section_of: dict[str, str] = {}
    for ref in outline.values():
        for d in descendants(by_ref[ref]):
            section_of[d.ref] = ref
    apart: set[tuple[int, int]] = set()
    for i, row in enumerate(rows):
        own = outline.get(row.parent or "")
        if own is None:
            continue
        for j, item in enumerate(body):
            other = section_of.get(item.ref)
            if other is not None and other != own and by_ref[other].parent == by_ref[own].parent:
                apart.add((i, j))
    return apart


# a duty handing its body the plan's tasks ("… triển khai / thực hiện các nhiệm vụ …"): a remit, restated by no one row
_REMIT = re.compile(r"(?:triển\s+khai|thực\s+hiện)\s+(?:các|những)\s+nhiệm\s+vụ(?![\wÀ-ỹ])", re.I)


# round 92: a row that is word for word the opening of a body item, this many words or more, restates that item, however
# much further the item goes (an appendix row often keeps only the first words of the item it restates)
OPENING_WORDS = 6


def _opens_item(mine: list[str], theirs: list[str]) -> bool:
    """round 92: the row's words are the first words of the item, the item saying more after them (a row that is the
    whole item already scores 1.0), and they are at least `OPENING_WORDS`: a cut of the item, which a cosine of the
    two weighs low when the cut leaves out the words that tell the item apart. Both are `_title_key` words, split
    once per text by the caller, which compares many pairs."""
    return OPENING_WORDS <= len(mine) < len(theirs) and theirs[: len(mine)] == mine


# round 97: the share of a row's words (its owner named as the subject aside) its last words said word for word by one
# item must reach to restate it: less, and the run is the plan's topic ("… trong các khu công nghệ cao, khu công nghiệp")
TAIL_SHARE = 0.5


def _tail_runs(rows: list[str], body: list[str]) -> list[dict[int, int]]:
    """round 97: for each row, the body items that say the row's last words word for word (`_title_key` words), and
    how many of them each says in one run ending with the row's last word, when that is `OPENING_WORDS` or more. Only
    the items' runs of that many words that end a row are indexed, so a row is compared only where its run could
    start."""
    width = OPENING_WORDS
    mines = [_title_key(r).split() for r in rows]
    ends = {tuple(m[-width:]) for m in mines if len(m) >= width}
    keys = [_title_key(b).split() for b in body]
    index: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for j, words in enumerate(keys):
        for q in range(len(words) - width + 1):
            gram = tuple(words[q : q + width])
            if gram in ends:
                index.setdefault(gram, []).append((j, q))
    out: list[dict[int, int]] = []
    for mine in mines:
        runs: dict[int, int] = {}
        if len(mine) >= width:
            for j, q in index.get(tuple(mine[-width:]), ()):
                theirs, n = keys[j], width
                while n < len(mine) and q - (n - width) > 0 and mine[-n - 1] == theirs[q - (n - width) - 1]:
                    n += 1
                runs[j] = max(runs.get(j, 0), n)
        out.append(runs)
    return out


def _row_words(row: PlanItem) -> list[str]:
    """A row's task words (`_title_key`), without its owner when the cell opens with the name its owner column gives
    ("Bộ Công an xây dựng …" under "Bộ Công an"): who does the work is no part of what the work is."""
    words = _title_key(row.text).split()
    for name in row.lead:
        owner = _title_key(name).split()
        if owner and words[: len(owner)] == owner and len(words) > len(owner):
            return words[len(owner) :]
    return words


def _says_row_tail(row: PlanItem, runs: dict[int, int]) -> int | None:
    """round 97: the one item that says the row's last words word for word, `TAIL_SHARE` of the row's words
    (`_row_words`) at least: a row restates its item in the item's own words while it opens its own way (another
    verb, the item's verbs left out, the product or the owner named first) or says a later clause of it. None when
    no item does, or when two say as many (words several items share name a topic, not one of them)."""
    if not runs:
        return None
    longest = max(runs.values())
    best = [j for j, n in runs.items() if n == longest]
    if len(best) != 1 or longest < TAIL_SHARE * len(_row_words(row)):
        return None
    return best[0]


def _longest_run(mine: list[str], theirs: list[str]) -> int:
    """The most words two texts say in one run, word for word, when `OPENING_WORDS` or more (else 0)."""
    width = OPENING_WORDS
    starts: dict[tuple[str, ...], list[int]] = {}
    for q in range(len(theirs) - width + 1):
        starts.setdefault(tuple(theirs[q : q + width]), []).append(q)
    best = 0
    for p in range(len(mine) - width + 1):
        for q in starts.get(tuple(mine[p : p + width]), ()):
            n = width
            while p + n < len(mine) and q + n < len(theirs) and mine[p + n] == theirs[q + n]:
                n += 1
            best = max(best, n)
    return best


def _tail_restatements(
    rows: list[PlanItem], body: list[PlanItem], closest: list[int | None]
) -> dict[int, tuple[int, bool]]:
    """round 97: row -> the item it restates by its last words (`_says_row_tail`), and whether the item says the whole
    row word for word (a later clause of the item, as round 92 reads its opening). Not an item that another row whose
    closest item it is (`closest`: each row's, by the texts) says `OPENING_WORDS` words of word for word: the item
    is shared out over several rows, each restating a part (rounds 86, 93). Nor one that names an owner of its own
    the row does not (the row is another body's part of it)."""
    runs = _tail_runs([r.text for r in rows], [b.text for b in body])
    found = {i: j for i in range(len(rows)) if (j := _says_row_tail(rows[i], runs[i])) is not None}
    out: dict[int, tuple[int, bool]] = {}
    for i, j in found.items():
        item = body[j]
        if item.lead and item.lead_source == "explicit" and not _same_owner(rows[i], item):
            continue
        theirs = _title_key(item.text).split()
        if any(
            k != i and closest[k] == j and _longest_run(_title_key(rows[k].text).split(), theirs)
            for k in range(len(rows))
        ):
            continue
        out[i] = (j, runs[i][j] == len(_title_key(rows[i].text).split()))
    return out


def _merge_into_body(
    rows: list[PlanItem],
    body: list[PlanItem],
    items: list[PlanItem],
    threshold: float,
    targets: set[int] | None = None,
) -> set[str]:
    """One-to-one matches (row -> body item); the row becomes a note, the item takes its owner and deadline.

    Matching uses the texts and, with a smaller weight, the row's group heading against the item's heading
    (only for pairs whose texts share a term: the heading alone cannot reach the threshold). An
    assignment-section responsibility only matches a row it restates nearly word for word (OWNED_LINK_SIM), and
    a duty that hands its body the plan's tasks of a field ("Chủ trì, phối hợp triển khai các nhiệm vụ … trong
    lĩnh vực … của Kế hoạch", `_REMIT`) none: a row so close to it is that body's own task under it.

    round 86 (set 61): a row and an item are paired as a reader pairs them, each the other's best match (the
    item the row restates best, among the body's task items and the duties it restates nearly word for word,
    and the row that restates that item best), not the best still free above the floor: a row whose closest
    item another row restates better (one item shared out over several rows) or whose closest is a duty does not
    fall back on a neighbouring item it only shares the topic's words with; it stays a task of its own.

    round 88 (sets 51, 61): a table whose groups restate the body's sections keeps a row from the items of a sibling
    section (`_outline_apart`), and an agency heading over an item is no topic to weigh against the row's group.

    round 107: with `targets`, only the items of those indexes in `body` are paired; the others still rival them.
    """
    if not rows or not body:
        return set()
    by_ref = {i.ref: i for i in items}

    def context(item: PlanItem) -> str:
        parent = by_ref.get(item.parent or "")
        # round 88: an agency heading over the item ("a) Các bộ, cơ quan ngang bộ, …") says who does it, not what it
        # is about: the heading above it does ("2. Hoàn thiện thể chế, …"), as the row's group restates
        while parent is not None and parent.marker not in (*PARTS, "appendix") and _heading_of_bodies(parent):
            parent = by_ref.get(parent.parent or "")
        return (parent.heading or parent.text) if parent and parent.marker not in (*PARTS, "appendix") else ""

    text_sim = similarity([r.text for r in rows], [b.text for b in body])
    # round 92: a row that is an item's opening, word for word, restates the item
    row_words = [_title_key(r.text).split() for r in rows]
    body_words = [_title_key(b.text).split() for b in body]
    for i, scores in enumerate(text_sim):
        for j in scores:
            if _opens_item(row_words[i], body_words[j]):
                scores[j] = 1.0
    # round 97: a row whose last words, `TAIL_SHARE` of it or more, one task item says word for word restates that
    # item clearly, however it opens, and as surely as round 92's opening when the item says the whole row (a later
    # clause of it): `_tail_restatements`. The cosine of the two, weighed down by the words the row's opening adds or
    # leaves out, says less than the run of words they share
    tasks = [j for j, b in enumerate(body) if b.category != "assignment"]
    at = {j: k for k, j in enumerate(tasks)}
    closest = [at.get(max(s, key=s.__getitem__)) if s else None for s in text_sim]
    for i, (k, whole) in _tail_restatements(rows, [body[j] for j in tasks], closest).items():
        text_sim[i][tasks[k]] = max(text_sim[i].get(tasks[k], 0.0), 1.0 if whole else CLEAR_RESTATEMENT)
    # round 88: a row of a group that restates a body section restates nothing under a sibling section the table
    # restates too (rows may still be read against everything, to find what they restate best). Round 113 (set 65):
    # but a row that says the item word for word (WORD_FOR_WORD: its words, its opening, or its tail the item's)
    # restates it wherever the table files it ("VII | … / 139 | Xây dựng và đẩy mạnh quảng bá thương hiệu quốc gia
    # về đổi mới sáng tạo" over the body's "1. …" / "d) Xây dựng và đẩy mạnh quảng bá thương hiệu quốc gia …"): the
    # outline keeps apart rows that share a section's words, not one that repeats an item
    apart = _outline_apart(rows, body, items)
    allowed = [
        {j: t for j, t in row.items() if (i, j) not in apart or t >= WORD_FOR_WORD}
        for i, row in enumerate(text_sim)
    ]
    row_ctx, body_ctx = [context(r) for r in rows], [context(b) for b in body]
    model = TfIdf(row_ctx + body_ctx)
    vectors: dict[str, Vector] = {}

    def vec(s: str) -> Vector:
        if s not in vectors:
            vectors[s] = model.vector(s)
        return vectors[s]

    # a row kept apart from an item still rivals its own row when it says the item clearly (one item the table shares
    # out over rows of two groups); a weaker likeness across groups is the words of a shared topic
    rivals = _rivals(
        [
            {j: t for j, t in row.items() if (i, j) not in apart or t >= CLEAR_RESTATEMENT}
            for i, row in enumerate(text_sim)
        ]
    )
    # rows of one group share their heading, so a pair of contexts is weighed once (cosine is a pure function of it)
    context_sim: dict[tuple[str, str], float] = {}

    def context_cosine(a: str, b: str) -> float:
        found = context_sim.get((a, b))
        if found is None:
            found = context_sim[(a, b)] = cosine(vec(a), vec(b))
        return found

    # round 28: a row of a table without group rows has no heading to weigh against the item's: its text alone
    # says whether it restates the item (an empty heading used to cost every such pair a quarter of its match)
    # a pair whose text is too far to reach the threshold even with identical headings is not weighed at all
    # (best_pairs keeps only pairs at the threshold; 1.001 bounds a cosine of unit vectors and its rounding)
    reachable = (threshold - CONTEXT_WEIGHT * 1.001) / (1 - CONTEXT_WEIGHT)
    sim = [
        {
            j: (1 - CONTEXT_WEIGHT) * t + CONTEXT_WEIGHT * context_cosine(row_ctx[i], body_ctx[j])
            if row_ctx[i]
            else t
            for j, t in row.items()
            if t >= (reachable if row_ctx[i] else threshold)
            and (body[j].category != "assignment" or t >= OWNED_LINK_SIM and not _REMIT.search(body[j].text))
            and (t >= CLEAR_RESTATEMENT or t >= LINK_MARGIN * _runner_up_of(rivals, j, i))
        }
        for i, row in enumerate(allowed)
    ]
    # every item a row may restate, a remit among them (it may be a row's best match, never its pair)
    score = [
        {
            j: (1 - CONTEXT_WEIGHT) * t + CONTEXT_WEIGHT * context_cosine(row_ctx[i], body_ctx[j])
            if row_ctx[i]
            else t
            for j, t in row.items()
            if body[j].category != "assignment" or t >= OWNED_LINK_SIM
        }
        for i, row in enumerate(text_sim)
    ]
    row_best = {i: max((s, j) for j, s in scores.items())[1] for i, scores in enumerate(score) if scores}
    item_best: dict[int, tuple[float, int]] = {}
    for i, scores in enumerate(score):
        for j, s in scores.items():
            if j not in item_best or s > item_best[j][0]:
                item_best[j] = (s, i)
    matched: set[str] = set()
    for i, eligible in enumerate(sim):
        best = row_best.get(i)
        if best is None or eligible.get(best, 0.0) < threshold or item_best[best][1] != i:
            continue
        if targets is not None and best not in targets:
            continue
        row, item = rows[i], body[best]
        matched.add(row.ref)
        row.kind, row.same_as, item.same_as = "note", [item.ref], [row.ref]
        _take_row(item, row)
    return matched


def _take_row(item: PlanItem, row: PlanItem, own: Deadline | None = None) -> None:
    """The item a table row restates is done by the row's owners unless it names its own (then it keeps them and,
    when the row names the same owner, takes the row's partners it lacks), on the row's timing over `own` (the
    item's deadline unless given): the one rule behind every way a row is matched to an item."""
    if not item.lead or item.lead_source != "explicit" or _row_narrows(row, item):
        item.lead, item.coordinators, item.lead_source = list(row.lead), list(row.coordinators), "table"
    elif not item.coordinators and agency_key(" ".join(item.lead)) == agency_key(" ".join(row.lead)):
        item.coordinators = list(row.coordinators)
    item.deadline = _with_row_timing(item.deadline if own is None else own, row.deadline)


def _row_narrows(row: PlanItem, item: PlanItem) -> bool:
    """round 88: an item owned only by the heading above it ("a) Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh …"
    over "- Tiếp tục nghiên cứu …") whose row names some of those bodies only ("Các bộ, cơ quan ngang bộ") is done by
    the bodies the row names: the table says which of the heading's bodies the work falls to. An item whose own
    sentence or label names its owner ("Bộ Tài chính chủ trì …", "Trách nhiệm thực hiện: …") keeps it."""
    mine = {agency_key(n) for n in item.lead}
    named = {agency_key(n) for n in row.lead}
    if not named or not named < mine or item.cells.keys() & {"lead", "owner", "advise"}:
        return False
    found = item_owners(item.text, "", [])
    return not (found is not None and found[1] == "subject" and found[0].lead)


def _with_row_timing(own: Deadline, row: Deadline) -> Deadline:
    """The row's time column is the plan's schedule for the task: it fills what the body sentence leaves
    open. A body that only says "định kỳ" or "thường xuyên" takes the row's timing whole; one with a date but
    no period of recurrence takes the row's recurrence ("Hằng năm") beside its own date."""
    if own.empty or (own.date is None and own.recurrence is None and (row.date or row.recurrence)):
        return row
    if own.recurrence is None and row.recurrence:
        return replace(own, recurrence=row.recurrence, anchors=list(row.anchors))
    if own.date is None and own.recurrence and row.date and row.period and row.period[0] != row.period[1]:
        span = (row.period[1] - row.period[0]).days
        if span < 2 * _CYCLE_DAYS.get(own.recurrence, 0) and not row.recurrence:
            # round 117: a row of "6/2025" or "Quý II/2025" holds no second turn of the body's "hằng năm" ("… kế
            # hoạch công tác hằng năm của cơ quan"): the cycle was the words of a thing the task names, and the
            # row's timing is the task's
            return row
        # round 15: "Kinh phí … bố trí … hàng năm" restated by a row of "Năm 2025-2030": the row's period bounds
        # the cycle, the task is due at its end
        return replace(own, date=row.date, period=row.period)
    return own


_CYCLE_DAYS = {"yearly": 365, "half-yearly": 182, "quarterly": 91, "monthly": 30}


def _rivals(sim: Sparse) -> dict[int, tuple[float, int, float]]:
    """For each body item j: its best similarity to a row, that row (the later row on a tie, as the highest (s, i)
    pair) and the second best (0.0 when one row only reaches j); see `_runner_up_of`. One pass, no sorting nor a
    table of every pair: a large task table met every body item."""
    best: dict[int, tuple[float, int]] = {}
    second: dict[int, float] = {}
    for i, row in enumerate(sim):
        for j, s in row.items():
            top = best.get(j)
            if top is None:
                best[j] = (s, i)
            elif s >= top[0]:  # rows come in order: an equal similarity of a later row is the higher pair
                best[j] = (s, i)
                second[j] = top[0]
            elif j not in second or s > second[j]:
                second[j] = s
    return {j: (s, i, second.get(j, 0.0)) for j, (s, i) in best.items()}


def _runner_up_of(rivals: dict[int, tuple[float, int, float]], j: int, i: int) -> float:
    """The best similarity of body item j to a row other than row i (i reaches j)."""
    best, row, second = rivals[j]
    return second if i == row else best


def _table_is_task_list(items: list[PlanItem]) -> bool:
    """The plan's task section has no items of its own and points to the appendix ("chi tiết tại Phụ lục")."""
    for item in items:
        if item.parent is None and item.marker in TOP and item.category == "tasks":
            own = [c for c in item.children if c.kind in ("task", "section")]
            said = " ".join([item.text, item.heading] + [c.text for c in item.children])
            if not own and re.search(r"phụ\s+lục", said, re.I):
                return True
    return False


def _fold_into_rows(rows: list[PlanItem], body: list[PlanItem]) -> None:
    """Responsibilities that restate a row of the task list (same agency, similar text) fold into it; a
    responsibility may restate several rows."""
    sim = similarity([r.text for r in rows], [b.text for b in body])
    for i, row in enumerate(rows):
        owner = [agency_key(n) for n in row.lead]
        for j, s in sorted(sim[i].items(), key=lambda kv: -kv[1]):
            item = body[j]
            if s < ROW_MATCH_THRESHOLD:
                break
            mine = [agency_key(n) for n in item.lead]
            if any(a == b or a in b or b in a for a in owner for b in mine):
                item.kind = "note"
                item.same_as.append(row.ref)
                row.same_as.append(item.ref)
                break


# round 79 (set 56): the title of an appendix that hands out work ("NHIỆM VỤ CỦA CÁC BỘ, NGÀNH …", "DANH MỤC CÁC NHIỆM
# VỤ …"), after its "Phụ lục II" label
_APPENDIX_LABEL = re.compile(r"^\s*Phụ\s+lục(?:\s+(?:số\s+)?[IVXLC\d]+)?[.:\-–\s]*", re.I)
_TASKS_APPENDIX = re.compile(
    r"^(?:DANH\s+MỤC\s+)?(?:CÁC\s+)?(?:NHIỆM\s+VỤ|CÔNG\s+VIỆC)(?![\wÀ-ỹ])(?!\s*,?\s*QUYỀN\s+HẠN)", re.I
)


def _appendices_beside_the_tasks(items: list[PlanItem]) -> None:
    """round 79 (set 56): a decision with several appendices, one titled as the work it hands out ("Phụ lục I NHIỆM VỤ
    CỦA CÁC BỘ, NGÀNH …"), keeps the work there: the others, titled as something else (the technical content of an
    investment, the charter of a body it sets up, figures), describe or rule, and their sentences are no tasks."""
    roots = [i for i in items if i.marker == "appendix"]
    if len(roots) < 2:
        return
    titled = {
        r.ref: bool(_TASKS_APPENDIX.match(_APPENDIX_LABEL.sub("", r.text).strip()))
        or bool(r.heading and _TASKS_APPENDIX.match(_APPENDIX_LABEL.sub("", r.heading).strip()))
        for r in roots
    }
    if not any(titled.values()) or all(titled.values()):
        return
    root: str | None = None  # the appendix an item stands in: the last one opened before it (an appendix that
    for item in items:  # numbers afresh with the body's own style is cited "I[2]", out of its root's refs)
        if item.marker == "appendix":
            root = item.ref
        elif root is not None and not titled[root] and item.kind == "task":
            item.kind = "note"


def _roadmap(items: list[PlanItem]) -> None:
    """A roadmap section (LỘ TRÌNH) lists phases; where a task table carries the tasks, its bullets are
    phasing, not tasks of their own."""
    if not any(i.marker == "row" and i.kind == "task" for i in items):
        return
    for item in items:
        if item.category == "roadmap" and item.kind == "task":
            item.kind = "note"


def _strip_owners(item: PlanItem) -> str:
    """A responsibility's own agency names say who, not what: leave them out of the similarity."""
    text = item.text
    for name in item.lead + item.coordinators:
        text = text.replace(name, " ")
    return text


def _segments(items: list[PlanItem]) -> list[list[PlanItem]]:
    """Runs of body items under one numbering: a top-level numeral that does not go up starts a new plan
    (several plans in one file). Appendix items stay with the run before them."""
    out: list[list[PlanItem]] = [[]]
    last = 0
    for item in items:
        if item.parent is None and item.marker in TOP:
            n = _numeral(item.ref)
            if n <= last and out[-1]:
                out.append([])
            last = n
        out[-1].append(item)
    return out


def _linked_siblings(items: list[PlanItem]) -> None:
    """Bullets under one content heading (not a part of the plan, "I.", "Phần") are one agency's share: where the assignment section carries some of
    them out (linked, `_link_section_iii`) and every one so linked goes to the same owner, the siblings no
    responsibility carries out take that owner too (they share too few words with its duty to link alone). Only
    a named agency (not a catch-all "Các tổ chức thành viên"), and only when the linked bullets are at least as many
    as the unowned ones or one of them is a sure link (SIBLING_LINK_CONFIDENCE: a restatement with no rival owner);
    a group where a bullet names its own owner is left alone."""
    by_ref = {i.ref: i for i in items}
    groups: dict[str, list[PlanItem]] = {}
    for item in items:
        parent = by_ref.get(item.parent) if item.parent else None
        if (
            parent is not None
            and parent.marker not in (*PARTS, "appendix")  # a part of the plan is no one's share
            and item.kind == "task"
            and item.category != "assignment"
            and item.marker != "row"
        ):
            groups.setdefault(parent.ref, []).append(item)
    for group in groups.values():
        # round 28: a bullet a table row restates owns by its row, as a linked one by its responsibility (the
        # assignment section must carry out one bullet at least: rows alone do not share out a group)
        linked = [i for i in group if i.lead and i.lead_source in ("section_III", "table")]
        unowned = [i for i in group if not i.lead]
        if not unowned or not any(i.lead_source == "section_III" for i in linked):
            continue
        if any(i.lead and i.lead_source not in ("section_III", "table") for i in group):
            continue
        owners = {tuple(sorted(agency_key(n) for n in i.lead)) for i in linked}
        if len(owners) != 1 or not all(_specific(n) for n in linked[0].lead):
            continue
        sureness = [i.confidence or 0.0 if i.lead_source == "section_III" else 1.0 for i in linked]
        if len(linked) < len(unowned) and max(sureness) < SIBLING_LINK_CONFIDENCE:
            continue
        sure = min(sureness)
        for item in unowned:
            item.lead = list(linked[0].lead)
            item.lead_source, item.confidence = "section_III", round(0.8 * sure, 3)


@lru_cache(maxsize=4096)  # pure
def _numeral(ref: str) -> int:
    ref = without_repeat(ref)
    if len(ref) == 1 and ref in PART_LETTERS:
        return PART_LETTERS.index(ref) + 1  # a lettered part: A, B, C … go up as numerals do
    m = re.search(r"\d+", ref)
    if m:
        return int(m.group(0))
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for k, ch in enumerate(ref):
        v = values.get(ch, 0)
        total += -v if k + 1 < len(ref) and values.get(ref[k + 1], 0) > v else v
    return total


def _link_section_iii(items: list[PlanItem], topic: str, broad: frozenset[str] = frozenset()) -> None:
    """Tasks are carried out by assignment-section responsibilities of the same plan (see `_links`); a task whose
    owner only a pointer at a whole part of the plan gives (`broad`) takes the owner of a duty that restates it."""
    for segment in _segments(items):
        _link_segment(segment, topic, broad)


RESTATED_SIM = 0.35  # a duty this close to a task restates it (as SUMMARY_SIM)
AGENCY_SECTION_SHARE = 0.8  # of a task section's numbered items that name a body, for it to hand out work


def _agency_task_sections(items: list[PlanItem]) -> None:
    """A task section after an owner-less one whose numbered items are each headed by a body ("IV. NHIỆM VỤ CỤ
    THỂ" over "1. Sở X", "2. Sở Y", …, after "III. NHIỆM VỤ VÀ GIẢI PHÁP" whose dashes name no one) hands the
    plan's work out by agency, as "TỔ CHỨC THỰC HIỆN" does: it is the assignment section, whose duties give the
    owner-less items theirs. Its own items stay tasks."""
    for segment in _segments(items):
        tops = [i for i in segment if i.parent is None and i.marker in TOP and i.kind == "section"]
        by_ref = {i.ref: i for i in segment}
        ownerless = False
        for top in tops:
            if top.category != "tasks":
                continue
            tasks = [i for i in segment if i.kind == "task" and i.marker != "row" and _under(i, top, by_ref)]
            heads = [c for c in top.children if c.marker in NUMBERED]
            named = [c for c in heads if heading_agencies(c.heading or c.text)]
            if ownerless and len(heads) >= 3 and len(named) >= AGENCY_SECTION_SHARE * len(heads):
                for i in segment:
                    if i is top or _under(i, top, by_ref):
                        i.category = "assignment"
                continue
            if len(tasks) >= 3 and sum(not t.lead for t in tasks) * 3 >= 2 * len(tasks):
                ownerless = True


def _link_segment(items: list[PlanItem], topic: str, broad: frozenset[str] = frozenset()) -> None:
    """Unowned tasks take their owner from the assignment-section responsibilities that carry them out (and
    from task-table rows too loose to be merged with them, `_merge_rows`, which name who does the work).

    A responsibility carries out a task when it is the task's clear best match or the task is its clear
    best match (above a floor, and ahead of the runner-up by a margin). A task that names its own owner is
    only linked to responsibilities of (or over) that owner, or to a near restatement. Each linked
    responsibility weighs on the task by its similarity, however many other tasks it also carries out (round 13:
    weighing a broad duty less on each of its tasks gave an agency's share to another's single near duty).
    """
    # the plan's closing paragraph (a report on the whole plan) carries out no task of its own
    sources = [
        i
        for i in items
        if i.kind == "task"
        and i.lead
        and (i.category == "assignment" and i.marker != "row" or i.marker == "row")
        and not i.ref.endswith("[closing]")
    ]
    targets = [i for i in items if i.kind == "task" and i.category != "assignment" and i.marker != "row"]
    if not sources or not targets:
        return
    duties = [_strip_owners(s) for s in sources]
    sim = similarity([t.text for t in targets], duties, topic)
    _heading_context(sim, targets, duties, items, topic)
    # round 25b: tasks under one heading share their owner, so a responsibility is asked about the same owner for
    # each of them; `_serves` is pure and the responsibilities do not change here, so its answer is kept per pair
    served: dict[tuple[int, tuple[str, ...]], bool] = {}

    def serves(j: int, lead: list[str]) -> bool:
        key = (j, tuple(lead))
        found = served.get(key)
        if found is None:
            found = served[key] = _serves(sources[j], lead)
        return found

    for ti, target in enumerate(targets):
        if target.lead and target.ref not in broad:
            sim[ti] = {j: s for j, s in sim[ti].items() if s >= OWNED_LINK_SIM or serves(j, target.lead)}
    links = _links(sim, sources)
    scheme_lead = _scheme_lead(items)
    scheme = _scheme_tasks(items) if scheme_lead else set()
    if scheme_lead is None and _coordinating_agency(items) is None:
        links += _weak_links(sim, sources, targets, {ti for ti, _j in links})
    for ti, j in links:
        sources[j].implements.append(targets[ti].ref)
    by_target: dict[int, list[int]] = {}
    for ti, j in links:
        by_target.setdefault(ti, []).append(j)
    for ti, js in by_target.items():
        target = targets[ti]
        js = js + _own_best(sim[ti], js)
        if target.ref in scheme and not target.lead:
            js = [j for j in js if _restates_scheme_task(sources[j], sim[ti][j], scheme_lead)]
            if not js:
                continue  # the scheme's lead owns it (below)
        if target.ref in broad and max(sim[ti][j] for j in js) < RESTATED_SIM:
            continue  # a duty that only shares words with it does not narrow what the pointer gives
        if not target.lead or target.ref in broad:
            mine = [(sources[j], sim[ti][j], sim[ti][j]) for j in js]
            _owner_from_links(target, mine, scheme_lead)
    # round 84: the scheme's owner-less items no other body's duty restates are its lead's, named by the article
    for target in targets:
        if target.ref in scheme and not target.lead and scheme_lead:
            target.lead, target.lead_source = [scheme_lead], "section_III"
            target.confidence = SCHEME_LEAD_CONFIDENCE


def _funds_points(items: list[PlanItem]) -> None:
    """round 87: the points under a lead-in on the plan's money (`tree.funds_points`: "Nguồn vốn thực hiện Đề án bao
    gồm …, để thực hiện các công việc:" over "- Đầu tư xây dựng công trình …") say what it comes from or pays for: no
    tasks. Read after the rows and duties are paired with the items they restate, so that a row restating such a point
    stays that point's and gives its body to no other item."""
    for item in items:
        for d in funds_points(item):
            if d.kind == "task":
                d.kind, d.category, d.lead, d.coordinators, d.lead_source = "note", "funding", [], [], None


HEADING_WEIGHT = (
    0.25  # of a heading's similarity in the match of a task that alone shares only incidental words
)
# "Lãnh đạo, chỉ đạo thực hiện": a heading on leading and directing names no field of work
_LEADING_WORDS = re.compile(r"(?<![\wÀ-ỹ])(?:lãnh|chỉ)\s+đạo(?![\wÀ-ỹ])", re.I)


def _heading_context(
    sim: Sparse, targets: list[PlanItem], duties: list[str], items: list[PlanItem], topic: str
) -> None:
    """round 25: a task whose own words match no responsibility above LINK_FLOOR ("Phổ cập các công cụ … duyệt web an
    toàn, tránh tin nhắn rác" under "6. An toàn thông tin mạng và an ninh mạng") is matched with its content heading
    too (HEADING_WEIGHT): the heading names the field the agency's duty names ("bảo đảm an ninh an toàn thông tin
    mạng"). A part of the plan ("III. NHIỆM VỤ, GIẢI PHÁP") is no such heading; a task its own words link stays as
    it is."""
    by_ref = {i.ref: i for i in items}
    heads: dict[int, str] = {}
    for ti, target in enumerate(targets):
        parent = by_ref.get(target.parent) if target.parent else None
        if parent is None or parent.kind != "section" or parent.marker in ("roman", "part", "appendix"):
            continue
        if max(sim[ti].values(), default=0.0) >= LINK_FLOOR:
            continue
        head = _LEADING_WORDS.sub(" ", parent.heading or parent.text)
        if tokens(head):
            heads[ti] = head
    if not heads:
        return
    order = sorted(heads)
    head_sim = similarity([heads[ti] for ti in order], duties, topic)
    for k, ti in enumerate(order):
        own, ctx = sim[ti], head_sim[k]
        sim[ti] = {
            j: (1 - HEADING_WEIGHT) * own.get(j, 0.0) + HEADING_WEIGHT * ctx.get(j, 0.0)
            for j in set(own) | set(ctx)
        }


def _own_best(row: dict[int, float], linked: list[int]) -> list[int]:
    """round 25: a linked task's own best match weighs on its owner too, when it reaches LINK_FLOOR. A duty links to
    the task it matches best (`_links`), so a task may be linked only to a duty whose best it is while its own
    nearest duty, too close to a rival to link alone, is of another agency ("Tăng cường quản lý nhà nước … kiểm tra
    các cơ sở kinh doanh dịch vụ có điều kiện về an ninh, trật tự" nearest the police's duty, yet linked only to the
    trade department's): that nearest duty is heard as well."""
    if not row:
        return []
    best = max(row, key=lambda k: (row[k], -k))
    return [best] if row[best] >= LINK_FLOOR and best not in linked else []


def _links(sim: Sparse, sources: list[PlanItem]) -> list[tuple[int, int]]:
    """(target, source) pairs where one side is the other's clear best match."""
    pairs: set[tuple[int, int]] = set()
    owner = [agency_key(" ".join(s.lead)) for s in sources]
    for ti, row in enumerate(sim):
        pick = _clear_best(row, key=owner.__getitem__)
        if pick is not None:
            pairs.add((ti, pick))
    for j, col in enumerate(transpose(sim, len(sources))):
        pick = _clear_best(col)
        if pick is not None:
            pairs.add((pick, j))
    return sorted(pairs)


WEAK_LINK_FLOOR = 0.12
SIBLING_LINK_CONFIDENCE = 0.7  # a link this sure (a restatement, no rival owner) speaks for its whole group


def _weak_links(
    sim: Sparse, sources: list[PlanItem], targets: list[PlanItem], linked: set[int]
) -> list[tuple[int, int]]:
    """In a plan that names no coordinating agency (whom `_infer_unowned` would suggest), an unowned task that no
    responsibility clearly carries out takes the one it shares the most with, when that one stands clear of the
    other owners' (a lower floor than `_links`: the owner is a suggestion, its confidence low)."""
    owner = [agency_key(" ".join(s.lead)) for s in sources]
    out: list[tuple[int, int]] = []
    for ti, row in enumerate(sim):
        if ti in linked or targets[ti].lead:
            continue
        pick = _clear_best(row, key=owner.__getitem__, floor=WEAK_LINK_FLOOR)
        if pick is not None:
            out.append((ti, pick))
    return out


def _clear_best(
    scores: dict[int, float], key: Callable[[int], str] | None = None, floor: float = LINK_FLOOR
) -> int | None:
    """The best-scoring index if it reaches LINK_FLOOR and beats the runner-up (of another owner when
    `key` names owners: two responsibilities of one agency do not make its tasks ambiguous) by LINK_MARGIN."""
    if not scores:
        return None
    best = max(scores, key=lambda k: (scores[k], -k))
    top = scores[best]
    if top < floor:
        return None
    owner = key(best) if key else None
    second = max(
        (s for k, s in scores.items() if k != best and (key is None or key(k) != owner)), default=0.0
    )
    return best if top >= LINK_MARGIN * second else None


def _serves(source: PlanItem, owners: list[str]) -> bool:
    """Is this responsibility held by, or directed at, the task's own owner?

    Same agency (lead or coordinator), or the owner's distinctive words ("truyền thông", "báo chí" of "Các
    cơ quan truyền thông, báo chí") occur in the responsibility ("Chỉ đạo các cơ quan thông tấn báo chí …").
    A catch-all owner ("Các sở, ban, ngành, địa phương") is served by a catch-all responsibility.
    """
    keys = [agency_key(n) for n in source.lead + source.coordinators]
    for name in owners:
        key = agency_key(name)
        if any(key == k or (len(k) > 8 and (key in k or k in key)) for k in keys):
            return True
        own = [t for t in tokens(name) if "_" not in t]
        if own:
            words = _duty_words(source.text, (*source.lead, *source.coordinators))
            if sum(t in words for t in own) * 2 >= len(own):
                return True
        if not own and all(not _specific(n) or not tokens(n) for n in source.lead):
            return True
    return False


@lru_cache(maxsize=4096)
def _duty_words(text: str, names: tuple[str, ...]) -> frozenset[str]:
    """The terms of a responsibility and of the bodies it names, made once: `_serves` asks about each
    responsibility for every task that shares a term with it."""
    return frozenset(tokens(text + " " + " ".join(names)))


PARTNER_TIE = 0.998
GROUP_LINK_WEIGHT = 0.8


# round 72: a duty that only partners ("Phối hợp với Bộ X …", "Phối hợp, hỗ trợ Bộ X …", "Chỉ đạo các cơ sở … tham gia
# phối hợp với Bộ X …"), no "chủ trì" of its own
_PARTNERS_WITH = re.compile(r"(?<![\wÀ-ỹ])phối\s+hợp(?:\s*,\s*hỗ\s+trợ)?\s+(?:với\s+)?", re.I)
_LEADS = re.compile(r"(?<![\wÀ-ỹ])chủ\s+trì(?![\wÀ-ỹ])", re.I)


# round 72: "Điều 1. Phê duyệt Đề án “…” … với các nội dung sau:" over "I. QUAN ĐIỂM" … "VI. TỔ CHỨC THỰC HIỆN": a
# scheme approved in the decision's own article, which its text then names by its kind alone ("Đề án")
_APPROVES_KIND = re.compile(
    r"^\s*Phê\s+duyệt\s+(?P<kind>Đề\s+án|Chương\s+trình|Kế\s+hoạch|Chiến\s+lược)(?![\wÀ-ỹ])"
)


def _scheme_lead(items: list[PlanItem]) -> str | None:
    """The body that leads a scheme approved inside an article (`_APPROVES_KIND`, its parts the article's sections):
    the assignment section's body that "chủ trì … triển khai thực hiện Đề án", the scheme named bare by its kind (a
    named other scheme, "Đề án “…”", "Chương trình Mục tiêu …", is not it). None for any other document."""
    kinds = {
        re.sub(r"\s+", " ", m.group("kind"))
        for i in items
        if i.marker == "article"
        and any(c.marker in TOP for c in i.children)
        and (m := _APPROVES_KIND.match(i.heading or i.text))
    }
    if not kinds:
        return None
    names = "|".join(k.replace(" ", r"\s+") for k in kinds)
    leads = re.compile(
        r"chủ\s+trì[^.;]{0,80}(?:tổ\s+chức|triển\s+khai)\s+(?:thực\s+hiện\s+)?"
        # round 84: or the scheme's tasks ("triển khai các nhiệm vụ trong Đề án", "… các nhiệm vụ, giải pháp liên
        # quan đến lĩnh vực quản lý tại Đề án này"), not those it hands one body ("các nhiệm vụ được giao tại Đề án")
        r"(?:các\s+nhiệm\s+vụ(?:(?!được\s+(?:giao|phân\s+công))[^.;:]){0,80}?(?:trong|tại|của|thuộc)\s+)?"
        r"(?:" + names + r")(?![\wÀ-ỹ])"
        r"(?:\s+này(?![\wÀ-ỹ])|(?!\s*[“\"]|\s+[A-ZĐÀ-Ỹ]))",
        re.I,
    )
    for item in items:
        if item.category == "assignment" and item.kind == "task" and item.lead and leads.search(item.text):
            return item.lead[0]
    return None


SCHEME_LEAD_CONFIDENCE = 0.5  # the article names the scheme's lead; the item names no body of its own


def _scheme_tasks(items: list[PlanItem]) -> set[str]:
    """The refs of the tasks inside the article that approves a scheme (`_APPROVES_KIND`, its parts the article's
    sections): the scheme's own viewpoints, tasks and solutions, not the assignment article after it."""
    by_ref = {i.ref: i for i in items}
    articles = [
        i
        for i in items
        if i.marker == "article"
        and any(c.marker in TOP for c in i.children)
        and _APPROVES_KIND.match(i.heading or i.text)
    ]
    return {
        i.ref
        for i in items
        if i.kind == "task" and i.category != "assignment" and any(_under(i, a, by_ref) for a in articles)
    }


def _restates_scheme_task(src: PlanItem, sim: float, scheme_lead: str | None) -> bool:
    """round 84: does this source give an owner-less item of an approved scheme its owner? The scheme's lead owns
    its owner-less items (sets 29, 30, 56: the readers of 893/QĐ-TTg, 982/QĐ-TTg and 175/NQ-CP give them the body
    that "chủ trì … triển khai … Đề án"), as they keep the content and the assignment article apart: another body's
    duty in the article that only shares words with the item is that body's own part ("Hướng dẫn, hỗ trợ công tác
    đối ngoại …", "Trên cơ sở đề xuất của Bộ X …, bố trí kinh phí …"), not the item; only its near restatement
    (CLEAR_RESTATEMENT) gives the item to that body. A row of a task table still gives its body (the table hands
    the item out, as a merged row does), and a duty of the lead is the lead's."""
    if src.marker == "row" or sim >= CLEAR_RESTATEMENT:
        return True
    return bool(scheme_lead) and agency_key(scheme_lead) in map(agency_key, src.lead)


def _partners_coordinator(src: PlanItem, coordinator: str | None) -> bool:
    """Is the responsibility only its body's part in work the plan's coordinating agency leads: it has its body
    partner ("phối hợp với", "phối hợp, hỗ trợ") that agency, named first among those it works with, and leads
    nothing itself?"""
    if not coordinator or _LEADS.search(src.text) or agency_key(coordinator) in map(agency_key, src.lead):
        return False
    key = agency_key(coordinator)
    for m in _PARTNERS_WITH.finditer(src.text):
        named = scan_agency_phrase(src.text, m.end())
        if named and agency_key(src.text[m.end() : named[1]]).startswith(key):
            return True
    return False


def _owner_from_links(
    target: PlanItem, links: list[tuple[PlanItem, float, float]], coordinator: str | None = None
) -> None:
    """Weigh agencies: a responsibility's lead counts fully, its coordinators by half. A "Phối hợp với X …" duty
    under the heading of Y is still Y's share of the work (the readers of sets 5–9 give such tasks to Y), unless X
    is the plan's coordinating agency (round 72, set 29: "9. Bộ Nội vụ" over "Phối hợp với Bộ Khoa học và Công nghệ,
    … rà soát, xây dựng, hoàn thiện cơ chế, chính sách …" under a scheme whose "Bộ Khoa học và Công nghệ: Chủ trì,
    phối hợp với các bộ, ngành triển khai thực hiện Đề án"): the work is then the coordinator's, Y its partner."""
    mass: dict[str, float] = {}
    names: dict[str, str] = {}
    # round 56: a group named by its kind ("Các cơ quan, đơn vị", "Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên
    # quan") whose duty is about as near as a named body's is the lesser owner: the named body leads, the group is
    # heard at GROUP_LINK_WEIGHT (a group alone still owns what only its duty carries out)
    named = any(all(_specific(n) for n in src.lead) for src, _w, _s in links)
    for src, w, _s in links:
        if named and not all(_specific(n) for n in src.lead):
            w *= GROUP_LINK_WEIGHT
        specific = [c for c in src.coordinators if _specific(c)]
        # round 23: a partner's duty ("Phối hợp với …") yields a tie to the duty of the body that leads the same
        # work (PARTNER_TIE: just below the 0.999 of a tie, so no real difference is undone); alone it gives its body
        lead_w = PARTNER_TIE if re.match(r"phối\s+hợp\b", src.text, re.I) else 1.0
        roles: tuple[tuple[list[str], float], ...] = ((src.lead, lead_w), (specific, 0.5))
        if _partners_coordinator(src, coordinator):
            assert coordinator is not None
            others = [c for c in specific if agency_key(c) != agency_key(coordinator)]
            roles = (([coordinator], PARTNER_TIE), (src.lead + others, 0.5))
        for names_, role_w in roles:
            for name in names_:
                key = agency_key(name)
                mass[key] = mass.get(key, 0.0) + role_w * w
                names.setdefault(key, name)
    ranked = sorted(mass.items(), key=lambda kv: -kv[1])
    top = ranked[0][1]
    target.lead = [names[k] for k, v in ranked if v >= 0.999 * top]
    target.coordinators = [names[k] for k, v in ranked if 0.3 * top <= v < 0.999 * top]
    second = next((v for _k, v in ranked if v < 0.999 * top), 0.0)
    best_sim = max(s for _src, _w, s in links)
    target.lead_source = "section_III"
    target.confidence = round(min(0.95, 0.35 + best_sim) * (1.0 - 0.5 * second / top), 3)


def _specific(name: str) -> bool:
    """A named agency ("Sở Tài chính"), not a catch-all ("các cơ quan, đơn vị có liên quan")."""
    return name[:1].isupper() and not name.lower().startswith("các ")


def _coordinating_agency(items: list[PlanItem]) -> str | None:
    """The plan's own coordinator: "chủ trì … tổ chức thực hiện kế hoạch này", "cơ quan đầu mối", "theo dõi, đôn
    đốc", "đôn đốc … thực hiện Kế hoạch này"; said by a responsibility, or by the heading over an agency's
    responsibilities ("1. Giao Sở X là cơ quan đầu mối, chủ trì …" over its bullets)."""
    for item in items:
        if item.category != "assignment" or not _coordinator_item(item.text):
            continue
        if item.kind == "task" and item.lead:
            return item.lead[0]
        if item.kind == "section":
            found = subject_owners(item.text)
            if found and found.lead:
                return found.lead[0]
            # round 40: "1. Phòng X" over "Chủ trì phối hợp với các đơn vị liên quan triển khai thực hiện kế hoạch,
            # cụ thể:": a lead-in with no subject of its own speaks for the agency of its heading
            named = heading_agencies(item.heading) if item.heading else []
            if named:
                return named[0]
    return None


_CONTENT_TITLE = re.compile(
    r"^\s*NỘI\s+DUNG(?![^.:;]*(?:NHIỆM\s+VỤ|GIẢI\s+PHÁP|TIẾN\s+ĐỘ|PHÂN\s+CÔNG))", re.I
)
SUMMARY_SIM = 0.35  # a point this close to a responsibility is restated by it


def _summaries(items: list[PlanItem]) -> None:
    """A content section ("NỘI DUNG THỰC HIỆN" listing the components of the work) whose every point is
    restated, with its owner and its timing, by a responsibility of the assignment section sums up what the
    plan covers: the responsibilities are the tasks, the points are notes. The restatement may also stand in a
    later section that gives each agency its tasks with their dates ("III. NỘI DUNG THỰC HIỆN" then "IV. NHIỆM
    VỤ CỤ THỂ" under agency headings). Points that carry an owner or a timing of their own, or a section with
    one point left unrestated, stay tasks."""
    by_ref = {i.ref: i for i in items}
    sources = [i for i in items if i.kind == "task" and i.category == "assignment" and i.lead]
    roots: list[PlanItem | None] = []
    for k, section in enumerate(items):
        if section.parent is not None or section.marker not in TOP or section.category != "tasks":
            continue
        if not _CONTENT_TITLE.match(section.heading or section.text):
            continue
        # the top-level section over each item, found once (a file of many plans has many content sections)
        roots = roots or [_root(d, by_ref) for d in items]
        points = [d for d, root in zip(items, roots, strict=True) if d.kind == "task" and root is section]
        if len(points) < 2 or any(p.lead_source == "explicit" or not p.deadline.empty for p in points):
            continue
        later = [i for i in _same_plan_after(items, k) if i.kind == "task" and i.lead_source == "explicit"]
        # timed: a date or a cycle, or (in a later section) a timing label of its own, open-ended as it may be
        timed = [s for s in sources if s.deadline.date or s.deadline.recurrence]
        timed += [s for s in later if s.deadline.date or s.deadline.recurrence or s.cells.get("time")]
        if not timed:
            continue
        sim = similarity([p.text for p in points], [_strip_owners(s) for s in timed])
        if all(any(v >= SUMMARY_SIM for v in row.values()) for row in sim):
            for p in points:
                p.kind = "note"


def _same_plan_after(items: list[PlanItem], k: int) -> list[PlanItem]:
    """The items of the later top-level sections of the plan whose section stands at `k` (up to a numeral that
    does not go up: another plan of the same file)."""
    last = _numeral(items[k].ref)
    out: list[PlanItem] = []
    for item in items[k + 1 :]:
        if item.parent is None and item.marker in TOP:
            n = _numeral(item.ref)
            if n <= last:
                break
            last = n
        out.append(item)
    return out


def _under(item: PlanItem, section: PlanItem, by_ref: dict[str, PlanItem]) -> bool:
    return any(a is section for a in _ancestors(item, by_ref))


def _root(item: PlanItem, by_ref: dict[str, PlanItem]) -> PlanItem | None:
    """The outermost item over `item` (None at the top): an item is under a top-level section only if that
    section is its root, as a section has no parent to walk on to."""
    above = _ancestors(item, by_ref)
    return above[-1] if above else None


def _scheduled_inspections(items: list[PlanItem]) -> None:
    """Where a schedule table holds the inspections (rows "Đơn vị được kiểm tra"), the section that says what
    is inspected ("NỘI DUNG KIỂM TRA") describes them: its items are no tasks of their own."""
    if any(i.marker == "row" and i.kind == "task" and i.cells.get("inspected") for i in items):
        for item in items:
            if item.category == "inspected" and item.kind == "task":
                item.kind = "note"


_INSPECTS = re.compile(r"kiểm\s+tra|thanh\s+tra|giám\s+sát|khảo\s+sát", re.I)


_RECEIVES_TEAM = re.compile(
    r"(?:đón\s+tiếp|tiếp\s+đón|làm\s+việc\s+với|phục\s+vụ|đón)\s+(?:(?:và|,)\s+(?:làm\s+việc\s+với|tiếp\s+đón)\s+)?"
    r"(?:các\s+)?[Đđ]oàn\s+(?:công\s+tác\s+)?(?:kiểm\s+tra|thanh\s+tra|giám\s+sát|khảo\s+sát)"
    r"(?:\s+(?:của|liên\s+ngành)(?:\s+\S+){0,4})?",
    re.I,
)


def _hosts_team(items: list[PlanItem]) -> bool:
    """Do the plan's assigned tasks receive a visiting inspection team and, that phrase aside, inspect nothing?"""
    assigned = [i for i in items if i.kind == "task" and i.category == "assignment"]
    if not any(_RECEIVES_TEAM.search(i.text) for i in assigned):
        return False
    # the team named anywhere ("Báo cáo theo đề cương mà Đoàn kiểm tra yêu cầu") is the visitor, not a check
    return not any(_INSPECTS.search(_TEAM.sub(" ", _RECEIVES_TEAM.sub(" ", i.text))) for i in assigned)


_TEAM = re.compile(r"[Đđ]oàn\s+(?:công\s+tác\s+)?(?:kiểm\s+tra|thanh\s+tra|giám\s+sát|khảo\s+sát)")


def _inspections(items: list[PlanItem]) -> None:
    """Rows of an inspection schedule ("STT | Đơn vị được kiểm tra | Thời gian kiểm tra") are inspections of
    the unit named, carried out by the body the plan charges with them: the assignment that leads the
    inspections ("Sở X chủ trì … tổ chức kiểm tra …"), else the plan's coordinating agency."""
    if _hosts_team(items):
        # round 21: a plan for receiving a visiting team ("Phối hợp … làm việc với Đoàn kiểm tra", "tiếp đón Đoàn
        # kiểm tra") whose assignments inspect nothing themselves: what is inspected is the team's visit, not work
        for item in items:
            if (
                item.category == "inspected"
                and item.kind == "task"
                and item.lead_source in (None, "section_III")
            ):
                item.kind, item.lead, item.lead_source = (
                    "note",
                    [],
                    None,
                )  # no owner of its own, only one linked
    rows = [i for i in items if i.kind == "task" and i.marker == "row" and i.cells.get("inspected")]
    # the checks a "NỘI DUNG KIỂM TRA, GIÁM SÁT" section lists are carried out by that same body
    rows += [i for i in items if i.kind == "task" and i.category == "inspected" and not i.lead]
    # round 42: a check the section lists by its verb ("- Giám sát việc niêm yết danh sách cử tri"), linked only by
    # the matter it looks at to another body's duty on that matter ("chủ động giám sát … niêm yết danh sách cử
    # tri"), is still carried out by whoever carries out the checks
    linked = [
        i
        for i in items
        if i.kind == "task"
        and i.category == "inspected"
        and i.lead_source == "section_III"
        and CHECK_VERB.match(i.text)
    ]
    if not rows and not linked:
        return
    assigned = [i for i in items if i.kind == "task" and i.category == "assignment" and i.lead]
    body = next((i for i in assigned if _INSPECTS.search(i.text) and _COORDINATOR_ITEM.search(i.text)), None)
    body = body or next((i for i in assigned if _INSPECTS.search(i.text)), None)
    lead = list(body.lead) if body else ([c] if (c := _coordinating_agency(items)) else [])
    for row in rows:
        if not row.lead and lead:
            row.lead, row.lead_source = list(lead), "section_III"
    for check in linked if body else []:
        check.lead, check.lead_source = list(lead), "section_III"


_REPORT_TO = re.compile(cap(r"báo\s+cáo[^.;:]{0,80}?\s(?:về|gửi\s+về)\s+(?:cho\s+)?(?=[A-ZĐÀ-Ỹ])"))
_SUPERIOR = re.compile(
    r"(?:ủy|uỷ)\s+ban\s+nhân\s+dân|ubnd|hđnd|hội\s+đồng\s+nhân\s+dân|chính\s+phủ|thủ\s+tướng|bộ\s|tỉnh\s+ủy|thành\s+ủy|ban\s+chỉ\s+đạo|ban\s+thường\s+vụ|lãnh\s+đạo|chủ\s+tịch",
    re.I,
)


def _report_recipient(items: list[PlanItem]) -> str | None:
    """The body the plan's reports go to ("… báo cáo kết quả thực hiện về Sở X để tổng hợp …"), when it is no
    superior of the issuer (a People's Committee, a ministry, the Government, a steering committee): the plan's
    own coordinator, named only as the one who gathers the reports."""
    for item in reversed(items):
        for m in _REPORT_TO.finditer(item.text):
            found = scan_agency_phrase(item.text, m.end())
            if found and not _SUPERIOR.match(found[0]):
                return split_agencies(found[0])[0]
    return None


# a step's closing line that gives its timing as a field ("Thời gian hoàn tất: trước ngày 18 tháng 8 năm 2014.")
_TIMING_LINE = re.compile(
    r"^Thời\s+(?:gian|hạn)\s+(?:hoàn\s+tất|hoàn\s+thành|thực\s+hiện)\s*:\s*(\S.*)$", re.I
)


def _closing_timing_lines(items: list[PlanItem], year: int | None) -> None:
    """round 27 (set 27): a numbered step ("2.3. Bước 3: …") over a paragraph of who does what and a closing line
    "Thời gian hoàn tất: trước ngày …" is due on that line's date: the line, left an unnumbered paragraph after the
    step, dates the step it closes (when the step has no timing of its own)."""
    last: PlanItem | None = None
    for item in items:
        if item.marker != "paragraph":
            last = item
            continue
        m = _TIMING_LINE.match(item.text.strip())
        if m is None or last is None or last.kind != "task" or not last.deadline.empty:
            continue
        found = parse_deadline(m.group(1).rstrip(" ."), year)
        if found.date or found.recurrence:
            last.deadline = found
            for sibling in _undated_step_parts(items, last):
                sibling.deadline = replace(found)


# round 71 (set 49): a closing sentence whose subject is the time limit of the matter ("Thời hạn xử lý thành lập cụm
# công nghiệp hoàn thành trước ngày 31 tháng 12 năm 2026."): no body, no act but finishing by a date
_TIME_LIMIT = re.compile(
    r"^Thời\s+(?:hạn|gian)\s+[^.;:]{0,160}?\s(?:phải\s+)?(?:hoàn\s+thành|hoàn\s+tất|kết\s+thúc)\s+(?:trước|chậm\s+nhất|trong)"
    r"(?![\wÀ-ỹ])[^;:]*$",
    re.I,
)


def _closing_time_limits(items: list[PlanItem]) -> None:
    """round 71 (set 49): an item's last paragraph that only sets the time limit of the matter ("Thời hạn xử lý …
    hoàn thành trước ngày 31 tháng 12 năm 2026.", after "Ủy ban nhân dân cấp xã chủ trì …" and "Sở Công Thương chủ trì
    …", each cut as the item's `[n]`) dates the undated steps before it and is no step of its own: a note."""
    for k, item in enumerate(items):
        if item.kind != "task" or not repeated(item.ref) or item.deadline.date is None:
            continue
        if not _TIME_LIMIT.match(item.text.strip()) or find_agency_mentions(item.text):
            continue
        base = without_repeat(item.ref)
        steps = [
            i for i in items[:k] if i.kind == "task" and (i.ref == base or without_repeat(i.ref) == base)
        ]
        if not steps:
            continue
        for step in steps:
            if step.deadline.empty:
                step.deadline = replace(item.deadline)
        item.kind = "note"


def _undated_step_parts(items: list[PlanItem], last: PlanItem) -> list[PlanItem]:
    """round 28: the step whose lettered parts the closing timing line follows ("2.1. Bước 1:" / "2.1.a. …" / "2.1.b.
    …" / "Thời gian hoàn tất: trước ngày …") is due on that date as a whole: its other parts, undated, share it."""
    step = next((i for i in items if i.ref == last.parent), None)
    if step is None or step.kind != "section" or step.marker in (*TOP, *PARTS, "appendix", "group", "row"):
        return []
    parts = [i for i in items if i.parent == step.ref and i is not last]
    if not parts or any(i.kind != "task" or not i.deadline.empty for i in parts):
        return []
    return parts


def _step_bodies(items: list[PlanItem]) -> None:
    """round 28: a numbered step titled by its work ("2.4. Bước 4: Lập Đề án …") over an unnumbered paragraph that says
    who does it ("Trên cơ sở đề nghị của …, Sở Xây dựng chủ trì, phối hợp với …"): the paragraph's subject owns the
    step, when the title names no one."""
    for k, item in enumerate(items[:-1]):
        body = items[k + 1]
        if (
            item.kind != "task"
            or item.lead
            or item.marker in (*BULLETS, "paragraph", "row")
            or body.marker != "paragraph"
        ):
            continue
        if len(item.text.split()) > 30 or _TIMING_LINE.match(body.text.strip()):
            continue
        found = item_owners(body.text, "", [])
        if found and found[1] == "subject" and found[0].lead:
            item.lead, item.coordinators, item.lead_source = (
                list(found[0].lead),
                list(found[0].coordinators),
                "explicit",
            )


def _outer_lead_in_owners(items: list[PlanItem], by_ref: dict[str, PlanItem]) -> None:
    """round 27 (set 27): a section's lead-in over titled groups of dashes ("…, các bộ, … và Ủy ban nhân dân các tỉnh …
    cần cụ thể hóa và tổ chức triển khai thực hiện các nhiệm vụ sau đây:" / "1. Tăng cường …" / "- …") names who does a
    dash that is still without owner once the task table has given its rows' owners to the dashes it restates (a
    row's owner is more exact than the collective lead-in), when the dash's group title opens no list of its own.
    Round 66 (set 28): the same for a lettered item ("a) …") of such a group, when the table has given owners to
    items of the same part (the part is restated row by row, and the lead-in owns what no row restates); without a
    table, a lettered item is left to the links of the assignment section."""
    restated = _restated_parts(items, by_ref)
    for item in items:
        if item.kind != "task" or item.lead:
            continue
        owners = _lead_in_owners(item, by_ref, restated)
        if owners:
            item.lead, item.lead_source = list(owners), "explicit"
            item.coordinators = item.coordinators or coordinators_in(item.text)


def _restated_parts(items: list[PlanItem], by_ref: dict[str, PlanItem]) -> set[str]:
    """The parts (grandparents) of the items a task table's rows gave their owners."""
    return {
        p.parent for i in items if i.lead_source == "table" and (p := by_ref.get(i.parent or "")) and p.parent
    }


def _lead_in_owners(item: PlanItem, by_ref: dict[str, PlanItem], restated: set[str]) -> list[str]:
    """The owners a section's lead-in names for a dash or lettered task under it (`_outer_lead_in_owners`)."""
    if item.marker not in ("dash", "letter"):
        return []
    parent = by_ref.get(item.parent) if item.parent else None
    if parent is None or parent.kind != "section" or parent.marker in (*TOP, "appendix", "group", "row"):
        return []
    if item.marker == "letter" and parent.parent not in restated:
        return []
    if parent.heading or parent.text.rstrip().endswith(":"):
        return []  # the group opens a list of its own
    outer = _lead_in(parent, by_ref)
    return intro_owner(outer) if outer and outer.rstrip().endswith(":") else []


def _lead_in_owned(items: list[PlanItem]) -> frozenset[str]:
    """round 113 (set 65): the unowned tasks a section's lead-in names the owners of (`_outer_lead_in_owners`), known
    before the links: the lead-in gives them their owner as a pointer does, so a duty or a row too loose to be
    merged narrows it only when it restates the task (RESTATED_SIM), not when it shares a few words with it."""
    by_ref = {i.ref: i for i in items}
    restated = _restated_parts(items, by_ref)
    return frozenset(
        i.ref for i in items if i.kind == "task" and not i.lead and _lead_in_owners(i, by_ref, restated)
    )


# round 39 (set 37): an owner that points back at units named before ("Sở Công Thương yêu cầu đơn vị nêu trên thực
# hiện …", "các doanh nghiệp nói trên") is those units: the bodies the findings above it name
_POINTER_OWNER = re.compile(
    r"^(?:các\s+|những\s+)?(?:đơn\s+vị|công\s+ty|doanh\s+nghiệp|cơ\s+quan|tổ\s+chức|cơ\s+sở|nhà\s+thầu|chủ\s+đầu\s+tư)"
    r"\s+(?:nêu\s+trên|nói\s+trên|trên(?:\s+đây)?)$",
    re.I,
)


def _names_in(text: str, issuer: str | None) -> list[str]:
    """The bodies a text names by their proper names ("các đơn vị: Công ty A (…), Công ty B" -> A, B), the issuer
    that speaks of them left out ("Sở X đã kiểm tra Công ty A và Công ty B")."""
    own = agency_key(issuer) if issuer else ""
    names: list[str] = []
    for mention, _, _ in find_agency_mentions(text):
        for name in split_agencies(re.split(r"\s*;", mention.rsplit(":", 1)[-1], maxsplit=1)[0].strip()):
            key = agency_key(name)
            if own and key and (key in own or own in key):
                continue
            if PROPER_NAME.search(name) and name not in names:
                names.append(name)
    return names


def _owners_named_above(items: list[PlanItem], by_ref: dict[str, PlanItem], issuer: str | None) -> None:
    """A task owned by a pointer back ("đơn vị nêu trên"), or by a bare kind of body ("Đề nghị Công ty …") beside
    siblings owned by one, takes the bodies named by the nearest item before its section that names any."""
    for k, item in enumerate(items):
        if item.kind != "task" or len(item.lead) != 1:
            continue
        parent = by_ref.get(item.parent) if item.parent else None
        siblings = parent.children if parent is not None else []
        pointer = _POINTER_OWNER.match(item.lead[0].strip()) or (
            party_noun(item.lead[0])
            and any(s is not item and s.lead and _POINTER_OWNER.match(s.lead[0].strip()) for s in siblings)
        )
        if not pointer:
            continue
        start = items.index(parent) if parent is not None else k
        for before in reversed(items[:start]):
            named = _names_in(before.text, issuer)
            if named:
                item.lead, item.lead_source = named, "explicit"
                break


def _sole_addressee(header: list[Line]) -> str | None:
    """The one body a letter is addressed to ("Kính gửi: Công ty A" on its line, or a single dash under it)."""
    names = addressee_names(header)
    for ln in header:
        m = re.match(r"^\s*Kính\s+gửi\s*:\s*(\S.*)$", ln.text, re.I)
        if m:
            names.append(m.group(1).strip().rstrip(" ;.,"))
    if len(names) != 1 or re.search(r"[;,]|\svà\s", names[0]):
        return None
    return names[0]


def _party_heading_owners(items: list[PlanItem], by_ref: dict[str, PlanItem], addressee: str | None) -> None:
    """round 39 (set 37): the tasks under requirements addressed to a party ("2. Yêu cầu đối với chủ đầu tư") are
    that party's; a party named by its role in a letter to one body is that body. A task that names the same
    role as its subject ("Chủ đầu tư phải tạm dừng …") is the same body's."""
    for item in items:
        if item.kind != "task":
            continue
        party = next(
            (p for a in _ancestors(item, by_ref) if (p := requirements_party(a.heading or a.text))), None
        )
        if party is None:
            continue
        owner = addressee if addressee and party_noun(party) else party
        if not item.lead:
            item.lead, item.lead_source = [owner], "explicit"
        elif owner != party and [agency_key(x) for x in item.lead] == [agency_key(party)]:
            item.lead = [owner]


def _infer_unowned(items: list[PlanItem], warnings: list[Warning]) -> None:
    coordinator = _scheme_lead(items) or _coordinating_agency(items) or _report_recipient(items)
    for item in items:
        if item.kind != "task" or item.lead:
            continue
        if coordinator:
            item.lead, item.lead_source, item.confidence = [coordinator], "inferred", INFERRED_CONFIDENCE
            msg = f"Nhiệm vụ chưa ghi cơ quan chủ trì; gợi ý {coordinator} (cơ quan đầu mối của kế hoạch), cần xác nhận."
        else:
            msg = "Nhiệm vụ chưa ghi cơ quan chủ trì; cần chỉ định cơ quan thực hiện."
        warnings.append(Warning(item.ref, "no_owner", msg))


def _deadline_warnings(items: list[PlanItem], warnings: list[Warning]) -> None:
    for item in items:
        if item.kind == "task" and item.deadline.ambiguous:
            warnings.append(
                Warning(
                    item.ref,
                    "ambiguous_deadline",
                    f"Thời hạn “{item.deadline.text}” không nêu rõ kỳ hạn; cần xác định.",
                )
            )


def _agencies(
    text: str, items: list[PlanItem], body_start: int, matcher: AgencyMatcher | None, warnings: list[Warning]
) -> list[Agency]:
    """Distinct agencies: every lead and coordinator, plus agencies named in task and section texts."""
    seen: dict[str, Agency] = {}

    def add(name: str) -> None:
        key = agency_key(name)
        if not key:
            return
        ag = seen.setdefault(key, Agency(name))
        if name not in ag.matched_from:
            ag.matched_from.append(name)

    for item in items:
        for name in item.lead + item.coordinators:
            add(name)
    for item in items:
        if item.marker in ("appendix", "group"):
            continue
        for phrase, start, _end in find_agency_mentions(item.text):
            if not _issuer_of_citation(item.text, start):
                for name in split_agencies(phrase):
                    add(name)
    if matcher is not None:
        _match(seen, items, matcher, warnings)
    return list(seen.values())


_CITATION_SIGNER = re.compile(r"(?:\d+[/-][\wĐđ\-/]+|\d{4})\s*(?:\([^)]*\))?\s*(?:của|do)\s+$")


def _issuer_of_citation(text: str, start: int) -> bool:
    """ "… số 142/QĐ-TTg ngày … của Thủ tướng Chính phủ": the signer of a cited document is not an actor."""
    before = text[max(0, start - 60) : start]
    # the pattern ends on "của"/"do" and blanks: the search over the 60 letters is made only when they end so
    return before.rstrip().endswith(("của", "do")) and bool(_CITATION_SIGNER.search(before))


def _match(
    seen: dict[str, Agency], items: list[PlanItem], matcher: AgencyMatcher, warnings: list[Warning]
) -> None:
    canon: dict[str, str] = {}
    for key, ag in seen.items():
        found = matcher(ag.name)
        ag.known = found is not None
        if found:
            canon[key] = found
            ag.name = found
        else:
            warnings.append(
                Warning(None, "unmatched_agency", f"Không nhận ra cơ quan “{ag.name}” trong danh mục.")
            )
    for item in items:
        item.lead = [canon.get(agency_key(n), n) for n in item.lead]
        item.coordinators = [canon.get(agency_key(n), n) for n in item.coordinators]


__all__ = ["parse_plan"]


# "Chủ trì triển khai các nhiệm vụ tại mục (IV) (1) của Kế hoạch", "thực hiện các nhiệm vụ nêu tại điểm a khoản 1
# mục II", "Triển khai nhiệm vụ được giao chủ trì tại Phụ lục", "căn cứ vào các nội dung nhiệm vụ tại khoản 1, 3, 5":
# a duty that hands over the tasks of a part of the plan
_POINTER = re.compile(
    r"(?<![\wÀ-ỹ])(?:(?:(?:chủ\s+trì|phụ\s+trách),?\s+)?(?:tổ\s+chức\s+)?(?:triển\s+khai|thực\s+hiện)(?:,?\s+thực\s+hiện)?"
    r"|căn\s+cứ(?:\s+vào)?)"
    r"(?:\s+(?:các\s+|những\s+)?(?:nội\s+dung,?\s+)?nhiệm\s+vụ(?:(?:,|\s+và)?\s+(?:giải\s+pháp|nội\s+dung))?"
    r"(?:\s+(?:được\s+(?:giao|phân\s+công)(?:\s+chủ\s+trì)?|đã\s+nêu|nêu|được\s+nêu|đề\s+ra))?\s+(?:tại|ở)\s+"
    # round 40: the part named right after the verb, "Sở X chủ trì thực hiện khoản 1, 3 mục II"
    r"|\s+(?:các\s+)?(?=(?:tiểu\s+mục|mục|khoản|phần)\s+\(?(?:[IVXLC]+|\d+)(?![\wÀ-ỹ])))",
    re.I,
)
# a pointer ends on "nhiệm vụ … tại/ở" or names the part ("mục", "khoản", "phần"): a text with none of these words is
# not scanned, the look-behind of `_POINTER` tried at each of its letters
_POINTER_WORDS = ("vụ", "mục", "khoản", "phần")
_POINTER_JOINER = re.compile(r"\s*(?:,|và|;(?=\s*(?:mục|điểm|khoản|phần|tiểu\s+mục|tiết)\s))?\s*", re.I)
_POINTER_KEYWORD = re.compile(r"(?:tiểu\s+mục|mục|điểm|khoản|phần|tiết)\s*", re.I)
_POINTER_TOKEN = re.compile(
    r"\(\s*([IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*\)|([IVXLC]+(?:\.\d+)*(?:\.[a-zđ])?|\d+(?:\.\d+)*)(?![\wÀ-ỹ])"
)
_POINTER_LETTER = re.compile(r"([a-zđ])(?![\wÀ-ỹ])")
# what follows a part named without its roman numeral when the part is another document's ("khoản 2 Điều 5",
# "khoản 1 của Luật …", "khoản 3 Nghị định …"), not one of this document's numbered items
_CITED_AFTER = re.compile(
    r"[\s,]*(?:(?:của|tại|theo)\s+(?!(?:kế\s+hoạch|chỉ\s+thị|thông\s+báo|văn\s+bản|công\s+văn|quyết\s+định)"
    r"\s+này)|Điều|điều|[A-ZĐ])"
)
_POINTER_TAIL = re.compile(
    r"[\s,;.]*(?:(?:và|,)?\s*(?:các\s+)?phụ\s+lục(?:\s+(?:kèm\s+theo|số\s+\S+|[IVX]+))*)?\s*"
    r"(?:(?:(?:của|thuộc)\s+)?kế\s+hoạch(?:\s+này)?)?[\s,;.]*",
    re.I,
)


def _pointer_paths(text: str, start: int) -> tuple[list[str], int]:
    """The parts of the plan a pointer names from `start` ("mục (IV) (4.1) (4.2)" → IV.4.1, IV.4.2; "điểm a khoản 1
    mục II" → II.1.a; "mục 2 phần III" → III.2; "mục II.3" → II.3) and where the pointer ends. Parts are put broad
    to narrow by their kind (roman numeral, number, letter); two parts of one kind are siblings."""
    tokens_: list[list[str]] = []
    pos = start
    while True:
        j = _POINTER_JOINER.match(text, pos)
        at = j.end() if j and tokens_ else pos
        kw = _POINTER_KEYWORD.match(text, at)
        at2 = kw.end() if kw else at
        m = _POINTER_TOKEN.match(text, at2)
        letters = (
            kw.group(0).lower().startswith(("điểm", "tiết"))
            if kw
            else bool(tokens_) and tokens_[-1][0].isalpha() and tokens_[-1][0].islower()
        )
        if m is None and letters:
            m = _POINTER_LETTER.match(text, at2)
        if m is None:
            break
        tokens_.append(re.split(r"\.", m.group(m.lastindex or 0)))
        pos = m.end()

    def rank(part: str) -> int:
        return 0 if re.fullmatch(r"[IVXLC]+", part) else 1 if part.isdigit() else 2

    tokens_.sort(key=lambda t: rank(t[0]))
    if not tokens_:
        return [], pos
    if rank(tokens_[0][0]) > 0 and _CITED_AFTER.match(text, pos):
        return [], pos  # "khoản 2 Điều 5 …", "khoản 1 của Nghị định …": a part of another document
    paths: list[str] = []
    path: list[list[str]] = []
    for tok in tokens_:
        if path and (rank(path[-1][0]), len(path[-1])) == (rank(tok[0]), len(tok)):
            paths.append(".".join(p for t in path for p in t))
            path[-1] = tok
        else:
            path.append(tok)
    paths.append(".".join(p for t in path for p in t))
    return paths, pos


def _pointed_parts(item: PlanItem) -> tuple[list[str], bool]:
    """The parts of the plan a duty hands over by pointing at them, and whether the duty says nothing else."""
    text = item.text
    low = text.lower()
    if not any(word in low for word in _POINTER_WORDS):
        return [], False
    paths: list[str] = []
    rest: list[str] = []
    last = 0
    for m in _POINTER.finditer(text):
        if re.search(r"phối\s+hợp\s*$", text[max(0, m.start() - 20) : m.start()], re.I):
            continue
        found, end = _pointer_paths(text, m.end())
        paths += found
        tail = _POINTER_TAIL.match(text, end)
        rest.append(text[last : m.start()])
        last = tail.end() if tail else end
    if last == 0:
        return [], False
    rest.append(text[last:])
    return paths, not re.search(r"[\wÀ-ỹ]", "".join(rest))


def _pointed_owners(items: list[PlanItem]) -> frozenset[str]:
    """An assignment that hands an agency the tasks of a part of the plan by pointing at it ("3. Sở X" over "Chủ trì
    triển khai các nhiệm vụ tại mục (IV) (1) của Kế hoạch"; "Sở Y chủ trì thực hiện các nhiệm vụ tại mục 2 phần
    III") makes that agency the owner of every task under the part; a narrower pointer wins over a broader one
    ("(IV)(3)" to one, "(IV)(3.4)(a)" to another). A duty that only points (also "Triển khai nhiệm vụ được giao chủ
    trì tại Phụ lục") restates tasks the plan already lists: it is no task of its own. Returns the refs a pointer
    at a whole part ("tại Phần III") owns: a duty that restates one of them is narrower still (`_link_segment`)."""
    broad: set[str] = set()
    for segment in _segments(items):
        claims: dict[int, tuple[int, list[PlanItem]]] = {}
        for k, item in enumerate(segment):
            if item.kind != "task" or item.marker == "row" or not item.lead:
                continue
            paths, only = _pointed_parts(item)
            if only and item.lead_source == "explicit":
                item.kind = "note"
            for path in paths:
                if path[0].isdigit():
                    # "khoản 1, 3" without its part: the items so numbered beside the pointer's own
                    own = re.match(r"((?:[^.\d][^.]*\.)*)\d", item.ref)
                    if own is None:
                        continue
                    path = own.group(1) + path
                elif path[0].islower():
                    # "điểm a, b" alone: the points so lettered beside the pointer's own ("c) Giao Sở X thực hiện
                    # nhiệm vụ tại điểm a, b" under "2." → 2.a, 2.b); a pointer that is no lettered point names none
                    parts = item.ref.split(".")
                    at = next((n for n, c in enumerate(parts) if re.match(r"[a-zđ](?:$|[-\[])", c)), None)
                    if at is None:
                        continue
                    path = "".join(c + "." for c in parts[:at]) + path
                hits = [i for i, x in enumerate(segment) if without_repeat(x.ref) == path]
                if not hits:
                    continue
                before = [i for i in hits if i < k]
                start = before[-1] if before else hits[0]
                depth = path.count(".")
                for i in range(start, len(segment)):
                    ref = segment[i].ref
                    if i > start and not ref.startswith((path + ".", path + "-", path + "[")):
                        if (
                            "[p" in ref
                        ):  # a paragraph between the part's items (its own ref tells where it stands)
                            continue
                        break
                    if i not in claims or claims[i][0] < depth:
                        claims[i] = (depth, [item])
                    elif claims[i][0] == depth and item not in claims[i][1]:
                        claims[i][1].append(item)  # two bodies handed the same part carry it out together
        for i, (depth, pointers) in claims.items():
            target = segment[i]
            if target.kind != "task" or target.marker == "row" or target in pointers:
                continue
            if target.category == "assignment" or target.lead_source == "explicit":
                continue
            target.lead = list(dict.fromkeys(name for pointer in pointers for name in pointer.lead))
            target.coordinators = []
            target.lead_source, target.confidence = "section_III", 0.9
            if depth == 0:
                broad.add(target.ref)
    return frozenset(broad)


@lru_cache(maxsize=8192)  # pure
def _title_key(text: str) -> str:
    return " ".join(re.findall(r"[0-9a-zà-ỹđ]+", fix_tone_placement(nfc(text).lower())))


def _named_remits(items: list[PlanItem]) -> None:
    """A duty that names several content sections by their titles ("… tổ chức triển khai các nhiệm vụ về phát
    triển hạ tầng số, nền tảng số, dữ liệu số, nhân lực số" over sections "2. Hạ tầng số", "3. Nền tảng số", …)
    makes its agency the owner of those sections' unowned tasks, when no other agency's duty names them so.
    One title alone is a topic, not a remit (many duties mention "nền tảng số"), unless the duty names it as a field
    ("trong lĩnh vực y tế" over "6. Y tế")."""
    for segment in _segments(items):
        sections = [
            s for s in segment if s.kind == "section" and s.category != "assignment" and s.parent is not None
        ]
        keys = {id(s): _title_key(s.heading or s.text) for s in sections}
        keys = {k: v for k, v in keys.items() if v and len(v.split()) <= 8}
        if len(keys) < 2:
            continue
        remit: dict[int, set[str]] = {}
        names: dict[str, list[str]] = {}
        for duty in segment:
            if duty.kind != "task" or duty.category != "assignment" or not duty.lead:
                continue
            text = " " + _title_key(duty.text) + " "
            named = [s for s in sections if id(s) in keys and f" {keys[id(s)]} " in text]
            field = [s for s in named if f" lĩnh vực {keys[id(s)]} " in text]
            if len(named) < 2 and len(field) == 1:
                # round 84 (sets 60, 61): "… các nhiệm vụ … trong lĩnh vực y tế của Kế hoạch" over "6. Y tế": a field
                # the duty names as such, by its section's whole title, is a remit of its own
                named = field
            elif len({s.parent for s in named}) != 1 or len(named) < 2:
                continue
            owner = agency_key(" ".join(duty.lead))
            names.setdefault(owner, list(duty.lead))
            for s in named:
                remit.setdefault(id(s), set()).add(owner)
        by_ref = {i.ref: i for i in segment}
        for s in sections:
            owners = remit.get(id(s), set())
            if len(owners) != 1:
                continue
            lead = names[next(iter(owners))]
            for target in segment:
                if (
                    target.kind == "task"
                    and not target.lead
                    and target.marker != "row"
                    and _under(target, s, by_ref)
                ):
                    target.lead, target.coordinators = list(lead), []
                    target.lead_source, target.confidence = "section_III", 0.8
