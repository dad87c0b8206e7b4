"""Upload checks shared by every module: the extension must be allowed and the bytes must match it.

A renamed executable ("bao-cao.pdf" that starts with MZ) or a file whose content does not fit its name is
refused before it is stored.
"""

from pathlib import Path

from django.core.files.uploadedfile import UploadedFile

from trithuc.core.errors import ServiceError

SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".odt": (b"PK\x03\x04",),
    ".ods": (b"PK\x03\x04",),
    ".zip": (b"PK\x03\x04",),
    ".doc": (b"\xd0\xcf\x11\xe0",),
    ".xls": (b"\xd0\xcf\x11\xe0",),
    ".png": (b"\x89PNG",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
}
EXECUTABLE = (b"MZ", b"\x7fELF", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe")


def upload_check(upload: UploadedFile, *, allowed: set[str], max_bytes: int, field: str, label: str) -> None:
    suffix = Path(upload.name or "").suffix.lower()
    if suffix not in allowed:
        kinds = ", ".join(sorted(s.lstrip(".").upper() for s in allowed))
        raise ServiceError(f"{label} phải là một trong các định dạng: {kinds}.", field=field)
    if upload.size and upload.size > max_bytes:
        raise ServiceError(f"{label} vượt quá {max_bytes // (1024 * 1024)} MB.", field=field)
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(EXECUTABLE):
        raise ServiceError(f"{label} là tệp chương trình đổi tên, không được nhận.", field=field)
    if suffix in SIGNATURES and not head.startswith(SIGNATURES[suffix]):
        raise ServiceError(
            f"Nội dung {label.lower()} không đúng với đuôi {suffix}: tệp hỏng hoặc bị đổi tên.", field=field
        )
