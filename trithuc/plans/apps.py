from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "trithuc.plans"
    label = "plans"
    verbose_name = "Kế hoạch và nhiệm vụ"

    def ready(self) -> None:
        from trithuc.core.jobs import ImportKind, import_kind_register
        from trithuc.plans.services.plan_import import plan_import_files_purge, plan_import_reap

        import_kind_register(
            ImportKind(
                label="bản nháp kế hoạch",
                reap=plan_import_reap,
                purge=lambda before: plan_import_files_purge(before=before),
            )
        )
