"""Seed tables: public holidays 2020-2030, the annual regime of the KL52 plan and its indicators.

Tết and Giỗ Tổ Hùng Vương follow the lunar calendar, so their dates are written out per year. Years after 2026
carry the usual pattern (two days before to four days after mùng 1) marked "dự kiến" until the Government
decides; an administrator corrects them in Django admin. Pure data and pure functions: the data migration and
the tests use it.
"""

import datetime as dt

D = dt.date

# Tết Nguyên đán off-days for public servants, as decided (2020-2026), else provisional.
TET_DECIDED = {
    2020: (D(2020, 1, 23), D(2020, 1, 29)),
    2021: (D(2021, 2, 10), D(2021, 2, 16)),
    2022: (D(2022, 1, 29), D(2022, 2, 6)),
    2023: (D(2023, 1, 20), D(2023, 1, 26)),
    2024: (D(2024, 2, 8), D(2024, 2, 14)),
    2025: (D(2025, 1, 25), D(2025, 2, 2)),
    2026: (D(2026, 2, 14), D(2026, 2, 22)),
}
LUNAR_NEW_YEAR = {  # mùng 1 Tết
    2027: D(2027, 2, 6),
    2028: D(2028, 1, 26),
    2029: D(2029, 2, 13),
    2030: D(2030, 2, 3),
}
HUNG_KINGS = {  # Giỗ Tổ Hùng Vương, 10/3 âm lịch
    2020: D(2020, 4, 2),
    2021: D(2021, 4, 21),
    2022: D(2022, 4, 10),
    2023: D(2023, 4, 29),
    2024: D(2024, 4, 18),
    2025: D(2025, 4, 7),
    2026: D(2026, 4, 26),
    2027: D(2027, 4, 16),
    2028: D(2028, 4, 4),
    2029: D(2029, 4, 23),
    2030: D(2030, 4, 12),
}
# Quốc khánh has two days since 2021: 2/9 and the day before or after, as decided each year.
NATIONAL_DAY_EXTRA = {2022: D(2022, 9, 1), 2023: D(2023, 9, 1), 2025: D(2025, 9, 1)}


