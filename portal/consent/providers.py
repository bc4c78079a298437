"""The providers the portal knows from the start, seeded idempotently.

``ensure_providers()`` is called by a data migration, by the demo loader and by tests (transactional tests flush
the database). It creates missing providers and fills empty translations from the gettext catalogs; it never
overwrites what an editor changed in the admin.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_noop, trans_real

VIDEO_DATA_DE = (
    "Erst wenn Sie das Video laden, sendet Ihr Browser Ihre IP-Adresse, Angaben zu Browser und Gerät sowie die "
    "Adresse dieser Seite an {operator}. Der Anbieter kann dabei Cookies oder ähnliche Techniken nutzen und die "
    "Daten auch in Staaten außerhalb der EU verarbeiten."
)
SEEDS = [
    {
        "key": "youtube",
        "name": "YouTube",
        "category": "video",
        "operator": "Google Ireland Limited",
        "country_de": "Irland (Mutterkonzern in den USA)",
        "country_en": gettext_noop("Ireland (parent company in the USA)"),
        "data_transmitted_de": VIDEO_DATA_DE.format(operator="Google Ireland Limited (YouTube)"),
        "data_transmitted_en": gettext_noop(
            "Only when you load the video does your browser send your IP address, details of your browser and "
            "device and the address of this page to Google Ireland Limited (YouTube). The provider may use "
            "cookies or similar techniques and may process the data in countries outside the EU."
        ),
        "privacy_policy_url": "https://policies.google.com/privacy",
        "url_patterns": "\n".join(
            [
                r"^https://(?:www\.|m\.)?youtube\.com/watch\?(?:[^#]*&)?v=(?P<id>[A-Za-z0-9_-]{11})(?:[&#].*)?$",
                r"^https://youtu\.be/(?P<id>[A-Za-z0-9_-]{11})(?:[?#].*)?$",
                r"^https://(?:www\.)?youtube(?:-nocookie)?\.com/(?:embed|shorts|live)/(?P<id>[A-Za-z0-9_-]{11})"
                r"(?:[/?#].*)?$",
            ]
        ),
        "embed_url_template": "https://www.youtube-nocookie.com/embed/{id}",
        "link_url_template": "https://www.youtube.com/watch?v={id}",
        "frame_origins": "https://www.youtube-nocookie.com",
        "iframe_allow": "fullscreen; picture-in-picture; encrypted-media",
        "iframe_sandbox": "allow-scripts allow-same-origin allow-popups allow-presentation",
        "referrer_policy": "strict-origin",
        "position": 10,
    },
    {
        "key": "vimeo",
        "name": "Vimeo",
        "category": "video",
        "operator": "Vimeo.com, Inc.",
        "country_de": "USA",
        "country_en": gettext_noop("USA"),
        "data_transmitted_de": VIDEO_DATA_DE.format(operator="Vimeo.com, Inc."),
        "data_transmitted_en": gettext_noop(
            "Only when you load the video does your browser send your IP address, details of your browser and "
            "device and the address of this page to Vimeo.com, Inc. The provider may use cookies or similar "
            "techniques and may process the data in countries outside the EU."
        ),
        "privacy_policy_url": "https://vimeo.com/privacy",
        "url_patterns": "\n".join(
            [
                r"^https://(?:www\.)?vimeo\.com/(?P<id>\d{1,12})(?:[/?#].*)?$",
                r"^https://player\.vimeo\.com/video/(?P<id>\d{1,12})(?:[/?#].*)?$",
            ]
        ),
        "embed_url_template": "https://player.vimeo.com/video/{id}?dnt=1",
        "link_url_template": "https://vimeo.com/{id}",
        "frame_origins": "https://player.vimeo.com",
        "iframe_allow": "fullscreen; picture-in-picture",
        "iframe_sandbox": "allow-scripts allow-same-origin allow-popups allow-presentation",
        "referrer_policy": "strict-origin",
        "position": 20,
    },
    {
        "key": "openstreetmap",
        "name": "OpenStreetMap",
        "category": "map",
        "operator": "OpenStreetMap Foundation",
        "country_de": "Vereinigtes Königreich",
        "country_en": gettext_noop("United Kingdom"),
        "data_transmitted_de": (
            "Erst wenn Sie die Karte laden, sendet Ihr Browser Ihre IP-Adresse und Angaben zu Browser und Gerät "
            "an die OpenStreetMap Foundation, die die Kartenkacheln ausliefert. Die Stiftung sitzt im Vereinigten "
            "Königreich; für die Übermittlung dorthin gilt ein Angemessenheitsbeschluss der EU."
        ),
        "data_transmitted_en": gettext_noop(
            "Only when you load the map does your browser send your IP address and details of your browser and "
            "device to the OpenStreetMap Foundation, which serves the map tiles. The foundation is based in the "
            "United Kingdom, for which an EU adequacy decision applies."
        ),
        "privacy_policy_url": "https://osmfoundation.org/wiki/Privacy_Policy",
        "url_patterns": "\n".join(
            [
                r"^https://www\.openstreetmap\.org/export/embed\.html\?bbox=(?P<id>-?[0-9.]+(?:,-?[0-9.]+){3})"
                r"(?:[&#].*)?$",
                r"^https://www\.openstreetmap\.org/\?(?:[^#]*&)?bbox=(?P<id>-?[0-9.]+(?:,-?[0-9.]+){3})(?:[&#].*)?$",
            ]
        ),
        "embed_url_template": "https://www.openstreetmap.org/export/embed.html?bbox={id}&layer=mapnik",
        "link_url_template": "https://www.openstreetmap.org/?bbox={id}",
        "frame_origins": "https://www.openstreetmap.org",
        "iframe_allow": "",
        "iframe_sandbox": "allow-scripts allow-same-origin allow-popups",
        "referrer_policy": "no-referrer",
        "position": 30,
    },
    {
        "key": "mastodon-social",
        "name": "Mastodon (mastodon.social)",
        "category": "social",
        "operator": "Mastodon gGmbH",
        "country_de": "Deutschland",
        "country_en": gettext_noop("Germany"),
        "data_transmitted_de": (
            "Erst wenn Sie den Beitrag laden, sendet Ihr Browser Ihre IP-Adresse und Angaben zu Browser und Gerät "
            "an den Server mastodon.social, betrieben von der Mastodon gGmbH. Bilder und Videos im Beitrag können "
            "von weiteren Servern des Mastodon-Netzwerks kommen."
        ),
        "data_transmitted_en": gettext_noop(
            "Only when you load the post does your browser send your IP address and details of your browser and "
            "device to the server mastodon.social, run by Mastodon gGmbH. Pictures and videos in the post may "
            "come from other servers of the Mastodon network."
        ),
        "privacy_policy_url": "https://mastodon.social/privacy-policy",
        "url_patterns": r"^https://mastodon\.social/(?P<id>@[A-Za-z0-9_]{1,30}/\d{1,20})(?:/embed)?/?(?:[?#].*)?$",
        "embed_url_template": "https://mastodon.social/{id}/embed",
        "link_url_template": "https://mastodon.social/{id}",
        "frame_origins": "https://mastodon.social",
        "iframe_allow": "",
        "iframe_sandbox": "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox",
        "referrer_policy": "no-referrer",
        "position": 40,
    },
    {
        "key": "instagram",
        "name": "Instagram",
        "category": "social",
        "operator": "Meta Platforms Ireland Limited",
        "country_de": "Irland (Mutterkonzern in den USA)",
        "country_en": gettext_noop("Ireland (parent company in the USA)"),
        "data_transmitted_de": (
            "Erst wenn Sie den Beitrag laden, sendet Ihr Browser Ihre IP-Adresse, Angaben zu Browser und Gerät "
            "sowie die Adresse dieser Seite an Meta Platforms Ireland Limited. Sind Sie bei Instagram angemeldet, "
            "kann Meta den Besuch Ihrem Konto zuordnen; die Daten können auch in den USA verarbeitet werden."
        ),
        "data_transmitted_en": gettext_noop(
            "Only when you load the post does your browser send your IP address, details of your browser and "
            "device and the address of this page to Meta Platforms Ireland Limited. If you are logged in to "
            "Instagram, Meta can link the visit to your account; the data may also be processed in the USA."
        ),
        "privacy_policy_url": "https://privacycenter.instagram.com/policy",
        "url_patterns": r"^https://(?:www\.)?instagram\.com/(?:p|reel)/(?P<id>[A-Za-z0-9_-]{5,40})/?(?:[?#].*)?$",
        "embed_url_template": "https://www.instagram.com/p/{id}/embed/",
        "link_url_template": "https://www.instagram.com/p/{id}/",
        "frame_origins": "https://www.instagram.com",
        "iframe_allow": "",
        "iframe_sandbox": "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox",
        "referrer_policy": "strict-origin",
        "position": 50,
    },
]
TRANSLATED = ("country", "data_transmitted")


def _in_catalog(code, message):
    """Whether the gettext catalog of ``code`` has a translation of ``message`` (perhaps the same words)."""
    return message in getattr(trans_real.translation(code), "_catalog", {})


def ensure_providers(provider_model=None):
    """Create the seeded providers that are missing; fill translations that are still empty. Returns the count
    of providers created. ``provider_model`` lets a data migration pass its historical model."""
    if provider_model is None:
        from portal.consent.models import Provider as provider_model
    # A historical model has the columns of its migration's time: a language added to the table since gets its
    # column later (by its own migration) and is filled by a later call (the demo loader, the tests).
    columns = {field.name for field in provider_model._meta.concrete_fields}
    created_count = 0
    for seed in SEEDS:
        values = {name: value for name, value in seed.items() if not name.endswith("_en")}
        for field in TRANSLATED:
            values[field] = values[f"{field}_de"]
        with translation.override("de"):
            provider, created = provider_model.objects.get_or_create(key=seed["key"], defaults=values)
        created_count += created
        changed = []
        for code, _name in settings.LANGUAGES:
            if code == "de":
                continue
            for field in TRANSLATED:
                name = f"{field}_{code}"
                if name not in columns or getattr(provider, name, None):
                    continue
                source = seed[f"{field}_en"]
                with translation.override(code):
                    text = translation.gettext(source)
                # Only real translations; German stays the fallback. A translation may read like the English
                # ("USA" in Polish): the catalog holding the message is what counts.
                if code == "en" or text != source or _in_catalog(code, source):
                    setattr(provider, name, text)
                    changed.append(name)
        if changed:
            provider.save(update_fields=changed)
    return created_count
