from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentNumberRegister(models.Model):
    """The register of outgoing numbers ("Số: 12/BC-SKHCN"): one counter per year and symbol, restarting 1/1."""

    year = models.PositiveSmallIntegerField(_("năm"))
    symbol = models.CharField(_("ký hiệu"), max_length=32)
    last_number = models.PositiveIntegerField(_("số đã cấp gần nhất"), default=0)

    class Meta:
        db_table = "reporting_documentnumberregister"  # the table reporting created; only the owner changed
        verbose_name = _("sổ đăng ký số văn bản")
        verbose_name_plural = _("sổ đăng ký số văn bản")
        constraints = [models.UniqueConstraint(fields=["year", "symbol"], name="number_register_unique")]

    def __str__(self) -> str:
        return f"{self.year} {self.symbol}: {self.last_number}"
