class ServiceError(Exception):
    """A rule a user broke: carries a Vietnamese message and, optionally, the form field it belongs to.

    `status` is what the API answers with it (a refused input is 400; subclasses name a conflict with the state
    of the data, 409)."""

    status = 400

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
