"""Dortmund's twelve city districts (Stadtbezirke), shared by every app that places something in the city."""

from django.db import models


class District(models.TextChoices):
    """Proper names, not translated; the stored values are the slugs."""

    INNENSTADT_WEST = "innenstadt-west", "Innenstadt-West"
    INNENSTADT_NORD = "innenstadt-nord", "Innenstadt-Nord"
    INNENSTADT_OST = "innenstadt-ost", "Innenstadt-Ost"
    EVING = "eving", "Eving"
    SCHARNHORST = "scharnhorst", "Scharnhorst"
    BRACKEL = "brackel", "Brackel"
    APLERBECK = "aplerbeck", "Aplerbeck"
    HOERDE = "hoerde", "Hörde"
    HOMBRUCH = "hombruch", "Hombruch"
    LUETGENDORTMUND = "luetgendortmund", "Lütgendortmund"
    HUCKARDE = "huckarde", "Huckarde"
    MENGEDE = "mengede", "Mengede"
