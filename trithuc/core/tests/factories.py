import factory
from django.contrib.auth import get_user_model

from trithuc.agencies.models import Agency
from trithuc.core.models import Membership

TEST_PASSWORD = "mat-khau-thu-nghiem"  # every factory user; the browser tests log in with it


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", TEST_PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


def membership_user(role: str, agency_code: str, **user_fields):
    """A user holding one role in one seeded agency."""
    user = UserFactory(username=f"{role}.{agency_code}", **user_fields)
    Membership.objects.create(user=user, agency=Agency.objects.get(code=agency_code), role=role)
    return user
