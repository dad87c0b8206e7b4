"""A small plan for the preview's tests: a province's plan naming central bodies, an unknown agency, a task
without owner and a task that holds two tasks (the page, the services and the browser tests share it).

II.4 holds its two activities in one sentence ("…; rà soát …"), which the parser keeps whole (a later
sentence naming its own agency would be split by the parser itself), and section III names no coordinator of
the plan, so nothing can give II.4 an owner: the tests' split and "no owner" warning stay theirs to make."""

SMALL_PLAN = """ỦY BAN NHÂN DÂN
TỈNH {province}
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện chuyển đổi số trong cơ quan nhà nước năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao hiệu quả quản lý nhà nước bằng dữ liệu số.
II. NHIỆM VỤ
1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng dữ liệu dùng chung của tỉnh, hoàn thành trong quý II/2026.
2. Kho bạc Nhà nước khu vực chủ trì số hóa chứng từ chi thường xuyên, hoàn thành trước ngày 30/9/2026.
3. Sở Nội vụ chủ trì, phối hợp với Bộ Nội vụ và các cơ quan có liên quan bồi dưỡng kỹ năng số cho công chức, hoàn thành trong năm 2026.
4. Tổ chức hội nghị sơ kết việc thực hiện Kế hoạch; rà soát văn bản quy phạm pháp luật về dữ liệu, hoàn thành trong quý IV/2026.
5. Sở Tài chính chủ trì bố trí kinh phí thực hiện, hằng năm.
III. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ tổng hợp kết quả, báo cáo Chính phủ, Bộ Khoa học và Công nghệ theo quy định.
"""


def small_plan(province: str = "LÂM ĐỒNG", place: str = "Lâm Đồng") -> str:
    return SMALL_PLAN.format(province=province, place=place)
