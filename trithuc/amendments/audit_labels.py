"""What this app's audit rows are called in the audit log (a code ending in "." names a group)."""

LABELS = {
    "amendment.": "Đề xuất sửa đổi kế hoạch",
    "amendment.create": "Tạo đề xuất sửa đổi",
    "amendment.update": "Sửa đề xuất sửa đổi",
    "amendment.delete": "Xóa đề xuất sửa đổi",
    "amendment.send": "Gửi đề xuất sửa đổi",
    "amendment_set.": "Tờ trình sửa đổi kế hoạch",
    "amendment_set.create": "Lập tờ trình sửa đổi kế hoạch",
    "amendment_set.submit": "Trình tờ trình sửa đổi kế hoạch",
    "amendment_set.decide": "Quyết định về tờ trình sửa đổi",
}
