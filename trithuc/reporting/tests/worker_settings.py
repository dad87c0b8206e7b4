"""Settings for the real worker process in the test: config.settings plus a file e-mail backend from the
environment (config.settings does not read EMAIL_BACKEND yet; see docs/reporting.md)."""

import os

from config.settings import *  # noqa: F403

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", "")
