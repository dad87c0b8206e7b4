from typing import Any

from django.core.management.base import BaseCommand, CommandError

from trithuc.core.errors import ServiceError
from trithuc.demo.setup import DEMO_ACCOUNTS, DEMO_PASSWORD, demo_setup


class Command(BaseCommand):
    help = "Chuẩn bị cơ sở dữ liệu demo: cơ quan, kế hoạch mẫu, tài khoản demo (chạy lại không thay đổi gì)."

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = demo_setup()
        except ServiceError as error:
            raise CommandError(error.message) from error
        self.stdout.write(
            f"Dữ liệu demo sẵn sàng: kế hoạch #{result['plan']}, {result['users']} tài khoản mới, "
            f"{result['updates']} cập nhật tiến độ mới, {result['people']} hồ sơ trí thức mới (dữ liệu sinh tự động); "
            f"mới thêm: {result['amendments']} mục sửa đổi kế hoạch, {result['reviews']} mục phản biện, "
            f"{result['events']} mục sự kiện."
        )
        self.stdout.write(f"Tài khoản demo (mật khẩu chung: {DEMO_PASSWORD}):")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.username:<14} {account.role:<17} {account.agency_code}")
