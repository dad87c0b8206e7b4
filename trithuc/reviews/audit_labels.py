"""What this app's audit rows are called in the audit log (a code ending in "." names a group)."""

LABELS = {
    "review.": "Tư vấn, phản biện",
    "review.create": "Tạo yêu cầu tư vấn, phản biện",
    "review.document": "Thêm tài liệu phản biện",
    "review.consulting": "Đưa yêu cầu vào lấy ý kiến",
    "review.member_add": "Mời thành viên hội đồng",
    "review.member_answer": "Thành viên trả lời lời mời",
    "review.member_remove": "Bỏ thành viên hội đồng",
    "review.opinion_submit": "Gửi ý kiến phản biện",
    "review.conclude": "Kết luận phản biện",
    "review.send": "Gửi kết luận phản biện",
    "review.respond": "Trả lời kiến nghị phản biện",
    "review.plan": "Chọn kế hoạch cho yêu cầu phản biện",
    "review.task_create": "Tạo nhiệm vụ từ kiến nghị phản biện",
}
