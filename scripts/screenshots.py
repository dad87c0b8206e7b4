"""Screenshots of the pages a session changed, as their users see them, into docs/screenshots/.

Run against a served demo (`make run`, or any server with the demo accounts):
    .venv/bin/python scripts/screenshots.py [BASE_URL] [NAME ...]
Each shot logs in as the role that uses the page; NAME picks some of them (all by default), NAME=PATH
opens another address for that shot (e.g. superseded-task=/ke-hoach/kl52/nhiem-vu/12/, a task of an old version).

Issue #15's before/after pairs (docs/findings-15.md), from two served demos, the app before the #15 work and after:
    .venv/bin/python scripts/screenshots.py --findings15 BEFORE_URL AFTER_URL [NAME ...]
into docs/screenshots/findings-15/NAME-before.png and NAME-after.png (1280 px wide, the relevant part of the page,
as a palette PNG). The report drafts' addresses are set by REPORT_BEFORE / REPORT_AFTER (a draft of Sở Nội vụ's
yearly report that `noivu` opened, e.g. REPORT_AFTER=/bao-cao/20/).
"""

import io
import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

try:  # the findings' shots are stored as palette PNGs (Pillow comes with the dev dependencies)
    from PIL import Image
except ImportError:  # pragma: no cover
    Image = None

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PASSWORD = "TriThuc@2026"  # the demo accounts' password (README)


def _report_form_errors(page) -> None:
    page.locator("textarea[name=own_links]").fill("Mục 2 - tổ chức hội nghị\n3 | Z.99 | Việc khác")
    page.locator("select[name$=_status]").first.select_option("in_progress")
    page.locator("textarea[name$=_result]").first.fill("")
    page.locator("input[name^=i_]:not([disabled])").first.fill("ba")
    page.get_by_role("button", name="Lưu báo cáo").first.click()
    page.wait_for_load_state("networkidle")


