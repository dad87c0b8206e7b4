import re

from django.db import migrations, models
import django.db.models.deletion


def codes_fill(apps, schema_editor):
    """Plans stored before codes existed: one code per document (its versions share it), from the number."""
    Plan = apps.get_model("plans", "Plan")
    taken: set[str] = set()
    by_document: dict[int, str] = {}
    for plan in Plan.objects.select_related("document").order_by("document_id", "version"):
        code = by_document.get(plan.document_id)
        if code is None:
            match = re.match(r"\s*(\d+)", plan.document.number or "")
            base = f"kh{match.group(1)}" if match else "kh"
            if plan.document.year:
                base = f"{base}-{plan.document.year}"
            code, n = base, 2
            while code in taken:
                code, n = f"{base}-{n}", n + 1
            taken.add(code)
            by_document[plan.document_id] = code
        plan.code = code
        plan.save(update_fields=["code"])


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0004_heartbeat"),
    ]

    operations = [
        migrations.AddField(
            model_name="plan",
            name="code",
            field=models.SlugField(
                default="",
                help_text="mã ngắn dùng trong đường dẫn và câu lệnh, ví dụ kl52",
                max_length=32,
                verbose_name="mã kế hoạch",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="plan",
            name="closed_on",
            field=models.DateField(blank=True, null=True, verbose_name="hết hiệu lực từ ngày"),
        ),
        migrations.AddField(
            model_name="plan",
            name="replaced_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="replaces",
                to="plans.plan",
                verbose_name="được thay thế bởi",
            ),
        ),
        migrations.RunPython(codes_fill, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="plan",
            constraint=models.UniqueConstraint(
                condition=models.Q(("is_current", True)), fields=("code",), name="plan_code_unique"
            ),
        ),
    ]
