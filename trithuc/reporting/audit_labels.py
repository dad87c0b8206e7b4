"""What this app's audit rows are called in the audit log (a code ending in "." names a group)."""

LABELS = {
    "report.": "Báo cáo định kỳ của đơn vị",
    "report.create": "Tạo báo cáo của đơn vị",
    "report.save": "Lưu báo cáo của đơn vị",
    "report.submit": "Gửi báo cáo của đơn vị",
    "report.accept": "Tiếp nhận báo cáo của đơn vị",
    "report.return": "Trả lại báo cáo để bổ sung",
    "reporting.": "Chế độ báo cáo",
    "reporting.periods_generate": "Tạo các kỳ báo cáo",
    "consolidated.": "Báo cáo tổng hợp",
    "consolidated.draft": "Lập dự thảo báo cáo tổng hợp",
    "consolidated.narrative": "Sửa phần lời của báo cáo tổng hợp",
    "consolidated.issue": "Ban hành báo cáo tổng hợp",
}
