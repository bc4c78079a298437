"""The static files storage in production: WhiteNoise's compressed manifest storage, with each file's address
worked out once per process.

``{% static %}`` runs on every page several times (style sheets, scripts, icons, the word mark); the manifest
storage looks the hashed name up, quotes and joins it each time. The manifest is read when the process starts and
does not change until the next ``collectstatic`` and restart, so the address of a name is the same for the life of
the process.
"""

from django.conf import settings
from whitenoise.storage import CompressedManifestStaticFilesStorage

KEPT_URLS = 2048


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._urls = {}

    def url(self, name, force=False):
        if force or settings.DEBUG:  # DEBUG: the unhashed address, as Django gives it
            return super().url(name, force)
        found = self._urls.get(name)
        if found is None:
            found = super().url(name)  # a name missing from the manifest raises, as before, and is not kept
            if len(self._urls) >= KEPT_URLS:
                self._urls.clear()
            self._urls[name] = found
        return found
