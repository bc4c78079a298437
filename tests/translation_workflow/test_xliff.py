"""XLIFF exchange: a round trip updates exactly the exported items; a broken file changes nothing."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation
from lxml import etree
from lxml import html as lxml_html

from portal.publication import Status
from portal.translation_workflow import freshness
from portal.translation_workflow.models import Origin, SignLanguageVideo, TranslationRecord
from portal.translation_workflow.xliff import XLIFF_NS, export_xliff, import_xliff
from portal.translation_workflow.xliff_inline import fill_inline
from portal.workflow.models import PendingChange
from portal.workflow.pending import publish_pending
from tests.services.factories import make_service
from tests.translation_workflow.conftest import make_video

pytestmark = pytest.mark.django_db
NS = {"x": XLIFF_NS}


@pytest.fixture(autouse=True)
def _english():
    """Messages are asserted in English (the msgids); the admin is asked in English too."""
    with translation.override("en"):
        yield


@pytest.fixture
def videos():
    done = make_video(translations=["tr"])
    freshness.record_translation(done, "tr")  # up to date: not exported
    outdated = make_video(translations=["tr"])
    freshness.record_translation(outdated, "tr")
    outdated.title_de = "Neuer Titel"
    outdated.save()
    missing = make_video()
    english_only = make_video(translations=["en"])
    return {"done": done, "outdated": outdated, "missing": missing, "english_only": english_only}


def translate(document, text_for):
    """Fill every target of an exported document, as an agency would (rich text as inline markup)."""
    root = etree.fromstring(document)
    for unit in root.iterfind(".//x:trans-unit", NS):
        old = unit.find("x:target", NS)
        target = etree.Element(old.tag, state="translated")
        unit.replace(old, target)
        if unit.get("datatype") == "html":
            fill_inline(target, text_for(unit))
        else:
            target.text = text_for(unit)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def publish_all(result):
    """A publisher publishes every change the import left waiting for review."""
    publisher = User.objects.create_user("publisher-of-imports", is_superuser=True, is_staff=True)
    for pending in result.pending:
        publish_pending(pending, user=publisher)


def turkish(unit):
    if unit.get("datatype") == "html":
        return '<p>Türkçe açıklama <script>alert(1)</script><a href="javascript:alert(1)">bağlantı</a></p>'
    return "Türkçe <b>başlık</b> &amp; daha fazlası"


def snapshot():
    """Every stored column (the language-specific ones, not modeltranslation's active-language accessors)."""
    skip = {"changed_at", *freshness.translatable_fields(SignLanguageVideo)}
    return {
        v.pk: {f.attname: getattr(v, f.attname) for f in v._meta.concrete_fields if f.attname not in skip}
        for v in SignLanguageVideo.objects.all()
    }


def test_export_contains_only_missing_and_outdated_with_context(videos):
    document, count = export_xliff("tr")
    root = etree.fromstring(document)
    groups = root.findall(".//x:group", NS)
    ids = {g.get("id") for g in groups}
    assert count == 3
    assert ids == {f"translations.signlanguagevideo:{videos[k].pk}" for k in ("outdated", "missing", "english_only")}
    file_el = root.find("x:file", NS)
    assert file_el.get("source-language") == "de" and file_el.get("target-language") == "tr"
    unit = root.find(f".//x:group[@id='translations.signlanguagevideo:{videos['outdated'].pk}']/x:trans-unit", NS)
    assert unit.find("x:source", NS).text == "Neuer Titel"
    assert unit.find("x:target", NS).get("state") == "needs-review-translation"
    assert unit.find("x:note", NS).text.endswith("(title)")
    assert unit.get("maxwidth") == "200"
    assert root.find(".//x:group/x:note", NS).text.startswith("sign-language video")


def test_round_trip_updates_exactly_the_exported_items(videos):
    before = snapshot()
    document, _count = export_xliff("tr")
    result = import_xliff(translate(document, turkish), language="tr", origin=Origin.MACHINE)
    assert result.ok, result.problems
    exported = {videos[k].pk for k in ("outdated", "missing", "english_only")}
    assert {int(pending.object_id) for pending in result.pending} == exported  # live items: waiting for review
    assert result.updated == [] and snapshot() == before
    publish_all(result)
    after = snapshot()
    for pk, fields in after.items():
        changed = {name for name in fields if fields[name] != before[pk][name]}
        assert changed == ({"title_tr", "description_tr"} if pk in exported else set()), (pk, changed)
        obj = SignLanguageVideo.objects.get(pk=pk)
        assert freshness.translation_state(obj, "tr") == freshness.UP_TO_DATE
    video = SignLanguageVideo.objects.get(pk=videos["missing"].pk)
    assert video.title_tr == "Türkçe başlık & daha fazlası"  # plain text: markup stripped, no entities left
    assert "<script" not in video.description_tr and "javascript:" not in video.description_tr
    assert "Türkçe açıklama" in video.description_tr
    assert TranslationRecord.objects.filter(object_id=video.pk, language="tr").exists()
    assert export_xliff("tr")[1] == 0


def test_an_item_that_is_not_public_is_saved_at_once_with_its_origin(videos):
    draft = make_video(status=Status.DRAFT)
    document, count = export_xliff("tr", items=[draft])
    assert count == 1
    result = import_xliff(translate(document, turkish), language="tr", origin=Origin.MACHINE)
    assert result.ok and result.pending == [] and len(result.updated) == 1
    draft.refresh_from_db()
    assert draft.title_tr == "Türkçe başlık & daha fazlası"
    record = TranslationRecord.objects.get(object_id=draft.pk, language="tr")
    assert record.origin == Origin.MACHINE and record.reviewed is False


def test_malformed_file_changes_nothing():
    make_video()
    before = snapshot()
    result = import_xliff(b"<xliff version='1.2'><file>", language="tr")
    assert not result.ok
    assert "not well-formed" in str(result.problems[0])
    assert snapshot() == before


def test_entities_and_doctype_are_refused(videos):
    document, _count = export_xliff("tr")
    evil = document.replace(
        b"<xliff", b'<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff', 1
    ).replace(b"Neuer Titel</source>", b"&xxe;</source>")
    before = snapshot()
    result = import_xliff(evil, language="tr")
    assert not result.ok
    assert snapshot() == before
    assert not any("root:" in str(p) for p in result.problems)


def test_problems_reported_item_by_item_and_nothing_changes(videos):
    document, _count = export_xliff("tr")
    translated = translate(document, turkish)
    root = etree.fromstring(translated)
    body = root.find(".//x:body", NS)
    unknown = etree.SubElement(body, f"{{{XLIFF_NS}}}group", id="translations.signlanguagevideo:999999")
    unknown.set("{urn:x-mia-do-ki:translations}fingerprint", "0" * 64)
    bogus = etree.SubElement(body, f"{{{XLIFF_NS}}}group", id="nosuchapp.nomodel:1")
    assert bogus is not None
    long_unit = root.find(f".//x:group[@id='translations.signlanguagevideo:{videos['missing'].pk}']/x:trans-unit", NS)
    long_unit.find("x:target", NS).text = "x" * 500
    changed = SignLanguageVideo.objects.get(pk=videos["english_only"].pk)
    changed.title_de = "Inzwischen geändert"
    changed.save()
    before = snapshot()
    result = import_xliff(etree.tostring(root), language="tr")
    assert not result.ok
    messages = {str(p) for p in result.problems}
    assert any(m.startswith("translations.signlanguagevideo:999999:") for m in messages)
    assert any(m.startswith("nosuchapp.nomodel:1:") for m in messages)
    assert any(m.startswith(f"translations.signlanguagevideo:{changed.pk}:") and "changed" in m for m in messages)
    assert any(m.startswith(f"translations.signlanguagevideo:{videos['missing'].pk}:title") for m in messages)
    assert len(result.problems) == 4
    assert result.updated == []
    assert snapshot() == before


def test_incomplete_item_is_a_problem(videos):
    document, _count = export_xliff("tr")

    def title_only(unit):
        return "Sadece başlık" if unit.get("resname") == "title" else ""

    result = import_xliff(translate(document, title_only), language="tr")
    assert not result.ok
    assert all("required" in p.message for p in result.problems)


def test_an_item_without_a_section_its_german_page_has_is_a_problem_naming_it():
    service = make_service(slug="xliff-sections", what_to_bring="<ul><li>Reisepass</li></ul>")
    document, _count = export_xliff("tr", items=[service])

    def all_but_what_to_bring(unit):
        if unit.get("resname") == "what_to_bring":
            return ""
        return "<p>Türkçe</p>" if unit.get("datatype") == "html" else "Türkçe"

    result = import_xliff(translate(document, all_but_what_to_bring), language="tr")
    assert not result.ok and [p.message for p in result.problems] == ["required fields left empty: what_to_bring"]


def test_wrong_language_file_is_refused(videos):
    document, _count = export_xliff("tr")
    result = import_xliff(translate(document, turkish), language="ar")
    assert not result.ok and "expected" in str(result.problems[0])


def test_admin_export_and_import_views(videos, admin_client_logged_in):
    page = admin_client_logged_in.get(reverse("admin:translations_xliff_export"), HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200 and b"Download" in page.content
    response = admin_client_logged_in.get(reverse("admin:translations_xliff_export"), {"language": "tr"})
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith('attachment; filename="portal-tr-')
    upload = SimpleUploadedFile("tr.xlf", translate(response.content, turkish), content_type="application/xml")
    preview = admin_client_logged_in.post(
        reverse("admin:translations_xliff_import"),
        {"language": "tr", "file": upload, "origin": "person", "reviewed": "on"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert preview.status_code == 200
    rows = lxml_html.fromstring(preview.content).xpath("//table/tbody/tr")
    assert len(rows) == 3 and not PendingChange.objects.exists()
    assert rows[0].xpath("string(td[3])") == "title [tr], description [tr]"
    upload_id = lxml_html.fromstring(preview.content).xpath("//input[@name='upload']/@value")[0]
    done = admin_client_logged_in.post(
        reverse("admin:translations_xliff_import"), {"upload": upload_id}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert done.status_code == 200
    assert "3 changes waiting for review" in done.content.decode()
    assert PendingChange.objects.open().count() == 3
    again = admin_client_logged_in.post(reverse("admin:translations_xliff_import"), {"upload": upload_id})
    assert again.status_code == 404 and PendingChange.objects.count() == 3  # imported once only


def test_admin_import_view_reports_broken_file(admin_client_logged_in):
    make_video()
    upload = SimpleUploadedFile("broken.xlf", b"not xml at all", content_type="application/xml")
    result = admin_client_logged_in.post(
        reverse("admin:translations_xliff_import"),
        {"language": "tr", "file": upload, "origin": "person"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert result.status_code == 400
    assert "Nothing was imported" in result.content.decode()


def test_command_round_trip(videos, tmp_path):
    out = tmp_path / "tr.xlf"
    call_command("translations", "export", "--language", "tr", "-o", str(out), stderr=io.StringIO())
    out.write_bytes(translate(out.read_bytes(), turkish))
    stdout = io.StringIO()
    call_command("translations", "import", str(out), "--language", "tr", stdout=stdout)
    assert "3 changes waiting for review" in stdout.getvalue()
    broken = tmp_path / "broken.xlf"
    broken.write_bytes(b"<xliff")
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("translations", "import", str(broken), stderr=io.StringIO())
    coverage_out = io.StringIO()
    call_command("translations", "coverage", stdout=coverage_out)
    assert "translations.signlanguagevideo" in coverage_out.getvalue()
