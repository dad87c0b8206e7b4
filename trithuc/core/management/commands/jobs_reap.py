"""Mark failed the imports whose worker died (run every few minutes from cron; see docs/deploy.md).

It runs here, not on the worker's queue: a queue whose worker is dead would never run it."""

from django.core.management.base import BaseCommand

from trithuc.plans.services.plan_import import plan_import_reap
from trithuc.registry.services.person_import import registry_import_reap


class Command(BaseCommand):
    help = "Đánh dấu lỗi các lượt nhập mà tiến trình xử lý đã dừng giữa chừng."

    def handle(self, *args, **options):
        plans, registry = plan_import_reap(), registry_import_reap()
        self.stdout.write(f"Kế hoạch: {len(plans)} bản nháp; CSDL trí thức: {len(registry)} lượt nhập.")
