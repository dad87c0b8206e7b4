"""What this app's audit rows are called in the audit log (a code ending in "." names a group)."""

LABELS = {
    "agency.": "Cơ quan, đơn vị",
    "agency.update": "Sửa thông tin cơ quan, đơn vị",
    "admin.agency.change": "Quản trị: sửa cơ quan, đơn vị",
    "reorganisation.": "Sắp xếp, sáp nhập đơn vị",
    "reorganisation.apply": "Áp dụng sắp xếp, sáp nhập đơn vị",
    "province.": "Thông tin tỉnh",
    "province.profile_update": "Sửa thông tin tỉnh",
    "province.setup": "Thiết lập tỉnh từ danh sách cơ quan",
    "admin.provinceprofile.add": "Quản trị: tạo thông tin tỉnh",
    "admin.provinceprofile.change": "Quản trị: sửa thông tin tỉnh",
}
