"""Screenshots of the pages a session changed, as their users see them, into docs/screenshots/.

Run against a served demo (`make run`, or any server with the demo accounts):
    .venv/bin/python scripts/screenshots.py [BASE_URL] [NAME ...]
Each shot logs in as the role that uses the page; NAME picks some of them (all by default), NAME=PATH
opens another address for that shot (e.g. superseded-task=/ke-hoach/kl52/nhiem-vu/12/, a task of an old version).
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

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


def main() -> int:
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
