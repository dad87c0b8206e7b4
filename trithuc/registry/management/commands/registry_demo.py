"""`manage.py registry_demo [--count N]`: generated demo people (refused in production, idempotent)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trithuc.core.environment import demo_allowed
from trithuc.registry.demo import registry_demo_setup


class Command(BaseCommand):
    help = "Tạo dữ liệu trí thức demo (người giả lập, không phải người thật)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--count", type=int, default=3000)

    def handle(self, count: int, **options: Any) -> None:
        if not demo_allowed():
            raise CommandError("Không tạo dữ liệu demo trong môi trường production.")
        self.stdout.write(f"Đã tạo {registry_demo_setup(count)} hồ sơ trí thức demo.")
