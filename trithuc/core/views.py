"""Shared view helpers: one place turns a ServiceError into a form error."""

from django import forms

from trithuc.core.errors import ServiceError


def add_service_error(form: forms.Form, error: ServiceError) -> None:
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.message)
