"""Log lines cannot be forged: control characters in logged values are escaped, in gunicorn's access and error
logs and in our own."""

import logging
import runpy
import shutil
import sys
from pathlib import Path

from django.conf import settings
from gunicorn.config import Config

from portal.logs import EscapingFormatter, escape_control
from tests.portal.live_server import fetch, gunicorn, production_env

FORGED = '127.0.0.1 - - [01/Jan/2027:00:00:00 +0100] "GET /admin/ HTTP/1.1" 200'


def test_newline_in_a_path_yields_one_escaped_access_log_line(tmp_path, served_files):
    shutil.copy(served_files / "ops.sqlite3", tmp_path / "ops.sqlite3")
    env = production_env(tmp_path, DJANGO_STATIC_ROOT=str(served_files / "static"))
    access_log = tmp_path / "access.log"
    with gunicorn(env, "--access-logfile", str(access_log)) as url:
        status, _headers, _body = fetch(f"{url}/de/forged%0D%0A{FORGED.replace(' ', '%20')}%1B[2J")
    assert status == 404
    lines = access_log.read_text().splitlines()
    assert all(line.startswith("[") for line in lines)  # every line is one of gunicorn's, with its timestamp
    forged = [line for line in lines if "forged" in line]
    assert len(forged) == 1
    assert '"GET /de/forged\\r\\n127.0.0.1 - - [01/Jan/2027' in forged[0]
    assert "\\x1b[2J" in forged[0]


def test_escape_control_writes_every_control_character_as_an_escape():
    value = "a\r\nb\tc\x00d\x1be\x7ff\x85g\u2028h\\n ä ع"
    assert escape_control(value) == "a\\r\\nb\\tc\\x00d\\x1be\\x7ff\\x85g\\u2028h\\n ä ع"
    assert all(character.isprintable() for character in escape_control("".join(map(chr, range(0x00, 0xA0)))))


def record(message, *args, exc_info=None):
    return logging.LogRecord("portal.test", logging.WARNING, __file__, 1, message, args, exc_info)


def test_a_record_with_control_characters_stays_one_line():
    formatter = EscapingFormatter("%(levelname)s %(name)s %(message)s")
    line = formatter.format(record("Not found: %s", f"/de/x\n{FORGED}\r\x1b[31m"))
    assert line == f"WARNING portal.test Not found: /de/x\\n{FORGED}\\r\\x1b[31m"


def test_a_traceback_keeps_its_lines_marked_as_continuation():
    formatter = EscapingFormatter("%(levelname)s %(message)s")
    try:
        raise ValueError(f"bad value\n{FORGED}")
    except ValueError:
        text = formatter.format(record("import failed", exc_info=sys.exc_info()))
    first, *rest = text.splitlines()
    assert first == "WARNING import failed"
    assert rest and all(line.startswith("  | ") for line in rest)
    assert f"  | {FORGED}" in rest


def test_the_portal_logs_through_the_escaping_formatter():
    """The handler that settings.LOGGING puts on the root logger (pytest adds its own capture handlers beside it)."""
    ours = [handler for handler in logging.getLogger().handlers if type(handler) is logging.StreamHandler]
    assert len(ours) == 1
    line = ours[0].format(record("Feedback from %s", "x\ny"))
    assert line.endswith("Feedback from x\\ny")


def test_gunicorns_error_log_writes_a_message_with_line_breaks_as_one_line(tmp_path):
    logger_class = runpy.run_path(str(Path(settings.BASE_DIR) / "gunicorn.conf.py"))["EscapingLogger"]
    config = Config()
    config.set("errorlog", str(tmp_path / "error.log"))
    logger = logger_class(config)
    logger.error("Invalid request from ip=127.0.0.1: %s", "GET /\r\n[2026-12-02 10:00:00 +0000] [1] [INFO] forged")
    for handler in logger.error_log.handlers:
        handler.flush()
    lines = (tmp_path / "error.log").read_text().splitlines()
    assert len(lines) == 1
    assert lines[0].endswith("GET /\\r\\n[2026-12-02 10:00:00 +0000] [1] [INFO] forged")
