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


# Registry order is the tie-break order of result groups (groups are sorted by their best match).
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
    ContentType(
        key="calls",
        model_label="funding.FundingCall",
        label=_("Funding calls"),
        body=("summary", "description", "how_to_apply", "programme__name"),
        description="summary",
        select_related=("programme",),
        structured_data=ld.grant,
    ),
    ContentType(
        key="programmes",
        model_label="funding.Programme",
        label=_("Funding programmes"),
        title="name",
        body=("summary", "purpose", "eligible_applicants", "amounts", "funder"),
        description="summary",
    ),
    ContentType(
        key="documents",
        model_label="masterplan.Document",
        label=_("Masterplan documents"),
        body=("summary", "body"),
        description="summary",
        select_related=("phase",),
        structured_data=ld.digital_document,
    ),
    # Phases and events are parts of the Masterplan timeline page (their addresses are anchors on it):
    # found by search, not listed on their own in the sitemap or feed.
    ContentType(
        key="phases",
        model_label="masterplan.Phase",
        label=_("Masterplan phases"),
        body=("summary", "body"),
        description="summary",
        has_page=False,
    ),
    ContentType(
        key="events",
        model_label="masterplan.Event",
        label=_("Masterplan events"),
        body=("description", "place"),
        description="description",
        has_page=False,
    ),
    ContentType(
        key="info",
        model_label="portal.EditorialPage",
        label=_("Information pages"),
        body=("summary", "body"),
        description="summary",
    ),
]
