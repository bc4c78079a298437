"""XLIFF with selection and review: chosen items out, rich text as inline markup, and an import that waits for
review like any edit (preview first, one pending change per changed item, nothing public before publishing)."""

import copy

import pytest
from django.test import Client
from django.utils import translation
from lxml import etree
from lxml import html as lxml_html

from funding.models import FundingCall
from portal.translation_workflow import freshness
from portal.translation_workflow.xliff import XLIFF_NS, export_xliff, import_xliff, read_xliff
from portal.workflow.models import PendingChange
from tests.funding.factories import berlin, make_call
from tests.workflow.conftest import client_for

pytestmark = pytest.mark.django_db
NS = {"x": XLIFF_NS}
IMPORT_URL = "/admin/translations/translationrecord/xliff-import/"
RICH = (
    '<h2>Wer &amp; wie</h2><p>Ein&nbsp;Antrag mit <a href="https://example.org/?a=1&amp;b=2" '
    'rel="noopener noreferrer">Formular</a>, <strong>fett</strong> und <em>kursiv</em> &lt;nicht&gt; "so"'
    '<br>neue Zeile</p><ul><li>eins</li><li>zwei</li></ul><table><thead><tr><th scope="col">Frist</th>'
    '<th scope="col">Betrag</th></tr></thead><tbody><tr><td>31.01.</td><td>5.000 €</td></tr></tbody></table>'
)


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def turkish_call(number):
    call = make_call(
        opens_at=berlin(2027, 1, 1),
        deadline=berlin(2027, 2, 1),
        title_tr=f"Çağrı {number}",
        summary_tr="Kısaca",
        description_tr=RICH.replace("Formular", "Form"),
    )
    freshness.record_translation(call, "tr")
    return call


def unit(root, call, field):
    return root.find(f".//x:trans-unit[@id='funding.fundingcall:{call.pk}:{field}']", NS)


def public_page(client, call):
    with translation.override("tr"):
        url = call.get_absolute_url()
    return client.get(url).content.decode()


def test_rich_text_travels_as_inline_markup_not_escaped_text():
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1), description_de=RICH)
    document, count = export_xliff("tr", items=[call])
    assert count == 1
    source = unit(etree.fromstring(document), call, "description").find("x:source", NS)
    assert "<" not in "".join(source.itertext()).replace("<nicht>", "")  # no HTML as escaped text
    codes = [(code.tag.split("}")[1], code.get("ctype")) for code in source.iter()][1:]
    assert ("g", "x-html-table") in codes and ("g", "x-html-a") in codes and ("x", "x-html-br") in codes
    link = source.find(".//x:g[@ctype='x-html-a']", NS)
    assert link.text == "Formular"


def test_exported_rich_text_round_trips_byte_identical_through_the_import(django_user_model):
    call = make_call(opens_at=berlin(2027, 1, 1), deadline=berlin(2027, 2, 1), description_de=RICH)
    document, _count = export_xliff("tr", items=[call])
    root = etree.fromstring(document)
    for field in ("title", "summary", "description"):
        found = unit(root, call, field)
        source, target = found.find("x:source", NS), found.find("x:target", NS)
        replacement = copy.deepcopy(source)  # the agency keeps every code and word: a byte-for-byte test
        replacement.tag = target.tag
        found.replace(target, replacement)
    result = import_xliff(etree.tostring(root, encoding="UTF-8"), language="tr")
    assert result.ok, result.problems
    (change,) = result.changes
    assert change.values["description_tr"] == RICH  # byte-identical
    assert change.values["description_tr"].encode() == FundingCall.objects.get(pk=call.pk).description_de.encode()


def test_an_existing_translation_comes_back_unchanged_and_changes_nothing():
    call = turkish_call(1)
    document, _count = export_xliff("tr", items=[call])
    result = read_xliff(document, language="tr")
    assert result.ok and result.changes == [] and result.skipped == [f"funding.fundingcall:{call.pk}"]


def test_an_xliff_import_of_one_changed_item_creates_one_pending_change_and_no_public_change(staff):
    first, second = turkish_call(1), turkish_call(2)
    translator, publisher = client_for(Client, staff["translator"]), client_for(Client, staff["publisher"])
    chosen = translator.post(
        "/admin/funding/fundingcall/",
        {"action": "export_for_translation", "_selected_action": [first.pk, second.pk], "language": "tr", "apply": 1},
    )
    assert chosen.status_code == 200 and chosen["Content-Disposition"].startswith("attachment")
    root = etree.fromstring(chosen.content)
    assert {g.get("id") for g in root.iterfind(".//x:group", NS)} == {
        f"funding.fundingcall:{first.pk}",
        f"funding.fundingcall:{second.pk}",
    }
    unit(root, first, "title").find("x:target", NS).text = "Yeni çağrı başlığı"
    before = public_page(Client(), first)
    assert "Çağrı 1" in before

    upload = {"language": "tr", "origin": "person", "file": _file(etree.tostring(root, encoding="UTF-8"))}
    preview = translator.post(IMPORT_URL, upload)
    assert preview.status_code == 200
    tree = lxml_html.fromstring(preview.content)
    rows = tree.xpath("//table/tbody/tr")
    assert len(rows) == 1
    assert rows[0].xpath("string(th)") == first.title_de and "tr" in rows[0].xpath("string(td[2])")
    assert "[tr]" in rows[0].xpath("string(td[3])") and "," not in rows[0].xpath("string(td[3])")
    assert not PendingChange.objects.exists()

    done = translator.post(IMPORT_URL, {"upload": tree.xpath("//input[@name='upload']/@value")[0]})
    assert done.status_code == 200
    pending = PendingChange.objects.get()
    assert pending.object_id == str(first.pk) and pending.author == staff["translator"]
    assert "XLIFF import" in pending.comment
    history = publisher.get(f"/admin/funding/fundingcall/{first.pk}/workflow/history/").content.decode()
    assert f"/workflow/pending/{pending.pk}/publish/" in history and "Yeni çağrı başlığı" in history
    assert FundingCall.objects.get(pk=first.pk).title_tr == "Çağrı 1"
    assert public_page(Client(), first) == before

    publisher.post(f"/admin/funding/fundingcall/{first.pk}/workflow/pending/{pending.pk}/publish/")
    assert FundingCall.objects.get(pk=first.pk).title_tr == "Yeni çağrı başlığı"
    assert "Yeni çağrı başlığı" in public_page(Client(), first)
    assert FundingCall.objects.get(pk=second.pk).title_tr == "Çağrı 2"


def test_a_translator_cannot_import_a_language_not_assigned(django_user_model):
    from tests.workflow.conftest import make_staff

    call = turkish_call(1)
    arabic = client_for(Client, make_staff(django_user_model, "translator", languages=["ar"]))
    document, _count = export_xliff("tr", items=[call])
    root = etree.fromstring(document)
    unit(root, call, "title").find("x:target", NS).text = "Başka"
    response = arabic.post(IMPORT_URL, {"language": "tr", "origin": "person", "file": _file(etree.tostring(root))})
    assert response.status_code == 400 and not PendingChange.objects.exists()


def _file(data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("tr.xlf", data, content_type="application/xml")