def holiday_rows(first: int = 2020, last: int = 2030) -> list[tuple[dt.date, str]]:
    """(date, name) of every off-day; a single-day holiday on a weekend gives the next working day off."""
    rows: dict[dt.date, str] = {}
    for year in range(first, last + 1):
        if year in TET_DECIDED:
            start, end = TET_DECIDED[year]
            label = "Tết Nguyên đán"
        else:
            new_year = LUNAR_NEW_YEAR[year]
            start, end = new_year - dt.timedelta(days=2), new_year + dt.timedelta(days=4)
            label = "Tết Nguyên đán (dự kiến)"
        day = start
        while day <= end:
            rows[day] = label
            day += dt.timedelta(days=1)
        singles = [
            (D(year, 1, 1), "Tết Dương lịch"),
            (HUNG_KINGS[year], "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
            (D(year, 4, 30), "Ngày Chiến thắng 30/4"),
            (D(year, 5, 1), "Ngày Quốc tế Lao động 1/5"),
            (D(year, 9, 2), "Quốc khánh 2/9"),
        ]
        if year >= 2021:
            singles.append((NATIONAL_DAY_EXTRA.get(year, D(year, 9, 3)), "Quốc khánh (ngày liền kề)"))
        for day, name in singles:
            rows.setdefault(day, name)
        for day, name in sorted(singles):
            if day.weekday() >= 5:
                comp = day + dt.timedelta(days=1)
                while comp.weekday() >= 5 or comp in rows:
                    comp += dt.timedelta(days=1)
                rows[comp] = f"Nghỉ bù {name}"
    return sorted(rows.items())


# The seeded regime reports on the plan with this code (the demo's and the tests' seed plan).
ANNUAL_REGIME_PLAN = "kl52"
ANNUAL_REGIME = {
    "code": "kl52-hang-nam",
    "name": "Báo cáo kết quả thực hiện Kế hoạch xây dựng đội ngũ trí thức (Kết luận 52-KL/TW)",
    "reporters": "Các sở, ban, ngành, đoàn thể, UBND các địa phương",
    "recipient": "Sở Khoa học và Công nghệ",
    "final_recipient": "Ủy ban nhân dân tỉnh",
    "frequency": "annual",
    "agency_deadline_days": 3,
    "department_deadline_days": 8,
    "province_deadline_days": 12,
    "outline": (
        "I. Công tác quán triệt, tuyên truyền\nII. Kết quả thực hiện nhiệm vụ, giải pháp\n"
        "III. Số liệu chỉ tiêu (theo biểu mẫu)\nIV. Khó khăn, vướng mắc\nV. Đề xuất, kiến nghị"
    ),
    "figure_form": "Biểu số liệu chỉ tiêu kèm theo (tệp .xlsx)",
}
# The seed plan's item that asks agencies for their own plans (cited beside "Triển khai tại đơn vị").
ANNUAL_REGIME_OWN_PLAN_ITEM = "III.8.a"

PEOPLE = ["gender", "ethnic", "age_band", "degree"]
INDICATORS = [
    (
        "hoi-nghi-quan-triet",
        "Số hội nghị quán triệt, phổ biến Kết luận 52 đã tổ chức",
        "hội nghị",
        "sum",
        [],
        "II.1.a",
    ),
    (
        "luot-can-bo-quan-triet",
        "Số lượt cán bộ, công chức, viên chức được quán triệt",
        "lượt người",
        "sum",
        ["gender", "ethnic"],
        "II.1.a",
    ),
    (
        "tin-bai-tuyen-truyen",
        "Số tin, bài, phóng sự tuyên truyền trên báo chí, phát thanh, truyền hình",
        "tin, bài",
        "sum",
        [],
        "II.1.b",
    ),
    ("tri-thuc-thu-hut", "Số trí thức được thu hút về tỉnh", "người", "sum", PEOPLE, "III.2.a"),
    (
        "sinh-vien-xuat-sac",
        "Số sinh viên tốt nghiệp xuất sắc được tuyển dụng",
        "người",
        "sum",
        ["gender", "ethnic"],
        "III.2.a",
    ),
    (
        "tai-nang-tre",
        "Số tài năng trẻ được phát hiện, bồi dưỡng trong nhà trường",
        "học sinh",
        "sum",
        ["gender", "ethnic"],
        "III.3",
    ),
    (
        "doanh-nghiep-khcn",
        "Số doanh nghiệp khoa học và công nghệ được chứng nhận (lũy kế)",
        "doanh nghiệp",
        "last",
        [],
        "III.1",
    ),
    (
        "quy-khcn-giai-ngan",
        "Kinh phí Quỹ phát triển khoa học và công nghệ đã giải ngân",
        "triệu đồng",
        "sum",
        [],
        "III.1",
    ),
    (
        "von-dau-tu-ha-tang",
        "Vốn đầu tư công bố trí cho hạ tầng khoa học và công nghệ",
        "triệu đồng",
        "sum",
        [],
        "II.4.a",
    ),
    (
        "du-an-phan-bien",
        "Số chính sách, dự án được Liên hiệp các Hội tư vấn, phản biện, giám định xã hội",
        "dự án",
        "sum",
        [],
        "III.7.a",
    ),
    ("doi-thoai-tri-thuc", "Số cuộc gặp mặt, đối thoại với trí thức", "cuộc", "sum", [], "III.7"),
    (
        "luot-tri-thuc-doi-thoai",
        "Số lượt trí thức tham dự gặp mặt, đối thoại",
        "lượt người",
        "sum",
        ["gender", "ethnic", "age_band"],
        "III.7",
    ),
    ("hoi-thi-sang-tao", "Số hội thi sáng tạo kỹ thuật tổ chức", "hội thi", "sum", [], "III.7.a"),
    ("giai-thuong-sang-tao", "Số giải thưởng sáng tạo kỹ thuật được trao", "giải", "sum", [], "III.7.a"),
    (
        "can-bo-tri-thuc-lon-nhat",
        "Số trí thức tham gia hội đồng tư vấn nhiều nhất trong một đợt",
        "người",
        "max",
        [],
        "III.7.a",
    ),
]
