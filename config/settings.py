"""The one settings module: everything that differs between machines comes from the environment."""

import os
from pathlib import Path

import dj_database_url
import django_stubs_ext

# Lets classes such as `admin.ModelAdmin[Agency]` and `admin.TabularInline[...]` take type arguments at run time.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    """An empty variable counts as unset, so `DATABASE_URL= make ...` means the default."""
    return os.environ.get(name) or default


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def env_secret(name: str, default: str = "") -> str:
    """A secret from NAME, or from the file named by NAME_FILE (container secrets)."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    return os.environ.get(name, default)


# "development" (default), "production" or "test". Production refuses demo accounts and DEBUG.
TRITHUC_ENV = env_str("TRITHUC_ENV", "development")
IS_PRODUCTION = TRITHUC_ENV == "production"
DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_secret("SECRET_KEY", "" if IS_PRODUCTION else "dev-only-insecure-key-change-me")
ALLOWED_HOSTS = [h for h in env_str("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]
CSRF_TRUSTED_ORIGINS = [o for o in env_str("CSRF_TRUSTED_ORIGINS", "").split(",") if o]
CSRF_FAILURE_VIEW = "trithuc.core.error_views.csrf_failure"

# Demo accounts and demo data are allowed only outside production (checked again by the demo command).
DEMO_ALLOWED = not IS_PRODUCTION and env_bool("DEMO_ALLOWED", True)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "template_partials",
    "django_tasks",
    "trithuc.core.vendor_apps.TasksConfig",  # django_tasks_db, named in Vietnamese
    "trithuc.core.vendor_apps.AxesConfig",  # axes
    "django_otp",
    "trithuc.core.vendor_apps.TotpConfig",  # django_otp.plugins.otp_totp
    "ninja",  # its bundled Swagger UI static files: the API docs page needs no CDN
    "trithuc.core",
    "trithuc.documents",
    "trithuc.agencies",
    "trithuc.plans",
    "trithuc.reporting",
    "trithuc.registry",
    "trithuc.reviews",
    "trithuc.events",
    "trithuc.amendments",
    "trithuc.kpis",
    "trithuc.alerts",
    "trithuc.dashboard",
    "trithuc.api",
    "trithuc.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "trithuc.core.middleware.RequestIdMiddleware",
    "trithuc.core.middleware.RefuseNulMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "trithuc.core.middleware.IdleSessionMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "trithuc.core.two_factor.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "trithuc.core.middleware.SecurityHeadersMiddleware",
    "trithuc.core.middleware.ServiceErrorMiddleware",  # the error map for pages (core.errors)
    # Last, as django-axes asks: it turns a lockout raised during login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "trithuc" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "trithuc.core.context_processors.navigation",
            ],
        },
    }
]

VAR_DIR = Path(env_str("TRITHUC_VAR_DIR", str(BASE_DIR / "var")))
# Persistent connections (one per gunicorn thread): a new PostgreSQL connection per request costs more than a
# small page's queries (docs/deploy.md); DB_CONN_MAX_AGE=0 brings Django's default back (bench/bench_load.py
# measures both).
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'trithuc.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 600),
    )
}
# The demo runs a web server and a worker polling every second on one file: WAL lets readers go on
# beside a writer, IMMEDIATE takes the write lock when a transaction starts (a deferred one that reads,
# then writes, fails at once with "database is locked" instead of waiting), and the timeout makes a
# writer wait its turn instead of failing.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": env_int("SQLITE_BUSY_TIMEOUT", 20),
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["OPTIONS"] = dict(SQLITE_OPTIONS)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache holds derived data keyed by what it was computed from (plan snapshots, rendered page parts): each
# process may keep its own, or all share Redis when REDIS_URL is set (production: docs/deploy.md). Sessions live
# in the database, read through Redis when there is one (a per-process cache could keep a session that another
# process has ended).
CACHES = {
    "default": {"BACKEND": "trithuc.core.redis_cache.RedisCache", "LOCATION": env_str("REDIS_URL")}
    if env_str("REDIS_URL")
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 1000}}
}
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if env_str("REDIS_URL")
    else "django.contrib.sessions.backends.db"
)

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # lockout after repeated failures (TCVN 11930 level 3)
    # Django's model backend; the session user comes with whether a second-factor device exists.
    "trithuc.core.two_factor.SessionUserBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 30) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
# The client's address (lockout, audit rows) comes from X-Forwarded-For only when the request arrives from a
# trusted proxy: PROXY_COUNT proxies in front, the nearest at one of TRUSTED_PROXIES. Default: none trusted,
# the address is the connection's own, and a forged header changes nothing (docs/deploy.md, section nginx).
PROXY_COUNT = env_int("PROXY_COUNT", 0)
TRUSTED_PROXIES = [a.strip() for a in env_str("TRUSTED_PROXIES", "").split(",") if a.strip()]
AXES_CLIENT_IP_CALLABLE = "trithuc.core.middleware.client_ip"
OTP_TOTP_ISSUER = "TriThuc"


AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard:overview"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "d/m/Y H:i"
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
EVIDENCE_MAX_BYTES = env_int("EVIDENCE_MAX_BYTES", 20 * 1024 * 1024)
PLAN_IMPORT_MAX_BYTES = env_int("PLAN_IMPORT_MAX_BYTES", 30 * 1024 * 1024)
# Uploads above this size are parsed by the worker (`make worker`) while the page shows progress.
PLAN_IMPORT_BACKGROUND_BYTES = env_int("PLAN_IMPORT_BACKGROUND_BYTES", 256 * 1024)

# Background work: Django's Tasks API (django-tasks backport) on the database, so any number of workers on any
# number of machines share one PostgreSQL. TASKS_BACKEND=immediate runs tasks inline (tests, one-off scripts).
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend"
        if env_str("TASKS_BACKEND", "database") == "immediate"
        else "django_tasks_db.DatabaseBackend"
    }
}

# A job beats a heartbeat on its draft while it works (trithuc/core/jobs.py); a draft still "working" whose
# heartbeat is older than JOB_STALE_SECONDS lost its worker (killed, out of memory, machine restarted) and is
# marked failed when its page is opened or polled, and by `manage.py jobs_reap` (cron).
JOB_HEARTBEAT_SECONDS = float(env_str("JOB_HEARTBEAT_SECONDS", "10"))
JOB_STALE_SECONDS = float(env_str("JOB_STALE_SECONDS", "120"))
# Files of imports that ended (failed ones are kept this long for "Thử lại"): removed by `manage.py imports_purge`.
IMPORT_FILES_KEEP_DAYS = env_int("IMPORT_FILES_KEEP_DAYS", 7)

# Sessions end after 30 minutes without activity: IdleSessionMiddleware renews the expiry at most once a
# minute (saving on every request would cost a database write per page).
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_MINUTES", 30) * 60
SESSION_RENEW_SECONDS = 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = IS_PRODUCTION
CSRF_COOKIE_SECURE = IS_PRODUCTION
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_HSTS_SECONDS = 31536000 if IS_PRODUCTION else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = IS_PRODUCTION
SECURE_HSTS_PRELOAD = IS_PRODUCTION
SECURE_SSL_REDIRECT = IS_PRODUCTION and env_bool("SECURE_SSL_REDIRECT", True)
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# No inline script or style anywhere: scripts are files under static/ (see SecurityHeadersMiddleware).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Mail: the console in development (reminders and digests show in the terminal), SMTP in production.
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if IS_PRODUCTION
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_secret("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "TriThuc <no-reply@trithuc.local>")

# Registry: who counts as "young" (cadre-planning practice: under 35) and when imports go to the worker.
REGISTRY_YOUNG_AGE = env_int("REGISTRY_YOUNG_AGE", 35)
REGISTRY_IMPORT_BACKGROUND_BYTES = env_int("REGISTRY_IMPORT_BACKGROUND_BYTES", 512 * 1024)
# Ethnicity in the statistics for all but the registry officer (docs/architecture.md, "Small counts"): at least
# this many people of each kind in every group whose count can be worked out, and no ethnicity figure at all
# for a filtered population under the minimum.
REGISTRY_SMALL_COUNT = env_int("REGISTRY_SMALL_COUNT", 3)
REGISTRY_ETHNICITY_MIN_POPULATION = env_int("REGISTRY_ETHNICITY_MIN_POPULATION", 10)
# What an imported sheet may hold, checked before it is read (issue 16, High 3): the registry is sized for a
# million people (bench/bench_registry.py imports 300,000 rows of 17 columns, about 290 MB of sheet XML).
REGISTRY_IMPORT_MAX_ROWS = env_int("REGISTRY_IMPORT_MAX_ROWS", 1_000_000)
REGISTRY_IMPORT_MAX_COLUMNS = env_int("REGISTRY_IMPORT_MAX_COLUMNS", 100)
REGISTRY_IMPORT_MAX_CELLS = env_int("REGISTRY_IMPORT_MAX_CELLS", 30_000_000)
REGISTRY_IMPORT_MAX_UNCOMPRESSED_MB = env_int("REGISTRY_IMPORT_MAX_UNCOMPRESSED_MB", 3072)

# Early warnings (trithuc/alerts, docs/alerts.md): a task due within ALERT_DUE_DAYS with no progress, a task
# with no progress update for ALERT_STALLED_DAYS, an agency with no report started ALERT_REPORT_DAYS before its
# deadline, an agency with no progress and no report in any plan for ALERT_SILENT_DAYS.
ALERT_DUE_DAYS = env_int("ALERT_DUE_DAYS", 14)
ALERT_STALLED_DAYS = env_int("ALERT_STALLED_DAYS", 60)
ALERT_REPORT_DAYS = env_int("ALERT_REPORT_DAYS", 7)
ALERT_SILENT_DAYS = env_int("ALERT_SILENT_DAYS", 90)

LOG_FORMAT = env_str("LOG_FORMAT", "json" if IS_PRODUCTION else "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "trithuc.core.logs.JsonFormatter"},
        "text": {"format": "%(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
