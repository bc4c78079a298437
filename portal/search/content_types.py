"""Every content type search, sitemap, feed and structured data cover: one entry each (see registry.py)."""

from django.utils.translation import gettext_lazy as _

from portal.search import structured_data as ld
from portal.search.registry import ContentType, value_at


def _published_language_offerings(model):
    """HSU classes are public while their language is (they have no publication status of their own)."""
    language_model = model._meta.get_field("language").related_model
    return model.objects.filter(language__in=language_model.objects.published())


def _offering_title(offering, language):
    name = value_at(offering.language, f"name_{language}") or offering.language.name_de
    return f"{name} – {offering.school.name}"


CONTENT_TYPES = [
    ContentType(
        key="services",
        model_label="services.Service",
        label=_("Services"),
        body=("summary", "body", "prerequisites", "what_to_bring", "process", "costs"),
        description="summary",
        structured_data=ld.government_service,
    ),
    ContentType(
        key="offices",
        model_label="services.Office",
        label=_("Offices"),
        title="name",
        body=("unit", "street", "hours_note", "access_note"),
        description="unit",
        structured_data=ld.government_office,
    ),
    ContentType(
        key="topics",
        model_label="services.Topic",
        label=_("Topics"),
        body=("summary", "body"),
        description="summary",
    ),
    ContentType(
        key="hsu",
        model_label="services.HSUInformation",
        label=_("Heritage-language classes (HSU)"),
        body=("summary", "who_may_take_part", "how_to_register"),
        description="summary",
    ),
    ContentType(
        key="hsu-languages",
        model_label="services.HSULanguage",
        label=_("HSU languages"),
        title="name",
        body=("endonym",),
        structured_data=ld.hsu_language_courses,
    ),
    ContentType(
        key="hsu-classes",
        model_label="services.HSUOffering",
        label=_("HSU classes"),
        title="language__name",
        body=("language__endonym", "school__name", "school__street", "notes"),
        description="notes",
        select_related=("language", "school"),
        has_page=False,
        public=_published_language_offerings,
        url=lambda offering: offering.language.get_absolute_url(),
        display_title=_offering_title,
    ),
]
