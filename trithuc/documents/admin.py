from django.contrib import admin

from trithuc.documents.models import DocumentNumberRegister


@admin.register(DocumentNumberRegister)
class DocumentNumberRegisterAdmin(admin.ModelAdmin[DocumentNumberRegister]):
    list_display = ["year", "symbol", "last_number"]
