# The register moves from reporting to documents: the table stays, only Django's record of its owner changes.
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [("reporting", "0002_seed")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="DocumentNumberRegister",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("year", models.PositiveSmallIntegerField(verbose_name="năm")),
                        ("symbol", models.CharField(max_length=32, verbose_name="ký hiệu")),
                        (
                            "last_number",
                            models.PositiveIntegerField(default=0, verbose_name="số đã cấp gần nhất"),
                        ),
                    ],
                    options={
                        "verbose_name": "sổ đăng ký số văn bản",
                        "verbose_name_plural": "sổ đăng ký số văn bản",
                        "db_table": "reporting_documentnumberregister",
                        "constraints": [
                            models.UniqueConstraint(fields=("year", "symbol"), name="number_register_unique")
                        ],
                    },
                )
            ],
            database_operations=[],
        )
    ]
