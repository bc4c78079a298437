"""Editorial pages: /<lang>/info/<slug>/ with print twin, demo content, footer links, admin."""

import re

import pytest
from django.core.management import call_command
from django.test import Client

from portal import demo
from portal.models import EditorialPage
from portal.publication import Status
from tests.portal.factories import editorial_page, translated

pytestmark = pytest.mark.django_db


def test_info_page_renders_title_summary_and_body(client):
    editorial_page(slug="kontakt", summary_de="Kurz gesagt.", body_de="<h2>Telefon</h2><p>Rufen Sie an.</p>")
    response = client.get("/de/info/kontakt/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Kontakt</h1>" in html
    assert '<p class="lead">Kurz gesagt.</p>' in html
    assert "<h2>Telefon</h2>" in html
    assert re.search(r'<span aria-current="page"[^>]*>Kontakt</span>', html)  # breadcrumb
    assert "<title>Kontakt – " in html


def test_info_page_in_untranslated_language_shown_in_german_with_notice(client):
    editorial_page(slug="kontakt")
    html = client.get("/ar/info/kontakt/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'class="content" lang="de" dir="ltr"' in html
    assert "notice--fallback" in html
    assert "<h1>Kontakt</h1>" in html
    assert re.search(r'<span aria-current="page"[^>]*>Kontakt</span>', html)  # the German title, not empty


def test_info_page_translated_shown_in_visitor_language(client):
    editorial_page(slug="kontakt", title_ar="اتصل بنا", body_ar="<p>اتصلوا بنا.</p>")
    html = client.get("/ar/info/kontakt/").content.decode()
    assert 'class="content" lang="ar" dir="rtl"' in html
    assert "<h1>اتصل بنا</h1>" in html
    assert "notice--fallback" not in html


def test_info_page_print_twin(client):
    editorial_page(slug="kontakt")
    response = client.get("/de/info/kontakt/print/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "print-section" in html and "<h1>Kontakt</h1>" in html
    assert "helpful" not in html  # no feedback form on paper


def test_draft_visible_to_staff_as_preview_only(admin_client_logged_in):
    editorial_page(slug="entwurf", status=Status.DRAFT)
    assert Client().get("/de/info/entwurf/").status_code == 404
    response = admin_client_logged_in.get("/de/info/entwurf/")
    assert response.status_code == 200
    assert response.headers["X-Robots-Tag"] == "noindex"
    assert translated("de", "Preview: this page is not public.") in response.content.decode()


def test_info_page_query_count_does_not_grow(client, django_assert_max_num_queries):
    for number in range(15):
        editorial_page(slug=f"seite-{number}")
    # +1 cold cache: scheduled.next_due(); +1 cold cache: which optional pages the footer links (once per content
    # generation for every page and language, portal.editorial.published_optional_pages)
    with django_assert_max_num_queries(6):
        assert client.get("/de/info/seite-3/").status_code == 200


def test_unknown_slug_is_404(client):
    assert client.get("/de/info/gibt-es-nicht/").status_code == 404
    assert client.get("/de/info/%3Cscript%3E/").status_code == 404


def test_demo_loader_creates_legal_pages_idempotently():
    summary = demo.load(today=None)
    assert summary.startswith("5 created")
    stamps = dict(EditorialPage.objects.values_list("slug", "changed_at"))
    assert set(stamps) == {"impressum", "datenschutz", "barrierefreiheit", "leichte-sprache", "gebaerdensprache"}
    assert demo.load(today=None) == "0 created, 0 updated, 5 unchanged"
    assert dict(EditorialPage.objects.values_list("slug", "changed_at")) == stamps
    assert EditorialPage.objects.published().count() == 5


def test_demo_loaded_by_management_command(capsys):
    call_command("load_demo_content")
    assert EditorialPage.objects.filter(slug="impressum", status=Status.PUBLISHED).exists()


def test_footer_links_reach_every_legal_page(client):
    demo.load(today=None)
    html = client.get("/de/").content.decode()
    for slug in ("impressum", "datenschutz", "barrierefreiheit", "leichte-sprache", "gebaerdensprache"):
        assert f'href="/de/info/{slug}/"' in html
        assert client.get(f"/de/info/{slug}/").status_code == 200


def test_privacy_notice_names_every_cookie_the_portal_sets(client):
    demo.load(today=None)
    html = client.get("/de/info/datenschutz/").content.decode()
    for cookie in ("csrftoken", "sessionid", "django_language", "portal_consent", "portal_notices", "messages"):
        assert f"<td>{cookie}</td>" in html
    assert "Artikel 13 DSGVO" in html


def test_impressum_and_accessibility_statement_content(client):
    demo.load(today=None)
    impressum = client.get("/de/info/impressum/").content.decode()
    assert "§ 5 Digitale-Dienste-Gesetz" in impressum and "Stadt Dortmund" in impressum
    assert "@example.org" in impressum
    statement = client.get("/de/info/barrierefreiheit/").content.decode()
    assert "Ombudsstelle für barrierefreie" in statement
    assert "Was ist noch nicht barrierefrei?" in statement
    assert 'href="/de/feedback/"' in statement  # the accessible feedback form is linked


def test_admin_lists_and_edits_editorial_pages(english_admin):
    editorial_page(slug="kontakt")
    changelist = english_admin.get("/admin/portal/editorialpage/")
    assert changelist.status_code == 200 and "Kontakt" in changelist.content.decode()
    page = EditorialPage.objects.get(slug="kontakt")
    change = english_admin.get(f"/admin/portal/editorialpage/{page.pk}/change/")
    html = change.content.decode()
    assert change.status_code == 200
    assert 'name="title_ar"' in html and 'dir="rtl"' in html
    assert 'name="attachment"' in html and 'accept="application/pdf,.pdf"' in html


EASY_READ_INTRO = (
    "The text below is in easy-to-read German (Leichte Sprache): it says what is on this site, how to find your way "
    "around it and what is not yet accessible."
)


def home_links(client, language):
    """The links of the home page's access list and easy-read box (the footer links every legal page anyway)."""
    html = client.get(f"/{language}/").content.decode()
    parts = re.findall(r'<ul class="home-access">.*?</ul>|<section class="easy-read".*?</section>', html, re.S)
    return html, re.findall(r'href="([^"]+)"', "".join(parts))


def test_home_links_to_easy_read_and_sign_language_only_when_those_pages_are_published(client):
    sign_language = editorial_page(slug="gebaerdensprache", title_de="Gebärdensprache", status=Status.DRAFT)
    html, links = home_links(client, "ar")
    assert 'class="easy-read"' not in html and links == []

    editorial_page(slug="leichte-sprache", title_de="Leichte Sprache")
    html, links = home_links(client, "ar")
    assert links == ["/ar/info/leichte-sprache/"] * 2  # a draft is not linked
    intro = re.search(r'<p class="easy-read__intro">(.*?)</p>\s*<div lang="de" dir="ltr">', html, re.S)
    assert intro and intro.group(1) == translated("ar", EASY_READ_INTRO)  # in the visitor's language, before
    assert 'class="easy-read__intro"' not in home_links(client, "de")[0]  # German: the box says it itself

    sign_language.status = Status.PUBLISHED
    sign_language.save()
    _html, links = home_links(client, "ar")
    assert sorted(set(links)) == ["/ar/info/gebaerdensprache/", "/ar/info/leichte-sprache/"] and len(links) == 4


def footer_links(client, path):
    html = client.get(path).content.decode()
    footer = re.search(r'<footer class="site-footer">.*?</footer>', html, re.S).group(0)
    return re.findall(r'href="(/de/info/[^"]+)"', footer)


def test_footer_links_easy_read_and_sign_language_only_while_those_pages_are_published(
    client, django_assert_num_queries
):
    """The footer is a cached fragment: publishing or unpublishing a page retires it with the pages."""
    editorial_page(slug="impressum", title_de="Impressum")
    sign_language = editorial_page(slug="gebaerdensprache", title_de="Gebärdensprache", status=Status.DRAFT)
    assert footer_links(client, "/de/services/") == ["/de/info/impressum/"] + [
        f"/de/info/{slug}/"
        for slug in ("datenschutz", "barrierefreiheit")  # legal pages: always linked
    ]
    easy_read = editorial_page(slug="leichte-sprache", title_de="Leichte Sprache")
    assert "/de/info/leichte-sprache/" in footer_links(client, "/de/services/")
    assert "/de/info/gebaerdensprache/" not in footer_links(client, "/de/services/")  # a draft is not linked

    sign_language.status = Status.PUBLISHED
    sign_language.save()
    easy_read.delete()
    links = footer_links(client, "/de/funding/")
    assert "/de/info/gebaerdensprache/" in links and "/de/info/leichte-sprache/" not in links
    with django_assert_num_queries(0):  # a warm page: the footer's lookup is not repeated per request
        assert footer_links(client, "/de/funding/") == links
