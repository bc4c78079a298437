"""Keys and helpers the per-language modules of the funding demo translations share.

Next year's KOMM-AN call is named for its year (``komm-an-nrw-2027`` in 2026): it is found by its slug's stem, so
its translations still apply after New Year, and its translated title takes the year from the call itself.
"""

CALLS = {
    "komm-an": (("slug__startswith", "komm-an-nrw-"),),
    "fund-autumn": "integrationsfonds-herbstrunde",
    "fund-spring": "integrationsfonds-fruehjahrsrunde",
    "small-next": "kleinstfoerderung-naechste-runde",
    "small-first": "kleinstfoerderung-erste-runde",
}
DOCUMENT_KINDS = ("application", "financing_plan")


def call_key(name):
    return ("funding.fundingcall", CALLS[name])


def document_key(call, kind):
    key = CALLS[call]
    lookups = tuple((f"call__{lookup}", value) for lookup, value in key) if isinstance(key, tuple) else (
        ("call__slug", key),)  # fmt: skip
    return ("funding.calldocument", (*lookups, ("kind", kind)))


def block_key(code):
    return ("funding.buildingblock", (("programme__slug", "komm-an-nrw-teil-2"), ("code", code)))


def with_year(template):
    """A title naming the call's own year: ``template`` has ``{year}``."""
    return lambda call: template.format(year=call.deadline.year)


def calls(titles, summaries, description, how_to_apply=None):
    """Every demo call in one language: ``titles`` by call name (a ``with_year`` function for KOMM-AN),
    ``summaries`` by programme ("komm-an", "fund", "small"), the description (and how to apply) they share."""
    translations = {}
    for name, title in titles.items():
        fields = {"title": title, "summary": summaries[name.split("-")[0]], "description": description}
        if how_to_apply:
            fields["how_to_apply"] = how_to_apply
        translations[call_key(name)] = fields
    return translations


def documents(titles):
    """Both documents of every demo call: ``titles`` by kind."""
    return {document_key(call, kind): {"title": titles[kind]} for call in CALLS for kind in DOCUMENT_KINDS}


def district(project):
    return project.title_de.rsplit(" (", 1)[1].rstrip(")")


def projects(titles, fictional):
    """The funded projects: ``titles`` maps the German project title (without its district) to the translation;
    the district stays its German proper name, the organisation its registered name ("(fiktiv)" translated)."""
    translations = {}
    for german, title in titles.items():
        translations[("funding.fundedproject", (("title_de__startswith", f"{german} ("),))] = {
            "title": lambda project, title=title: f"{title} ({district(project)})",
            "organisation": lambda project: project.organisation_de.replace("(fiktiv)", fictional),
        }
    return translations
