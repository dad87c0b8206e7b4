"""What this app's audit rows are called in the audit log (a code ending in "." names a group)."""

LABELS = {
    "api.": "Khóa truy cập API",
    "api.token.create": "Tạo khóa truy cập API",
    "api.token.revoke": "Thu hồi khóa truy cập API",
}
