"""Reading a large .xlsx a slice of rows at a time with python-calamine.

calamine builds a whole sheet in memory before the first row comes out (about 1.2 KB per 17-column row, so
1.2 GB for a million rows). A worksheet is a flat list of `<row>` elements, so the first sheet's XML is streamed
out of the archive and cut between rows into sheets of SLICE_ROWS rows each, written with every other part
(shared strings, styles, so dates and numbers read the same) into a temporary, uncompressed copy. calamine then
reads the shared strings once and one slice at a time. A file this cannot cut (an unusual layout) is read
whole, as before.

`rows_from_child` runs that reading in a child process (`python -m trithuc.registry.xlsx_slices FILE`) that
streams the rows back in pickled batches: calamine holds the interpreter lock while it builds a slice, so a
thread would not overlap it with the validation of the rows already read, but a process on the second core does
(the figures are in docs/registry.md).
"""

import pickle
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from typing import Any

SLICE_ROWS = 2_000  # about 2 MB of calamine cells; the XML is cut at 1 MB blocks anyway
WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class CannotSlice(Exception):
    pass


def _first_sheet_part(archive: zipfile.ZipFile) -> str:
    workbook = archive.read("xl/workbook.xml").decode("utf-8")
    rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    first = re.search(r"<(?:\w+:)?sheet\b[^>]*?\b\w+:id=\"([^\"]+)\"", workbook)
    if not first:
        raise CannotSlice("no sheet")
    for rel in re.finditer(r"<(?:\w+:)?Relationship\b[^>]*>", rels):
        tag = rel.group(0)
        if re.search(rf"\bId=\"{re.escape(first.group(1))}\"", tag):
            target = re.search(r"\bTarget=\"([^\"]+)\"", tag)
            if target is None:
                break
            path = target.group(1)
            return path.lstrip("/") if path.startswith("/") else f"xl/{path}"
    raise CannotSlice("no sheet relationship")


def _rows_xml(stream: Any) -> tuple[bytes, bytes, Iterator[bytes]]:
    """(XML start up to the worksheet element, the element prefix, blocks of whole rows) of a worksheet stream."""
    head = b""
    while True:
        block = stream.read(1 << 16)
        if not block:
            raise CannotSlice("no sheetData")
        head += block
        found = re.search(rb"<(\w+:)?sheetData\b[^>]*?(/?)>", head)
        if found:
            break
    prefix = found.group(1) or b""
    root = re.search(rb"<" + re.escape(prefix) + rb"worksheet\b[^>]*>", head)
    if root is None:
        raise CannotSlice("no worksheet element")
    start = head[: root.end()]
    rest = b"" if found.group(2) else head[found.end() :]
    end_row = b"</" + prefix + b"row>"
    end_data = b"</" + prefix + b"sheetData>"

    def blocks() -> Iterator[bytes]:
        if found.group(2):  # <sheetData/>: no rows
            return
        pending = rest
        finished = False
        while not finished:
            block = stream.read(1 << 20)
            if not block:
                finished = True
            pending += block
            stop = pending.find(end_data)
            if stop >= 0:
                pending, finished = pending[:stop], True
            cut = len(pending) if finished else pending.rfind(end_row)
            if cut < 0:
                continue
            if not finished:
                cut += len(end_row)
            if cut:
                yield pending[:cut]
            pending = pending[cut:]

    return start, prefix, blocks()


def sliced_copy(path: str, rows_per_slice: int = SLICE_ROWS) -> tuple[Any, int]:
    """A temporary .xlsx (closed on garbage collection) whose sheets are the first sheet's rows in slices."""
    with zipfile.ZipFile(path) as archive:
        sheet = _first_sheet_part(archive)
        out = tempfile.NamedTemporaryFile(suffix=".xlsx")  # noqa: SIM115 - returned to the caller
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
            with archive.open(sheet) as stream:
                start, prefix, blocks = _rows_xml(stream)
                count = 0
                part: list[bytes] = []
                rows_in_part = 0
                end_row = b"</" + prefix + b"row>"

                def flush() -> None:
                    nonlocal count, part, rows_in_part
                    body = b"".join(
                        [start, b"<", prefix, b"sheetData>", *part, b"</", prefix, b"sheetData></", prefix]
                        + [b"worksheet>"]
                    )
                    copy.writestr(f"xl/worksheets/slice{count}.xml", body)
                    count, part, rows_in_part = count + 1, [], 0

                for block in blocks:
                    part.append(block)
                    rows_in_part += block.count(end_row)
                    if rows_in_part >= rows_per_slice:
                        flush()
                if part or not count:
                    flush()
            for item in archive.infolist():
                name = item.filename
                if name == sheet or name.startswith("xl/worksheets/"):
                    continue
                data = archive.read(name)
                if name == "xl/workbook.xml":
                    data = _workbook(data.decode("utf-8"), count).encode("utf-8")
                elif name == "xl/_rels/workbook.xml.rels":
                    data = _rels(data.decode("utf-8"), count).encode("utf-8")
                elif name == "[Content_Types].xml":
                    data = _content_types(data.decode("utf-8"), count).encode("utf-8")
                copy.writestr(name, data)
        out.flush()
        return out, count


