"""What this app's audit rows are called in the audit log (a code ending in "." names a group)."""

LABELS = {
    "registry.": "Cơ sở dữ liệu trí thức",
    "registry.list": "Xem danh sách trí thức",
    "registry.export": "Xuất dữ liệu trí thức",
    "registry.person.view": "Xem hồ sơ trí thức",
    "registry.person.create": "Thêm hồ sơ trí thức",
    "registry.person.update": "Sửa hồ sơ trí thức",
    "registry.person.delete": "Xóa hồ sơ trí thức",
    "registry.person.consent": "Ghi nhận sự đồng ý của trí thức",
    "registry.person.merge": "Gộp dòng tệp nhập vào hồ sơ trí thức",
    "registry.import.start": "Tải lên tệp nhập CSDL trí thức",
    "registry.import.remap": "Ghép lại cột tệp nhập CSDL trí thức",
    "registry.import.confirm": "Xác nhận nhập CSDL trí thức",
    "registry.import.discard": "Hủy lượt nhập CSDL trí thức",
    "registry.import.retry": "Kiểm tra lại lượt nhập CSDL trí thức",
}
