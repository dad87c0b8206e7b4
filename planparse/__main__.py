"""`python -m planparse FILE --json`."""

from __future__ import annotations

from .cli import main

raise SystemExit(main())
