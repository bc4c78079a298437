"""Dortmund's twelve city districts (Stadtbezirke), as a choice list for funded projects.

The names are German proper names and are shown as they are in every language.
"""

from django.db import models


class District(models.TextChoices):
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
