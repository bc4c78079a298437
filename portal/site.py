"""What the shared page layer itself adds to the portal's registries (see ``portal.registry``)."""

from django.utils.translation import gettext_lazy as _

from portal.areas import FooterLink
from portal.offline.pages import OfflinePages
from portal.search.entries import SearchEntry

# Legal and service links in every footer.
FOOTER_LINKS = [
    FooterLink("info_page", _("Legal notice"), (("slug", "impressum"),)),
    FooterLink("info_page", _("Privacy notice"), (("slug", "datenschutz"),)),
    FooterLink("consent", _("Privacy settings")),
    FooterLink("info_page", _("Accessibility statement"), (("slug", "barrierefreiheit"),)),
    # Shown only while their pages are published: a portal may not have them (yet).
    FooterLink("info_page", _("Easy-to-read German"), (("slug", "leichte-sprache"),), optional_page="leichte-sprache"),
    FooterLink(
        "info_page", _("German Sign Language"), (("slug", "gebaerdensprache"),), optional_page="gebaerdensprache"
    ),
    FooterLink("open_data", _("Open data")),
]

SEARCH_ENTRIES = [
    SearchEntry(
        key="info",
        model_label="portal.EditorialPage",
        label=_("Information pages"),
        body=("summary", "body"),
        description="summary",
    ),
]

LIST_PAGES = ["home", "open_data"]

# Instants at which a public page changes by itself (portal.render_cache): a site notice appears and disappears.
PUBLICATION_INSTANTS = [("portal.SiteNotice", ("starts_at", "ends_at"))]

# Kept for offline reading by every visitor of a language (portal.offline): the home page and the offline page.
OFFLINE_PAGES = [OfflinePages(url_name="home"), OfflinePages(url_name="offline")]
