"""`plan parse FILE --json`: print the plan's JSON; unreadable file -> Vietnamese message on stderr, exit 2."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .parser import parse_plan
from .reader import ReadError, read_text

EXIT_UNREADABLE = 2


def _args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="plan parse", description="Đọc kế hoạch (.txt, .docx, .pdf) thành danh mục nhiệm vụ."
    )
    p.add_argument("file", help="tệp kế hoạch")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON (mặc định)")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point; `--json` may come before or after FILE."""
    args = _args(list(sys.argv[1:] if argv is None else argv))
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError:
        print(f"Không mở được tệp “{path}”.", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        text = read_text(data, path.suffix.lstrip(".").lower())
    except ReadError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_UNREADABLE
    plan = parse_plan(text)
    sys.stdout.write(json.dumps(plan.to_dict(), ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
