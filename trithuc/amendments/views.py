from django.contrib.auth.decorators import login_required
from django.shortcuts import render


@login_required
def proposal_list(request):
    return render(request, "amendments/proposal_list.html", {})
