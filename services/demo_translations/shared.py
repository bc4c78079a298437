"""Builds parts of the per-language modules' ``TRANSLATIONS`` of the services demo from short tables."""


def hsu_language_names(names):
    """``names``: HSU language slug -> its name in the module's language."""
    return {("services.hsulanguage", slug): {"name": name} for slug, name in names.items()}
