"""The open-data catalogue (DCAT-AP.de as JSON-LD) validates against the SHACL shapes kept beside this test
(pySHACL), names the configured licence, and its CSV downloads hold the published data only, safe for
spreadsheets."""

import copy
import csv
import io
import json
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS

from services.models import Office
from tests.api.conftest import SECRET
from tests.services.factories import make_office

pytestmark = pytest.mark.django_db
SHAPES = Path(__file__).with_name("dcat_ap_de.ttl")
CATALOG = "/api/v1/catalog"


def conforms(document):
    data = Graph().parse(data=json.dumps(document), format="json-ld")
    shapes = Graph().parse(SHAPES, format="turtle")
    ok, _graph, report = validate(data, shacl_graph=shapes, inference="none")
    return ok, report, data


def test_catalogue_validates_against_the_dcat_ap_de_shapes(client, content):
    response = client.get(CATALOG)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    ok, report, graph = conforms(json.loads(response.content))
    assert ok, report
    datasets = set(graph.subjects(predicate=None, object=DCAT.Dataset))
    assert {str(dataset).rsplit("#", 1)[1] for dataset in datasets} == {"offices", "hsu-classes", "funded-projects"}
    licences = set(graph.objects(predicate=DCTERMS.license))
    assert licences == {URIRef("http://dcat-ap.de/def/licenses/dl-by-de/2.0")}


@pytest.mark.parametrize(
    "damage",
    ["licence", "access", "title", "contributor", "foreign licence"],
)
def test_the_shapes_catch_a_broken_catalogue(client, content, damage):
    document = copy.deepcopy(json.loads(client.get(CATALOG).content))
    distribution = document["dcat:dataset"][0]["dcat:distribution"][0]
    if damage == "licence":
        del distribution["dct:license"]
    elif damage == "access":
        del distribution["dcat:accessURL"]
    elif damage == "title":
        del document["dcat:dataset"][1]["dct:title"]
    elif damage == "contributor":
        del document["dcat:dataset"][2]["dcatde:contributorID"]
    else:
        distribution["dct:license"] = {"@id": "https://example.org/my-licence"}
    ok, _report, _graph = conforms(document)
    assert not ok


def test_the_licence_is_a_setting(client, content, settings):
    settings.PORTAL_OPEN_DATA_LICENCE = "http://dcat-ap.de/def/licenses/cc-by/4.0"
    ok, report, graph = conforms(json.loads(client.get(CATALOG).content))
    assert ok, report
    assert set(graph.objects(predicate=DCTERMS.license)) == {URIRef("http://dcat-ap.de/def/licenses/cc-by/4.0")}


def test_every_distribution_answers(client, content, settings):
    document = json.loads(client.get(CATALOG).content)
    for dataset in document["dcat:dataset"]:
        for distribution in dataset["dcat:distribution"]:
            path = distribution["dcat:accessURL"]["@id"].removeprefix(settings.PORTAL_SITE_URL)
            response = client.get(path)
            assert response.status_code == 200, path
            assert response["Content-Type"].startswith(distribution["dcat:mediaType"]), path


def rows(response):
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_offices_csv_published_only_and_safe(client, content):
    make_office(slug="formel", name='=HYPERLINK("https://example.org")', hours=((2, "09:00", "11:00"),))
    table = rows(client.get("/de/offices.csv"))
    assert table[0][0] == "Name"
    names = [row[0] for row in table[1:]]
    assert names == ['\'=HYPERLINK("https://example.org")', "Sozialamt"]
    sozialamt = table[2]
    assert "08:30–12:00" in sozialamt[8] and sozialamt[-1].endswith("/de/offices/sozialamt/")
    assert SECRET not in "".join(map(str, table))
    assert Office.objects.filter(slug="geschlossen").exists()  # there, but not published


def test_hsu_classes_csv_published_languages_only(client, content):
    table = rows(client.get("/ar/hsu/classes.csv"))
    assert len(table) == 3  # the header and the two Turkish classes
    assert {row[2] for row in table[1:]} == {"Grundschule am Park"}
    assert SECRET not in "".join(map(str, table))


def test_funded_projects_csv_is_the_existing_download(client, content):
    table = rows(client.get("/de/funding/funded-projects.csv"))
    assert [row[1] for row in table[1:]] == ["Nachbarn e. V."]


@pytest.mark.parametrize("value", ["xx", "\x00", "klingon", "DE"])
def test_the_catalogue_refuses_a_language_that_is_not_a_site_language(client, value):
    response = client.get("/api/v1/catalog", {"lang": value})
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    body = response.json()
    assert body["status"] == 400 and body["message"] and [error["parameter"] for error in body["errors"]] == ["lang"]


def test_the_catalogue_takes_a_site_language(client):
    assert client.get("/api/v1/catalog", {"lang": "ar"}).status_code == 200
    assert client.get("/api/v1/catalog").status_code == 200
