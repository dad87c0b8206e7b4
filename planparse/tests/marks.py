"""Marks for tests that drive programs outside Python (the parser's and the apps' tests alike).

`make test` installs LibreOffice first (scripts/ensure-tools.sh), so on CI a missing `soffice` is a broken
machine, not a reason to skip: there the test runs and fails with the reason instead of passing unseen.
"""

import os

import pytest

from planparse.docx_reader import converter

SOFFICE = converter()

needs_soffice = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"),
    reason="LibreOffice (soffice) không có trên máy này; `make test` tự cài (scripts/ensure-tools.sh)",
)
