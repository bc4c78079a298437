"""First versions: every item kept by django-reversion has at least one version to go back to.

Content saved in the admin gets a version with every save; content brought in another way (demo content, the
HSU timetable and XLIFF imports, a database copied from elsewhere) gets its first version here, one revision per
item (a revision is what "restore" puts back, so it must hold that item and its rows only).
"""

import reversion
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext as _
from reversion.models import Version


def versioned_models():
    """Every model kept by reversion that is not only a row inside another (those follow their item)."""
    registered = list(reversion.get_registered_models())
    followed = set()
    for model in registered:
        for name in reversion.revisions._get_options(model).follow:
            try:
                followed.add(model._meta.get_field(name).related_model)
            except Exception:  # noqa: BLE001 - a follow that is no field (a property) follows nothing we list
                continue
    return [model for model in registered if model not in followed]


def record_first_versions(*, models=None, comment=None, user=None):
    """Give each item without a kept version a first version of its current state. Returns how many."""
    created = 0
    for model in versioned_models() if models is None else models:
        content_type = ContentType.objects.get_for_model(model)
        versioned = set(Version.objects.filter(content_type=content_type).values_list("object_id", flat=True))
        for obj in model._default_manager.order_by("pk"):
            if str(obj.pk) in versioned:
                continue
            with transaction.atomic(), reversion.create_revision():
                reversion.add_to_revision(obj)
                reversion.set_comment(comment or _("First version (brought in without the admin)"))
                if user is not None:
                    reversion.set_user(user)
            created += 1
    return created


def record_versions(objects, *, comment, user=None):
    """One revision per item (its state now, with its rows): what an import changed can be restored item by item."""
    for obj in objects:
        with reversion.create_revision():
            reversion.add_to_revision(obj)
            reversion.set_comment(comment)
            if user is not None and user.is_authenticated:
                reversion.set_user(user)


def unversioned(model):
    content_type = ContentType.objects.get_for_model(model)
    versioned = set(Version.objects.filter(content_type=content_type).values_list("object_id", flat=True))
    return [obj for obj in model._default_manager.order_by("pk") if str(obj.pk) not in versioned]


def record_revision(objects, *, comment, user=None):
    """One revision holding all ``objects`` (rows that are restored together, like a whole timetable)."""
    objects = [obj for obj in objects if obj.pk is not None]
    if not objects:
        return
    with reversion.create_revision():
        for obj in objects:
            reversion.add_to_revision(obj)
        reversion.set_comment(comment)
        if user is not None and user.is_authenticated:
            reversion.set_user(user)


def edited_by(model, user):
    """A condition on ``model``'s rows: ``user`` saved a version of the item (for "my drafts")."""
    from django.db.models import CharField, Exists, OuterRef
    from django.db.models.functions import Cast

    return Exists(
        Version.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            revision__user=user,
            object_id=Cast(OuterRef("pk"), CharField()),
        )
    )


def drafts_of(model, user):
    """The drafts of ``model`` that ``user`` worked on (saved a version of)."""
    return model._default_manager.filter(edited_by(model, user), status="draft")
