"""The third-party apps under Vietnamese names in the admin (their own configs name them in English)."""

from axes.apps import AppConfig as AxesAppConfig
from django_otp.plugins.otp_totp.apps import DefaultConfig as TotpAppConfig
from django_tasks_db.apps import TasksAppConfig


class AxesConfig(AxesAppConfig):  # type: ignore[misc]  # axes ships no type information
    verbose_name = "Chống dò mật khẩu (khóa đăng nhập)"


class TotpConfig(TotpAppConfig):  # type: ignore[misc]  # django_otp ships no type information
    verbose_name = "Xác thực hai lớp (ứng dụng tạo mã)"


class TasksConfig(TasksAppConfig):
    verbose_name = "Tác vụ nền"
