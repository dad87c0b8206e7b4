"""What this app's audit rows are called in the audit log (a code ending in "." names a group)."""

LABELS = {
    "kpi.": "Chỉ tiêu của kế hoạch",
    "kpi.propose": "Đề xuất chỉ tiêu từ văn bản kế hoạch",
    "kpi.confirm": "Xác nhận chỉ tiêu",
    "kpi.discard": "Bỏ chỉ tiêu đề xuất",
}
