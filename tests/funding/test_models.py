"""Rules the database keeps, and the clear errors the admin shows for them."""

from decimal import Decimal

import pytest
from django.contrib.admin.sites import site
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import RequestFactory
from django.utils import translation

from funding.models import FundedProject, FundingCall
from tests.funding.factories import berlin, make_block, make_call, make_programme, make_project

pytestmark = pytest.mark.django_db


def test_call_database_refuses_deadline_before_opening():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_call(opens_at=berlin(2027, 3, 1), deadline=berlin(2027, 2, 1))


def test_call_database_refuses_deadline_equal_to_opening():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_call(opens_at=berlin(2027, 3, 1), deadline=berlin(2027, 3, 1))


@pytest.mark.parametrize("field", ["total_budget", "max_per_project"])
def test_call_database_refuses_negative_amounts(field):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1), **{field: Decimal("-1")})


def test_funded_project_database_refuses_negative_amount():
    programme = make_programme()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_project(programme=programme, amount="-0.01")


def test_call_full_clean_names_the_deadline_rule():
    call = FundingCall(
        programme=make_programme(), slug="x", title_de="X", summary_de="x", description_de="<p>x</p>",
        opens_at=berlin(2027, 3, 1), deadline=berlin(2027, 2, 1),
    )  # fmt: skip
    with translation.override("en"), pytest.raises(ValidationError) as error:
        call.full_clean()
    assert "The deadline must be later than the opening." in str(error.value)


def test_call_admin_form_shows_clear_error_for_deadline_before_opening(staff_user):
    programme = make_programme()
    request = RequestFactory().post("/admin/funding/fundingcall/add/")
    request.user = staff_user
    admin = site._registry[FundingCall]
    form_class = admin.get_form(request)
    data = {
        "programme": programme.pk, "title_de": "Aufruf", "slug": "aufruf", "summary_de": "Kurz",
        "description_de": "<p>Text</p>", "how_to_apply_de": "", "status": "draft",
        "opens_at_0": "2027-03-01", "opens_at_1": "10:00", "deadline_0": "2027-02-01", "deadline_1": "10:00",
        "total_budget": "-5",
    }  # fmt: skip
    form = form_class(data)
    with translation.override("en"):
        assert not form.is_valid()
        errors = str(form.errors)
    assert "The deadline must be later than the opening." in errors
    assert "Amounts cannot be negative." in errors
    assert not FundingCall.objects.exists()


def test_funded_project_refuses_building_block_of_another_programme():
    programme, other = make_programme(), make_programme()
    block = make_block(other)
    project = FundedProject(
        programme=programme, building_block=block, year=2024, organisation_de="V", title_de="P", district="eving",
        amount=Decimal("10"),
    )  # fmt: skip
    with pytest.raises(ValidationError) as error:
        project.full_clean()
    assert "building_block" in error.value.message_dict


def test_programme_and_call_have_language_neutral_urls():
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1), slug="mein-aufruf")
    for language in ("de", "ar"):
        with translation.override(language):
            assert call.get_absolute_url() == f"/{language}/funding/calls/mein-aufruf/"
            assert call.programme.get_absolute_url() == f"/{language}/funding/programmes/{call.programme.slug}/"
