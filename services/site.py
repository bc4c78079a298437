"""What the services app adds to the portal: its URLs, two areas, three home-page tasks and its search entries
(see portal.registry)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.api.catalog import Dataset
from portal.areas import Area, Task
from portal.offline.pages import OfflinePages
from portal.search.entries import SearchEntry
from portal.translated_fields import value_in
from services import structured_data as ld

URLS = [("", "services.urls")]

# Its part of the open-data API under /api/v1/ (portal.api): a URL prefix and the dotted path of a ninja Router.
API_ROUTERS = [("", "services.api.router")]

# Open data (portal.api.catalog): CSV downloads and the API lists of the same data.
DATASETS = [
    Dataset(
        key="offices",
        title=_("Offices"),
        description=_("Offices for immigrants and refugees in Dortmund: address, contact, weekly opening hours."),
        csv_url_name="services:offices_csv",
        api_path="offices",
        keywords=(_("Offices"), _("Opening hours")),
    ),
    Dataset(
        key="hsu-classes",
        title=_("HSU classes"),
        description=_("Heritage-language classes (HSU) in Dortmund: language, school, grades, weekday and time."),
        csv_url_name="services:hsu_classes_csv",
        api_path="hsu/classes",
        theme="EDUC",
        keywords=(_("Heritage-language classes (HSU)"), _("Schools")),
    ),
]

# Staff tools the roles reach besides content (portal.workflow.roles): HSU classes and schools, with the
# timetable CSV import and export on the classes list. Deleting them stays with publishers.
STAFF_TOOLS = [
    ("editor", "services.hsuoffering", ("view", "add", "change")),
    ("editor", "services.school", ("view", "add", "change")),
    ("publisher", "services.hsuoffering", ("view", "add", "change", "delete")),
    ("publisher", "services.school", ("view", "add", "change", "delete")),
]

AREAS = [
    Area(
        "services:index",
        _("Services and advice"),
        _("Advice for new arrivals, neighbours and volunteers, the services for refugees and whom to contact."),
        icon="services",
    ),
    Area(
        "services:hsu",
        _("Heritage-language classes (HSU)"),
        _("Lessons in the family language for pupils in grades 1 to 10: languages, schools and registration."),
        icon="languages",
    ),
]

# The topic page for people new in Dortmund, while it is public; the service index otherwise.
NEW_ARRIVALS_TOPIC = "neuzugewanderte"


def _new_arrivals_url():
    from services.models import Topic  # site.py is read while the URLconf loads: the models only when asked

    if Topic.objects.published().filter(slug=NEW_ARRIVALS_TOPIC).exists():
        return reverse("services:topic", kwargs={"slug": NEW_ARRIVALS_TOPIC})
    return reverse("services:index")


HOME_TASKS = [
    Task(
        _("New in Dortmund"),
        _("First steps after arriving: registration, school, language courses and who helps you with them."),
        link=_new_arrivals_url,
        icon="arrival",
    ),
    Task(
        _("Advice and help"),
        _("Counselling in many languages, the services for refugees, and the offices: where, when, how to get there."),
        "services:index",
        icon="advice",
        home_template="services/_home_open_offices.html",
    ),
    Task(
        _("My child's languages at school (HSU)"),
        _("Lessons in the family language in grades 1 to 10: find a class near you and register by mid-March."),
        "services:hsu",
        icon="languages",
    ),
]


def _published_language_offerings(model, *, at=None):
    """HSU classes are public while their language is (they have no publication status of their own)."""
    language_model = model._meta.get_field("language").related_model
    return model.objects.filter(language__in=language_model.objects.published(at=at))


def _offering_title(offering, language):
    name = value_in(offering.language, "name", language) or offering.language.name_de
    return f"{name} – {offering.school.name}"


# Kept for offline reading by every visitor (portal.offline): the contact details and opening hours of every
# office, and the HSU page.
OFFLINE_PAGES = [OfflinePages(model_label="services.Office"), OfflinePages(url_name="services:hsu")]

SEARCH_ENTRIES = [
    SearchEntry(
        key="services",
        model_label="services.Service",
        label=_("Services"),
        body=("summary", "body", "prerequisites", "what_to_bring", "process", "costs"),
        description="summary",
        structured_data=ld.government_service,
    ),
    SearchEntry(
        key="offices",
        model_label="services.Office",
        label=_("Offices"),
        title="name",
        body=("unit", "street", "hours_note", "access_note"),
        description="unit",
        structured_data=ld.government_office,
    ),
    SearchEntry(
        key="topics",
        model_label="services.Topic",
        label=_("Topics"),
        body=("summary", "body"),
        description="summary",
    ),
    SearchEntry(
        key="hsu",
        model_label="services.HSUInformation",
        label=_("Heritage-language classes (HSU)"),
        body=("summary", "who_may_take_part", "how_to_register"),
        description="summary",
    ),
    SearchEntry(
        key="hsu-languages",
        model_label="services.HSULanguage",
        label=_("HSU languages"),
        title="name",
        body=("endonym",),
        structured_data=ld.hsu_language_courses,
    ),
    SearchEntry(
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
