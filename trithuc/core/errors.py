class ServiceError(Exception):
    """A rule a user broke: carries a Vietnamese message and, optionally, the form field it belongs to."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
