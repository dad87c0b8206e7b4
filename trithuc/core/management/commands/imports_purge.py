"""Remove the files of imports that ended more than IMPORT_FILES_KEEP_DAYS ago (run daily from cron)."""

import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from trithuc.plans.services.plan_import import plan_import_files_purge
from trithuc.registry.services.person_import import registry_import_files_purge


class Command(BaseCommand):
    help = "Xóa tệp tải lên và tệp tạm của các lượt nhập đã kết thúc quá số ngày quy định."

    def handle(self, *args, **options):
        before = timezone.now() - dt.timedelta(days=settings.IMPORT_FILES_KEEP_DAYS)
        plans, registry = plan_import_files_purge(before=before), registry_import_files_purge(before=before)
        self.stdout.write(f"Đã xóa tệp của {plans} bản nháp kế hoạch và {registry} lượt nhập CSDL trí thức.")
