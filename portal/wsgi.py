"""WSGI entry point: gunicorn serves ``portal.wsgi:application``."""

import os

from django.core.wsgi import get_wsgi_application
from PIL import Image

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
application = get_wsgi_application()

# Pillow imports its format plugins on the first image it opens; doing that at worker start keeps an editor's
# first upload (and the refusal of an oversized image) from paying for it.
Image.init()
