from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "trithuc.registry"
    label = "registry"
    verbose_name = "Cơ sở dữ liệu trí thức"

    def ready(self) -> None:
        from trithuc.core.jobs import ImportKind, import_kind_register
        from trithuc.registry.services.person_import import registry_import_files_purge, registry_import_reap

        import_kind_register(
            ImportKind(
                label="lượt nhập CSDL trí thức",
                reap=registry_import_reap,
                purge=lambda before: registry_import_files_purge(before=before),
            )
        )
