"""Small factories for the search tests: content in German and, where asked, in other languages."""

import datetime
import itertools

from services.models import HSULanguage, HSUOffering, Office, OpeningHours, School, Service, Topic

_numbers = itertools.count(1)


def _localized(prefix, texts):
    """{"de": "...", "en": "..."} -> {"title_de": "...", "title_en": "..."}"""
    return {f"{prefix}_{language}": text for language, text in (texts or {}).items()}


def service(*, title, body=None, summary=None, status="published", slug=None, **extra):
    """A service page; ``title``/``body``/``summary`` are {language: text} (German required)."""
    number = next(_numbers)
    title = title if isinstance(title, dict) else {"de": title}
    body = body if isinstance(body, dict) else {"de": body or "<p>Ein Angebot der Stadt.</p>"}
    summary = summary or {language: f"Kurz gesagt: {text}" for language, text in title.items()}
    for language in title:  # a translation needs every required field
        body.setdefault(language, f"<p>{title[language]}</p>")
    return Service.objects.create(
        slug=slug or f"service-{number}",
        status=status,
        **_localized("title", title),
        **_localized("summary", summary),
        **_localized("body", body),
        **extra,
    )


def office(*, name="Bürgerdienste Migration", unit="Sozialamt – Flüchtlingshilfe", **extra):
    number = next(_numbers)
    office = Office.objects.create(
        slug=extra.pop("slug", f"office-{number}"),
        status=extra.pop("status", "published"),
        name_de=name,
        unit_de=unit,
        street="Beispielstraße 1",
        postcode="44135",
        phone="0231 5000000",
        email="migration@example.org",
        **extra,
    )
    OpeningHours.objects.create(office=office, weekday=1, opens=datetime.time(8, 30), closes=datetime.time(12))
    OpeningHours.objects.create(office=office, weekday=4, opens=datetime.time(14), closes=datetime.time(17, 30))
    return office


def hsu_offering(*, language_name="Albanisch", endonym="Shqip", code="sq", school="Musterschule am Park"):
    number = next(_numbers)
    language, _created = HSULanguage.objects.get_or_create(
        slug=f"lang-{code}", defaults={"name_de": language_name, "endonym": endonym, "code": code,
                                      "status": "published"},
    )  # fmt: skip
    school, _created = School.objects.get_or_create(
        number=f"{100000 + number}", defaults={"name": school, "street": "Schulweg 2", "postcode": "44137",
                                                "district": "innenstadt-west"},
    )  # fmt: skip
    return HSUOffering.objects.create(
        language=language, school=school, grade_from=1, grade_to=4, weekday=2,
        starts=datetime.time(14), ends=datetime.time(15, 30),
    )  # fmt: skip


def topic(*, title, status="published", **extra):
    number = next(_numbers)
    title = title if isinstance(title, dict) else {"de": title}
    return Topic.objects.create(
        slug=extra.pop("slug", f"topic-{number}"),
        status=status,
        **_localized("title", title),
        **_localized("summary", {language: f"Über {text}" for language, text in title.items()}),
        **_localized("body", {language: f"<p>{text}</p>" for language, text in title.items()}),
        **extra,
    )


def programme(*, name="Integrationsfonds", **extra):
    from funding.models import Programme

    number = next(_numbers)
    return Programme.objects.create(
        slug=extra.pop("slug", f"programme-{number}"),
        status=extra.pop("status", "published"),
        name_de=name,
        funder_de="Stadt Dortmund",
        summary_de=f"Geld für Vereine: {name}",
        purpose_de="<p>Projekte für Begegnung im Quartier.</p>",
        **extra,
    )


def call(*, title, opens_in_days=-10, deadline_in_days=30, **extra):
    from funding.models import FundingCall

    number = next(_numbers)
    now = datetime.datetime.now(tz=datetime.UTC)
    return FundingCall.objects.create(
        programme=extra.pop("programme", None) or programme(),
        slug=extra.pop("slug", f"call-{number}"),
        status=extra.pop("status", "published"),
        title_de=title,
        summary_de=f"Jetzt bewerben: {title}",
        description_de="<p>Gefördert werden Projekte von Migrantenorganisationen.</p>",
        opens_at=now + datetime.timedelta(days=opens_in_days),
        deadline=now + datetime.timedelta(days=deadline_in_days),
        max_per_project=5000,
        **extra,
    )


def document(*, title, body="<p>Der Rat beschließt den Masterplan.</p>", **extra):
    from masterplan.models import Document, Phase

    number = next(_numbers)
    phase, _created = Phase.objects.get_or_create(
        slug="grundlagen",
        defaults={"title_de": "Grundlagen", "year_from": 2005, "year_to": 2010, "summary_de": "Der Anfang.",
                  "status": "published"},
    )  # fmt: skip
    return Document.objects.create(
        slug=extra.pop("slug", f"document-{number}"),
        status=extra.pop("status", "published"),
        title_de=title,
        summary_de=f"Zusammenfassung: {title}",
        body_de=body,
        date=datetime.date(2005, 6, 1),
        kind="resolution",
        phase=phase,
        **extra,
    )


def editorial_page(*, title, body, slug, **extra):
    from portal.models import EditorialPage

    title = title if isinstance(title, dict) else {"de": title}
    body = body if isinstance(body, dict) else {"de": body}
    return EditorialPage.objects.create(
        slug=slug, status=extra.pop("status", "published"), is_decorative=True,
        **_localized("title", title), **_localized("body", body), **extra,
    )  # fmt: skip
