from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from trithuc.api.models import ApiToken
from trithuc.api.services import api_token_create, api_token_revoke
from trithuc.core.errors import ServiceError
from trithuc.core.views import add_service_error


class TokenForm(forms.Form):
    name = forms.CharField(label="Tên gợi nhớ", max_length=100)
    days = forms.IntegerField(label="Thời hạn (ngày)", min_value=1, max_value=365, initial=90)


@login_required
def token_list(request: HttpRequest) -> HttpResponse:
    assert request.user.is_authenticated  # login_required
    form = TokenForm(request.POST or None)
    raw = None
    if request.method == "POST" and form.is_valid():
        try:
            _, raw = api_token_create(actor=request.user, **form.cleaned_data)
        except ServiceError as error:
            add_service_error(form, error)
    tokens = ApiToken.objects.filter(user=request.user)
    return render(request, "api/token_list.html", {"form": form, "tokens": tokens, "raw": raw})


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    assert request.user.is_authenticated  # login_required
    token = get_object_or_404(ApiToken.objects.filter(user=request.user), pk=pk)
    api_token_revoke(actor=request.user, token=token)
    messages.success(request, "Đã thu hồi mã truy cập.")
    return redirect("apitokens:token_list")
