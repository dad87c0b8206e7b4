"""What this app's audit rows are called in the audit log (a code ending in "." names a group)."""

LABELS = {
    "auth.": "Đăng nhập, xác thực",
    "auth.login": "Đăng nhập",
    "auth.login_failed": "Đăng nhập không thành công",
    "auth.logout": "Đăng xuất",
    "auth.password_change": "Đổi mật khẩu",
    "auth.two_factor.enable": "Bật xác thực hai lớp",
    "auth.two_factor.failed": "Nhập sai mã xác thực hai lớp",
    "auth.two_factor.verified": "Qua bước xác thực hai lớp",
    "admin.": "Trang quản trị",
    "admin.user.add": "Quản trị: thêm tài khoản",
    "admin.user.change": "Quản trị: sửa tài khoản",
    "admin.user.delete": "Quản trị: xóa tài khoản",
    "admin.user.password": "Quản trị: đặt lại mật khẩu",
    "admin.group.change": "Quản trị: sửa nhóm quyền",
    "admin.group.delete": "Quản trị: xóa nhóm quyền",
    "admin.membership.delete": "Quản trị: xóa vai trò của tài khoản",
    "system.": "Hệ thống",
    "system.backup": "Sao lưu dữ liệu",
    "system.restore": "Khôi phục dữ liệu",
}
