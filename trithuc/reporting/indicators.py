"""Indicator breakdowns and validation rules: pure, so the Excel import and the web form share them."""

from decimal import Decimal, InvalidOperation

DIMENSIONS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "gender": ("Giới tính", [("nam", "Nam"), ("nu", "Nữ")]),
    "ethnic": ("Dân tộc", [("dtts", "Dân tộc thiểu số"), ("kinh", "Không phải dân tộc thiểu số")]),
    # "Young" is under 35 (DESIGN §4); bands are a setting of the indicator table, here the default.
    "age_band": (
        "Độ tuổi",
        [("duoi-35", "Dưới 35 tuổi"), ("35-50", "Từ 35 đến 50 tuổi"), ("tren-50", "Trên 50 tuổi")],
    ),
    "degree": (
        "Trình độ",
        [("tien-si", "Tiến sĩ, TSKH"), ("thac-si", "Thạc sĩ"), ("dai-hoc", "Đại học"), ("khac", "Khác")],
    ),
}
DECIMAL_UNITS = frozenset({"triệu đồng", "tỷ đồng", "%"})


def categories(dimension: str) -> list[tuple[str, str]]:
    return DIMENSIONS[dimension][1]


def parse_number(raw: object) -> Decimal | None:
    """A cell or field value as a Decimal; blank is None; '1.234,5' and '1,234.5' both read as 1234.5."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise ValueError("không phải là số")
    if isinstance(raw, int | float | Decimal):
        return _bounded(Decimal(str(raw)), raw)
    text = str(raw).strip().replace(" ", "")
    if "," in text and "." in text:
        text = (
            text.replace(".", "").replace(",", ".")
            if text.rfind(",") > text.rfind(".")
            else text.replace(",", "")
        )
    elif "," in text:
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation as error:
        raise ValueError(f"“{raw}” không phải là số") from error
    return _bounded(number, raw)


# The database keeps 16 digits with 2 decimals; a larger figure is a typing error, never a real count.
NUMBER_LIMIT = Decimal(10) ** 14


def _bounded(number: Decimal, raw: object) -> Decimal:
    if not number.is_finite():
        raise ValueError(f"“{raw}” không phải là số")
    if abs(number) >= NUMBER_LIMIT:
        raise ValueError(f"“{raw}” quá lớn")
    return _tidy(number)


def _tidy(number: Decimal) -> Decimal:
    """60.0 from a spreadsheet is 60: whole numbers lose their decimal places."""
    return number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize()


def validate_value(
    *,
    unit: str,
    breakdowns: list[str],
    value: Decimal | None,
    breakdown: dict[str, dict[str, Decimal | None]],
) -> list[tuple[str, str]]:
    """Errors as (where, reason): `where` is "" for the total or "dimension:category"."""
    errors: list[tuple[str, str]] = []

    def check(where: str, number: Decimal | None) -> None:
        if number is None:
            return
        if number < 0:
            errors.append((where, "không được âm"))
        elif unit not in DECIMAL_UNITS and number != number.to_integral_value():
            errors.append((where, f"phải là số nguyên (đơn vị “{unit}”)"))

    check("", value)
    for dimension in breakdowns:
        given = breakdown.get(dimension, {})
        for code, _label in categories(dimension):
            check(f"{dimension}:{code}", given.get(code))
        numbers = [given.get(code) for code, _ in categories(dimension)]
        filled = [n for n in numbers if n is not None]
        if not filled:
            continue
        if value is None:
            errors.append(("", "hãy nhập số tổng khi đã nhập số phân tổ"))
        elif len(filled) < len(numbers):
            errors.append((f"{dimension}:", f"hãy nhập đủ các nhóm theo {DIMENSIONS[dimension][0].lower()}"))
        elif sum(filled) != value:
            errors.append(
                (
                    f"{dimension}:",
                    f"tổng theo {DIMENSIONS[dimension][0].lower()} là {fmt(sum(filled))}, khác số tổng {fmt(value)}",
                )
            )
    return errors


def breakdown_text(breakdown: dict[str, dict[str, object]]) -> str:
    """A stored breakdown as people read it (#15.3): "Giới tính: Nam 66, Nữ 74; Độ tuổi: Dưới 35 tuổi 10, …",
    labels in the order of DIMENSIONS, never the keys ("duoi-35"). An unknown key is shown as it is."""
    parts = []
    for dimension, given in breakdown.items():
        if not given:
            continue
        title, cats = DIMENSIONS.get(dimension, (dimension, []))
        known = [(code, label) for code, label in cats if code in given]
        known += [(code, code) for code in given if code not in dict(cats)]
        numbers = ", ".join(f"{label} {fmt(_as_number(given[code]))}" for code, label in known)
        parts.append(f"{title}: {numbers}")
    return "; ".join(parts)


def _as_number(value: object) -> Decimal | None:
    try:
        return parse_number(value)
    except ValueError:
        return None


def fmt(number: Decimal | int | float | None) -> str:
    """Vietnamese number format: 1.234,5 (dot for thousands, comma for decimals)."""
    if number is None:
        return ""
    number = Decimal(str(number))
    integral = number == number.to_integral_value()
    text = f"{number:,.0f}" if integral else f"{number:,.2f}".rstrip("0")
    return text.replace(",", "_").replace(".", ",").replace("_", ".")