# name: (account, path, what to do on the page before the shot or None)
SHOTS = {
    "audit-log-labels": ("dieuphoi", "/nhat-ky/", None),
    "two-factor-qr": ("dieuphoi", "/tai-khoan/hai-lop/", None),
    "admin-vietnamese": ("quantri", "/quan-tri/", None),
    "registry-stats-leader": ("lanhdao", "/tri-thuc/thong-ke/?gender=female&degree=doctorate", None),
    "registry-stats-officer": ("csdl", "/tri-thuc/thong-ke/?gender=female&degree=doctorate", None),
    "followup-grid": ("dieuphoi", "/bao-cao/kl52/theo-doi/", None),
    "followup-grid-monthly": ("dieuphoi", "/bao-cao/nq214/theo-doi/", None),
    # #15.2: each cell's state, the counts per column, the filter and the folded past years
    "followup-grid-states": ("dieuphoi", "/bao-cao/kl52/theo-doi/", None),
    "followup-grid-folded": (
        "dieuphoi",
        "/bao-cao/kl52/theo-doi/",
        lambda page: page.locator("#followup-folded > summary").click(),
    ),
    "followup-grid-waiting": ("dieuphoi", "/bao-cao/nq214/theo-doi/?loc=cho-xu-ly", None),
    # #15.3: a draft's form sent with a wrong line, a task without its result and a word for a figure
    # (report-form-errors=/bao-cao/<draft id>/sua/, a draft of the gddt account's agency)
    "report-form-errors": ("gddt", "/bao-cao/19/sua/", _report_form_errors),
    # #15.3: after saving, who sends the report (report-saved-who-sends=/bao-cao/<draft id>/sua/)
    "report-saved-who-sends": (
        "gddt",
        "/bao-cao/19/sua/",
        lambda page: page.get_by_role("button", name="Lưu báo cáo").first.click(),
    ),
    # #15.3: breakdowns by their labels (report-breakdown-labels=/bao-cao/<an accepted report>/#chi-tieu)
    "report-breakdown-labels": ("noivu", "/bao-cao/1/#chi-tieu", None),
    # #15.5: a draft's page, the actions and who sends it at the top (report-actions-top=/bao-cao/<a draft>/)
    "report-actions-top": ("gddt", "/bao-cao/19/", None),
    # #15.5: a dialogue's follow-up, what waits for an answer first, the answered folded
    # (dialogue-followup-open-first=/su-kien/<dialogue id>/ket-qua-kien-nghi/)
    "dialogue-followup-open-first": ("lanhdao", "/su-kien/12/ket-qua-kien-nghi/", None),
    # #15.5: a review request as the Union sees it: its steps first (review-actions-top=/phan-bien/<id>/)
    "review-actions-top": ("lienhiep", "/phan-bien/2/", None),
    # #15.4/#15.5: a task many agencies report on: the update button, why it is overdue, the summary per agency,
    # the history folded by year (task-summary=/ke-hoach/kl52/nhiem-vu/<id of II.1.a>/)
    "task-summary": ("noivu", "/ke-hoach/kl52/nhiem-vu/59/", None),
    "task-history-folded": (
        "noivu",
        "/ke-hoach/kl52/nhiem-vu/59/",
        lambda page: page.get_by_role("heading", name="Lịch sử cập nhật").scroll_into_view_if_needed(),
    ),
    "reporting-owed-across-plans": ("noivu", "/bao-cao/", None),
    "agency-handed-over": ("dieuphoi", "/co-quan/so-tttt/", None),
    "task-timing-by-years": ("noivu", "/ke-hoach/kl52/cay/", None),
    "registry-search-apostrophe": ("csdl", "/tri-thuc/?q=ksor", None),
    "superseded-task": ("noivu", "/ke-hoach/kl52/cay/", None),
    "home-plans": ("dieuphoi", "/", None),
    "plan-list": ("dieuphoi", "/ke-hoach/", None),
    "plan-overview": ("dieuphoi", "/ke-hoach/kl52/", None),
    "plan-tree": ("dieuphoi", "/ke-hoach/kl52/cay/", None),
    "plan-tasks": ("dieuphoi", "/ke-hoach/kl52/nhiem-vu/", None),
    "task-search-all-plans": ("dieuphoi", "/ke-hoach/nhiem-vu/?q=b%C3%A1o+c%C3%A1o", None),
    "agency-work-all-plans": ("noivu", "/co-quan/so-noi-vu/", None),
    "kpis-overview-leader": ("lanhdao", "/chi-tieu/", None),
    "kpis-plan": ("dieuphoi", "/chi-tieu/kl52/", None),
    "kpis-plan-chart": ("lanhdao", "/chi-tieu/kl52/#kpi-2", None),
    # a plan imported from a text with a MỤC TIÊU section, its targets proposed (kpis-proposed=/chi-tieu/CODE/#proposed)
    "kpis-proposed": ("dieuphoi", "/chi-tieu/kl52/#proposed", None),
    # a draft import of a plan with a MỤC TIÊU section (import-preview-targets=/ke-hoach/nhap/PK/#import-targets)
    "import-preview-targets": ("dieuphoi", "/ke-hoach/nhap/", None),
    # a decision that issues a plan, imported (decision-plan-tree=/ke-hoach/CODE/cay/) and as a draft
    # (decision-import-preview=/ke-hoach/nhap/PK/): the attached plan's title over the decision
    "decision-plan-tree": ("dieuphoi", "/ke-hoach/", None),
    "decision-import-preview": ("dieuphoi", "/ke-hoach/nhap/", None),
    "api-docs": ("dieuphoi", "/api/v1/docs", None),
    "version-diff-words": ("dieuphoi", "/sua-doi/", None),  # pass version-diff-words=/sua-doi/phien-ban/<id>/
    # Shots named phone-… are taken at 390×844 (#17.6).
    "phone-menu-open": ("dieuphoi", "/", lambda page: page.get_by_role("button", name="Menu").click()),
    "phone-agency-tasks": ("noivu", "/co-quan/cua-toi/", None),
    "phone-registry-stats": ("lanhdao", "/tri-thuc/thong-ke/", None),
    "phone-followup-grid": ("dieuphoi", "/bao-cao/theo-doi/", None),
    "amendments-by-plan": ("dieuphoi", "/sua-doi/", None),
    "amendments-choose-plan": ("noivu", "/sua-doi/moi/", None),
    "event-form-plan": ("noivu", "/su-kien/moi/?ke-hoach=kl52", None),
    "review-request-plan": ("dieuphoi", "/phan-bien/1/", None),
    "early-warnings": ("dieuphoi", "/canh-bao/", None),
    "early-warnings-agency": ("noivu", "/canh-bao/", None),
    "password-change": ("noivu", "/tai-khoan/mat-khau/", None),
}
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def _login(page, base: str, username: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{base}/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_load_state("networkidle")


def _form_errors_15(page, side: str) -> None:
    """#15.3: a wrong line in the own-plan links, a task with a status and no result, a word for a figure."""
    page.locator("textarea[name=own_links]").fill("Mục 2 - tổ chức hội nghị\n3 | Z.99 | Việc khác")
    status = page.locator(
        "details[open] select[name$=_status], form:not(:has(details)) select[name$=_status]"
    )
    status.first.select_option("in_progress")
    name = status.first.get_attribute("name").replace("_status", "_result")
    page.locator(f"textarea[name={name}]").fill("")
    page.locator(
        "details[open] input[name^=i_]:not([disabled]), form:not(:has(details)) input[name^=i_]:not([disabled])"
    ).first.fill("ba")
    page.get_by_role("button", name="Lưu báo cáo").first.click()
    page.wait_for_load_state("networkidle")
    if side == "before":  # one error at a time, beside its field only, halfway down the page
        page.locator(".errorlist").first.scroll_into_view_if_needed()


def _registry_import_15(page, side: str) -> None:
    """#15.9: a sheet with a good row and a row with several errors, uploaded by the registry officer."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "STT",
            "Họ và tên",
            "Năm sinh",
            "Giới tính",
            "Dân tộc",
            "Trình độ",
            "Năm nhận bằng",
            "Lĩnh vực",
            "Cơ quan công tác",
        ]
    )
    sheet.append([1, "Nguyễn Thị Hoà", 1994, "Nữ", "Kinh", "TS", 2021, "401", "Sở Y tế"])
    sheet.append([2, "Lê Văn Sai", 1899, "Không biết", "Không rõ", "Tú tài", 2012, "", ""])
    data = io.BytesIO()
    book.save(data)
    page.locator("input[type=file]").set_input_files(
        files=[
            {
                "name": "tri-thuc.xlsx",
                "mimeType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "buffer": data.getvalue(),
            }
        ]
    )
    page.locator("form[enctype] button[type=submit]").first.click()
    page.wait_for_load_state("networkidle")
    page.wait_for_url("**/tri-thuc/nhap/*/")
    page.locator("table").first.scroll_into_view_if_needed()  # the rows' errors


def _scroll_to(selector: str):
    return lambda page, side: page.locator(selector).first.scroll_into_view_if_needed()


def _report(side: str, suffix: str = "") -> str:
    default = {"before": "/bao-cao/8/", "after": "/bao-cao/20/"}[side]
    return os.environ.get(f"REPORT_{side.upper()}", default) + suffix


# #15's pairs: name: (account, path before, path after, what to do on the page or None, viewport)
FINDINGS15 = {
    "p1-registry-apostrophe": ("csdl", "/tri-thuc/?q=ksor", "/tri-thuc/?q=ksor", None, DESKTOP),
    "p2-followup-grid": (
        "dieuphoi",
        "/bao-cao/theo-doi/",
        "/bao-cao/kl52/theo-doi/",
        _scroll_to('#followup-grid tr:has-text("Sở Tài chính"), table tr:has-text("Sở Tài chính")'),
        DESKTOP,
    ),
    "p3-report-form-errors": (
        "noivu",
        _report("before", "sua/"),
        _report("after", "sua/"),
        _form_errors_15,
        DESKTOP,
    ),
    "p3-breakdown-labels": ("noivu", "/bao-cao/1/#chi-tieu", "/bao-cao/1/#chi-tieu", None, DESKTOP),
    "p3-saved-who-sends": (
        "noivu",
        _report("before", "sua/"),
        _report("after", "sua/"),
        lambda page, side: page.get_by_role("button", name="Lưu báo cáo").first.click(),
        DESKTOP,
    ),
    "p4-task-history": ("noivu", "/ke-hoach/nhiem-vu/59/", "/ke-hoach/kl52/nhiem-vu/59/", None, DESKTOP),
    "p5-report-form": ("noivu", _report("before", "sua/"), _report("after", "sua/"), None, DESKTOP),
    "p5-report-page": ("noivu", _report("before"), _report("after"), None, DESKTOP),
    "p5-review-panel": ("lienhiep", "/phan-bien/2/hoi-dong/", "/phan-bien/2/hoi-dong/", None, DESKTOP),
    "p5-review-request": ("lienhiep", "/phan-bien/2/", "/phan-bien/2/", None, DESKTOP),
    "p5-dialogue-followup": (
        "lanhdao",
        "/su-kien/12/ket-qua-kien-nghi/",
        "/su-kien/12/ket-qua-kien-nghi/",
        None,
        DESKTOP,
    ),
    "p6-dates": (
        "noivu",
        "/ke-hoach/nhiem-vu/59/cap-nhat/so-noi-vu/",
        "/ke-hoach/kl52/nhiem-vu/59/cap-nhat/so-noi-vu/",
        None,
        DESKTOP,
    ),
    "p7-audit-log": ("dieuphoi", "/nhat-ky/", "/nhat-ky/", None, DESKTOP),
    "p8-title-cut": ("noivu", "/sua-doi/moi/", "/sua-doi/moi/", None, {"width": 1280, "height": 500}),
    "p9-registry-import": ("csdl", "/tri-thuc/nhap/", "/tri-thuc/nhap/", _registry_import_15, DESKTOP),
    "p10-plan-tree-closing": (
        "dieuphoi",
        "/ke-hoach/3/",
        "/ke-hoach/kl52/cay/",
        _scroll_to("#item-94"),
        {"width": 1280, "height": 600},
    ),
    "p10-two-factor-qr": ("dieuphoi", "/tai-khoan/hai-lop/", "/tai-khoan/hai-lop/", None, DESKTOP),
    "p10-favicon": ("dieuphoi", "/favicon.ico", "/favicon.ico", None, {"width": 640, "height": 240}),
    "p10-admin": ("quantri", "/quan-tri/", "/quan-tri/", None, DESKTOP),
}


def _save_small(png: bytes, path: Path) -> None:
    """A palette PNG (a quarter of the bytes of a screenshot's RGB), optimised."""
    if Image is None:
        path.write_bytes(png)
        return
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True
    )


def findings15(before: str, after: str, names: list[str]) -> int:
    out = OUT / "findings-15"
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        for name in names or list(FINDINGS15):
            account, before_path, after_path, action, viewport = FINDINGS15[name]
            for side, base, path in (("before", before, before_path), ("after", after, after_path)):
                page = browser.new_page(
                    viewport=viewport, locale="en-US"
                )  # dates as an English browser shows them
                _login(page, base, account)
                page.goto(f"{base}{path}")
                page.wait_for_load_state("networkidle")
                if action:
                    action(page, side)
                height = page.evaluate("document.documentElement.scrollHeight")
                _save_small(page.screenshot(full_page=False), out / f"{name}-{side}.png")
                print(f"{name}-{side}: {page.url} (page {height} px high)")
                page.close()
        browser.close()
    return 0


def main() -> int:
    if sys.argv[1:2] == ["--findings15"]:
        return findings15(sys.argv[2], sys.argv[3], sys.argv[4:])
    base = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1].startswith("http") else "http://127.0.0.1:8000"
    args = [a for a in sys.argv[1:] if not a.startswith("http")]
    paths = dict(a.split("=", 1) for a in args if "=" in a)
    wanted = [a for a in args if "=" not in a] + [name for name in paths if name not in args] or list(SHOTS)
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        for name in wanted:
            account, path, action = SHOTS[name]
            viewport = PHONE if name.startswith("phone-") else DESKTOP
            page = browser.new_page(viewport=viewport, locale="en-US")
            path = paths.get(name, path)
            _login(page, base, account)
            if path:
                page.goto(f"{base}{path}")
                page.wait_for_load_state("networkidle")
            if action:
                action(page)
            page.screenshot(path=str(OUT / f"{name}.png"), full_page=False)
            print(f"{name}: {page.url}")
            page.close()
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
