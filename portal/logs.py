"""Log lines that cannot be forged: control characters in logged values are written as escapes.

A visitor controls parts of what is logged (the path, form values in an error message). A raw CR or LF there
would start a line of the visitor's choosing that looks like one of ours; ESC sequences could rewrite a terminal.
``escape_control`` writes C0 and C1 control characters, DEL and the Unicode line and paragraph separators as
``\\n``, ``\\r``, ``\\t`` or ``\\xNN``/``\\uNNNN``. A backslash stays as it is: Django already escapes the
values it logs about requests that way, and escaping them twice would only make them harder to read; a visitor's
own backslash can make a line look odd, never make a new one. ``EscapingFormatter`` applies it to our own
logging (settings.LOGGING); gunicorn.conf.py applies it to the access log.
"""

import logging

_ESCAPES = {0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t"}
for _code in [*range(0x00, 0x20), *range(0x7F, 0xA0)]:
    _ESCAPES.setdefault(_code, f"\\x{_code:02x}")
for _code in (0x2028, 0x2029):
    _ESCAPES[_code] = f"\\u{_code:04x}"
_TABLE = str.maketrans(_ESCAPES)


def escape_control(value):
    """``value`` as text on one line: its control characters escaped."""
    return str(value).translate(_TABLE)


class EscapingFormatter(logging.Formatter):
    """One log record is one line; a traceback's lines follow it, each marked as a continuation (``  | ``).

    The message is escaped whole. A traceback keeps its line breaks for readability, but every line of it is
    escaped and indented, so nothing in an exception's text can start a line that looks like a new record.
    """

    def formatMessage(self, record):
        record.message = escape_control(record.message)
        return super().formatMessage(record)

    def formatException(self, ei):
        return self._continuation(super().formatException(ei))

    def formatStack(self, stack_info):
        return self._continuation(super().formatStack(stack_info))

    @staticmethod
    def _continuation(text):
        return "\n".join(f"  | {escape_control(line)}" for line in text.splitlines())
