"""How the bytes of an article file become the text that offsets count in.

UTF-8 first, as Python's `open(path, encoding="utf-8")` reads it (a UTF-8 byte-order mark stays the text's first
character). A UTF-16 or UTF-32 byte-order mark says its encoding; the text is then what Python's "utf-16" and
"utf-32" codecs read, without the mark. An HTML page that is not UTF-8 is read in the charset it declares
(`<meta charset="windows-1252">`, or the `http-equiv` form), as a browser reads it, whatever the file's name.
Anything else is not guessed: a wrong guess would change letters without a trace, so it raises
`UnicodeDecodeError` saying how to convert it.
"""
from __future__ import annotations

import codecs
import re

BYTE_ORDER_MARKS = (  # UTF-32's marks first: the UTF-16 little-endian mark opens the UTF-32 one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Where a page declares its charset: in a <meta> tag of its head. HTML5 wants it in the first 1024 bytes; pages do
# not all obey, so the first DECLARATION_REACH bytes are read.
DECLARED_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
DECLARATION_REACH = 4096
CONVERT_HINT = "not UTF-8 text; convert it first, e.g. `iconv -f WINDOWS-1252 -t UTF-8`"


def decode(data: bytes) -> str:
    """The text of an article file's bytes (see the module's docstring). Raises `UnicodeDecodeError` when they are
    neither UTF-8, nor marked as UTF-16 or UTF-32, nor an HTML page in the charset it declares."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        declared = declared_charset(data)
        if declared is not None and declared != "utf-8":
            return data.decode(declared)
        raise UnicodeDecodeError(error.encoding, error.object, error.start, error.end,
                                 f"{error.reason} ({CONVERT_HINT})") from None


def declared_charset(page: bytes) -> str | None:
    """The charset an HTML page declares in its head, as Python names the codec; None if it declares none or one
    Python does not know."""
    found = DECLARED_CHARSET.search(page, 0, DECLARATION_REACH)
    if found is None:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None
