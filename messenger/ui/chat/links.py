# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Links in message text: which ones exist, and which ones may be opened.

Only http, https, xmpp and mailto become links (PROTOCOLS "Rendering"): any
other scheme (``file:``, ``javascript:``, ``data:``, ...) stays plain text,
and :func:`is_allowed_link` is checked again before anything is opened.
A link never contains whitespace, quotes, angle brackets or bidirectional
formatting characters, so an override cannot disguise where it points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote
from urllib.parse import urlsplit

from messenger.core.model import Address
from messenger.core.model import InvalidAddressError

ALLOWED_SCHEMES = frozenset({"http", "https", "xmpp", "mailto"})

# Bidirectional formatting characters (LRE..RLO, LRI..PDI) and marks.
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

_LINK = re.compile(
    r"(?<![\w:/.@+-])(?:https?://|xmpp:|mailto:)"
    r"[^\s<>\"'`" + BIDI_CONTROLS + r"]+",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?*_~"
_PAIRS = {")": "(", "]": "[", "}": "{"}


@dataclass(frozen=True, slots=True)
class LinkSpan:
    """``text[start:end]`` is the link ``url``."""

    start: int
    end: int
    url: str


def is_allowed_link(url: str) -> bool:
    """True for an http(s) URL with a host, or an xmpp:/mailto: address."""
    if any(c.isspace() or c in BIDI_CONTROLS for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        return False
    if scheme in {"http", "https"}:
        return bool(parts.hostname)
    return bool(parts.path or parts.netloc)


def xmpp_address(url: str) -> Address | None:
    """The person an ``xmpp:`` link points to (RFC 5122), else None.

    Such a link opens a chat in the app instead of going to the desktop.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() != "xmpp" or parts.netloc:
        return None
    try:
        address = Address.parse(unquote(parts.path))
    except InvalidAddressError:
        return None
    return address.bare if address.local else None


def find_links(text: str) -> list[LinkSpan]:
    """The allowed links in ``text``, in order, without trailing punctuation."""
    found: list[LinkSpan] = []
    for match in _LINK.finditer(text):
        url = _trim(match.group())
        if is_allowed_link(url):
            start = match.start()
            found.append(LinkSpan(start, start + len(url), url))
    return found


def _trim(url: str) -> str:
    """Drop punctuation that ends the sentence rather than the URL."""
    while url:
        last = url[-1]
        unbalanced = last in _PAIRS and url.count(last) > url.count(_PAIRS[last])
        if last in _TRAILING or unbalanced:
            url = url[:-1]
        else:
            break
    return url