def _workbook(xml: str, count: int) -> str:
    found = re.search(r"<(\w+:|)sheets\b[^>]*>.*?</\1sheets>|<(\w+:|)sheets\s*/>", xml, re.S)
    if found is None:
        raise CannotSlice("no sheets element")
    prefix = found.group(1) or found.group(2) or ""
    sheets = "".join(
        f'<{prefix}sheet xmlns:rs="{REL_NS}" name="p{i}" sheetId="{i + 1}" rs:id="rIdSlice{i}"/>'
        for i in range(count)
    )
    return xml[: found.start()] + f"<{prefix}sheets>{sheets}</{prefix}sheets>" + xml[found.end() :]


def _rels(xml: str, count: int) -> str:
    extra = "".join(
        f'<Relationship Id="rIdSlice{i}" Type="{REL_WORKSHEET}" Target="worksheets/slice{i}.xml"/>'
        for i in range(count)
    )
    end = xml.rfind("</Relationships>")
    if end < 0:
        raise CannotSlice("no relationships")
    return xml[:end] + extra + xml[end:]


def _content_types(xml: str, count: int) -> str:
    extra = "".join(
        f'<Override PartName="/xl/worksheets/slice{i}.xml" ContentType="{WORKSHEET}"/>' for i in range(count)
    )
    end = xml.rfind("</Types>")
    return xml[:end] + extra + xml[end:] if end >= 0 else xml


def sliced_rows(path: str, rows_per_slice: int = SLICE_ROWS) -> Iterator[tuple[int, list[Any]]]:
    """(row number in the sheet, cells) of the first sheet's non-empty area, one slice in memory at a time; the
    columns start where the first slice's start (the header's), as calamine trims them for a whole sheet."""
    from python_calamine import CalamineWorkbook

    copy, count = sliced_copy(path, rows_per_slice)
    with copy, CalamineWorkbook.from_path(copy.name) as workbook:
        base_col: int | None = None
        for i in range(count):
            sheet = workbook.get_sheet_by_index(i)
            if sheet.start is None:
                continue
            row0, col0 = sheet.start
            if base_col is None:
                base_col = col0
            pad = [""] * (col0 - base_col) if col0 > base_col else None
            trim = base_col - col0 if col0 < base_col else 0
            rows = sheet.to_python(skip_empty_area=True)
            del sheet
            for number, row in enumerate(rows, start=row0 + 1):
                yield number, (pad + row if pad else (row[trim:] if trim else row))
            del rows


def whole_sheet_rows(path: str) -> Iterator[tuple[int, list[Any]]]:
    """(row number, cells) of the first sheet read whole; calamine gives the rows above the data as empty ones."""
    from python_calamine import CalamineWorkbook

    sheet = CalamineWorkbook.from_path(path).get_sheet_by_index(0)
    return enumerate(sheet.iter_rows(), start=1)


def rows_any(path: str, rows_per_slice: int = SLICE_ROWS) -> Iterator[tuple[int, list[Any]]]:
    """sliced_rows, or the whole first sheet when the file cannot be cut."""
    try:
        rows = sliced_rows(path, rows_per_slice)
        first = next(rows, None)
    except (CannotSlice, KeyError, zipfile.BadZipFile):
        yield from whole_sheet_rows(path)
        return
    if first is not None:
        yield first
        yield from rows


class ChildReadError(Exception):
    pass


BATCH_ROWS = 2_000
_DONE = "done"


def rows_from_child(path: str, rows_per_slice: int = SLICE_ROWS) -> Iterator[tuple[int, list[Any]]]:
    """rows_any read by a child process on the other core; the child is stopped if the caller stops early."""
    # stderr goes to a file: a pipe nobody reads while the rows stream could fill and stall the child.
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(  # noqa: S603 - our own module with our own file path
            [sys.executable, "-m", "trithuc.registry.xlsx_slices", str(path), str(rows_per_slice)],
            stdout=subprocess.PIPE,
            stderr=errors,
        )
        assert child.stdout is not None
        try:
            while True:
                try:
                    kind, payload = pickle.load(child.stdout)  # noqa: S301 - our own child's output
                except EOFError:
                    child.wait()
                    errors.seek(0)
                    raise ChildReadError(errors.read()[-2000:].decode("utf-8", "replace")) from None
                if kind == _DONE:
                    break
                if kind == "error":
                    raise ChildReadError(payload)
                yield from payload
        finally:
            if child.poll() is None:
                child.kill()
            child.wait()
            child.stdout.close()


def _serve(path: str, rows_per_slice: int) -> int:
    out = sys.stdout.buffer
    batch: list[tuple[int, list[Any]]] = []
    try:
        for item in rows_any(path, rows_per_slice):
            batch.append(item)
            if len(batch) >= BATCH_ROWS:
                pickle.dump(("rows", batch), out, protocol=pickle.HIGHEST_PROTOCOL)
                batch = []
        pickle.dump(("rows", batch), out, protocol=pickle.HIGHEST_PROTOCOL)
    except BrokenPipeError:  # the parent stopped reading
        return 1
    except Exception as error:  # calamine raises its own types for a broken archive
        pickle.dump(("error", f"{type(error).__name__}: {error}"), out)
        return 1
    pickle.dump((_DONE, None), out)
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(_serve(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else SLICE_ROWS))
