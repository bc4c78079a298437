"""Small factories for the translation workflow's tests.

The machinery is generic over every translated model; its own ``SignLanguageVideo`` is the subject here, so
these tests do not depend on the content apps' models.
"""

import itertools

import pytest

from portal.publication import Status
from portal.translation_workflow.models import SignLanguageVideo

_counter = itertools.count(1)


def make_video(*, status=Status.PUBLISHED, translations=(), **fields):
    """A sign-language video with German text and complete translations into ``translations``."""
    number = next(_counter)
    values = {
        "slug": f"video-{number}",
        "title_de": f"Video Nummer {number}",
        "description_de": f"<p>Beschreibung {number}</p>",
        "video": "sign-language/sample.webm",
        "captions": "sign-language/sample.vtt",
        "duration_seconds": 20,
        "status": status,
    }
    for language in translations:
        values[f"title_{language}"] = f"Video {number} [{language}]"
        values[f"description_{language}"] = f"<p>Description {number} [{language}]</p>"
    values.update(fields)
    return SignLanguageVideo.objects.create(**values)


@pytest.fixture
def video_factory(db):
    return make_video


@pytest.fixture
def staff(django_user_model):
    """``staff[role]``: a staff member in each role (as in the staff-workflow tests)."""
    from portal.workflow.roles import ROLES
    from tests.workflow.conftest import make_staff

    return {role: make_staff(django_user_model, role) for role in ROLES}
