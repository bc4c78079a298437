"""Fixed choices of the services app: audiences, weekdays, step-free access, links to other areas of the portal
and kinds of HSU documents (Dortmund's city districts are shared: ``portal.districts``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    RESIDENTS = "residents", _("Residents")
    REFUGEES = "refugees", _("Refugees")
    NEIGHBOURS = "neighbours", _("Neighbours and volunteers")
    ASSOCIATIONS = "associations", _("Associations and initiatives")
    SCHOOLS = "schools", _("Schools, pupils and parents")


class Weekday(models.IntegerChoices):
    MONDAY = 1, _("Monday")
    TUESDAY = 2, _("Tuesday")
    WEDNESDAY = 3, _("Wednesday")
    THURSDAY = 4, _("Thursday")
    FRIDAY = 5, _("Friday")
    SATURDAY = 6, _("Saturday")
    SUNDAY = 7, _("Sunday")


class StepFree(models.TextChoices):
    YES = "yes", _("Yes, step-free access")
    NO = "no", _("No, there are steps")
    UNKNOWN = "unknown", _("Not known")


AREA_LINKS = [
    ("funding:index", _("Funding for associations")),
    ("masterplan:index", _("Masterplan Migration/Integration")),
    ("services:hsu", _("Heritage-language classes (HSU)")),
]


class HSUDocumentKind(models.TextChoices):
    FORM = "form", _("Registration form")
    EXPLANATION = "explanation", _("Explanation for parents")
