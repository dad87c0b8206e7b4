"""What this app's audit rows are called in the audit log (a code ending in "." names a group)."""

LABELS = {
    "plan.": "Kế hoạch",
    "plan.import": "Nhập kế hoạch mới",
    "plan.new_version": "Nhập phiên bản mới của kế hoạch",
    "plan.item_create": "Thêm mục vào kế hoạch",
    "plan.reanchor": "Gắn lại mục kế hoạch sau sửa đổi",
    "plan_import.": "Bản nháp nhập kế hoạch",
    "plan_import.start": "Tải lên văn bản kế hoạch",
    "plan_import.correct": "Sửa bản nháp kế hoạch",
    "plan_import.undo": "Hoàn tác một chỉnh sửa bản nháp",
    "plan_import.discard": "Hủy bản nháp kế hoạch",
    "plan_import.retry": "Đọc lại bản nháp kế hoạch",
    "progress.": "Tiến độ nhiệm vụ",
    "progress.create": "Cập nhật tiến độ nhiệm vụ",
    "assignment.": "Phân công nhiệm vụ",
    "assignment.transfer": "Chuyển giao nhiệm vụ cho đơn vị kế thừa",
    "document.": "Văn bản",
    "document.relate": "Liên kết văn bản",
}
