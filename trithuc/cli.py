"""`trithuc`: the command line. `plan parse` needs no database; everything else runs a Django command."""

import os
import sys

COMMANDS = {
    ("plan", "import"): "plan_import",
    ("report", "consolidated"): "report_consolidated",
    ("registry", "import"): "registry_import",
    ("province", "setup"): "province_setup",
    ("province", "template"): "province_template",
    ("demo",): "demo",
    ("backup",): "backup",
    ("restore",): "restore",
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:2] == ["plan", "parse"]:
        from planparse.cli import main as parse_main

        return parse_main(argv[2:])
    for words, command in COMMANDS.items():
        if tuple(argv[: len(words)]) == words:
            return _django(command, argv[len(words) :])
    return _django(argv[0], argv[1:]) if argv else _usage()


def _django(command: str, rest: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["trithuc", command, *rest])
    return 0


def _usage() -> int:
    print(
        "Cách dùng: trithuc plan parse TỆP --json | trithuc plan import TỆP [--meta TỆP] [--amends MÃ] | "
        "trithuc report consolidated --period KỲ [--plan MÃ] --out TỆP.docx [--issue] | "
        "trithuc province template TỆP.xlsx | trithuc province setup TỆP.xlsx | trithuc demo",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main())
