"""The portal's local time: Dortmund keeps Berlin time (CET/CEST), whatever zone the server runs in.

Opening hours, deadlines and calendar entries are meant in this zone; ``settings.TIME_ZONE`` is the same.
"""

from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
