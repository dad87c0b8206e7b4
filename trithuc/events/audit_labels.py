"""What this app's audit rows are called in the audit log (a code ending in "." names a group)."""

LABELS = {
    "event.": "Sự kiện",
    "event.create": "Tạo sự kiện",
    "event.delete": "Xóa sự kiện",
    "event.publish": "Công bố sự kiện",
    "event.file.add": "Thêm tệp vào sự kiện",
    "event.file.delete": "Xóa tệp của sự kiện",
    "event.participant.add": "Thêm người tham dự sự kiện",
    "event.participant.remove": "Bỏ người tham dự sự kiện",
    "event.prize.add": "Thêm giải thưởng của sự kiện",
    "event.prize.delete": "Xóa giải thưởng của sự kiện",
    "event.recommendation.add": "Thêm kiến nghị tại sự kiện",
    "event.recommendation.answer": "Trả lời kiến nghị tại sự kiện",
    "event.recommendation.delete": "Xóa kiến nghị tại sự kiện",
    "events.": "Sự kiện (xem dữ liệu cá nhân)",
    "events.participants.view": "Xem danh sách người tham dự",
}
