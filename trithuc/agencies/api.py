import datetime as dt

from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.pagination import paginate

from trithuc.agencies import selectors
from trithuc.agencies.models import Agency
from trithuc.api.pagination import BoundedPagination
from trithuc.api.schemas import ERRORS

router = Router()


class AgencyOut(Schema):
    code: str
    name: str
    short_name: str
    kind: str
    valid_from: dt.date | None
    valid_to: dt.date | None


class SuccessorOut(Schema):
    code: str
    name: str
    remit: str
    effective_date: dt.date


class AgencyDetailOut(AgencyOut):
    successors: list[SuccessorOut]


@router.get("/", response={200: list[AgencyOut], **ERRORS}, summary="Danh sách cơ quan")
@paginate(BoundedPagination)
def agency_list(request: HttpRequest) -> QuerySet[Agency]:
    return selectors.agency_list()


@router.get(
    "/{code}", response={200: AgencyDetailOut, **ERRORS}, summary="Một cơ quan và đơn vị kế thừa hiện nay"
)
def agency_detail(request: HttpRequest, code: str) -> AgencyDetailOut:
    agency = get_object_or_404(selectors.agency_list(), code=code)
    steps = selectors.agency_successors(agency, on=dt.date.today())
    successors = [
        SuccessorOut(
            code=s.successor.code, name=s.successor.name, remit=s.remit, effective_date=s.effective_date
        )
        for s in steps
    ]
    return AgencyDetailOut(**AgencyOut.from_orm(agency).dict(), successors=successors)
