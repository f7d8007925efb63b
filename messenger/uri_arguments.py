# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Which command-line arguments are ``xmpp:``/``mailto:`` URIs.

Separate from :mod:`messenger.uri` (the parser, which needs the core's
address type) because ``messenger.cli`` uses it on every start: nothing of the
core may load before the first frame (see ``messenger/app.py``). Stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Sequence

SCHEMES = ("xmpp", "mailto")
# RFC 3986 scheme syntax, up to the colon.
SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")


def looks_like_uri(argument: str) -> bool:
    """True if a command-line argument is meant as an xmpp: or mailto: URI."""
    match = SCHEME.match(argument)
    return match is not None and match.group(1).lower() in SCHEMES


def split_uri_arguments(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split ``argv`` into (URIs, the other arguments), keeping their order.

    Arguments after ``--`` are never URIs.
    """
    uris: list[str] = []
    rest: list[str] = []
    options_ended = False
    for argument in argv:
        if not options_ended and looks_like_uri(argument):
            uris.append(argument)
        else:
            options_ended = options_ended or argument == "--"
            rest.append(argument)
    return uris, rest


def uri_in_arguments(argv: Iterable[object]) -> str | None:
    """The URI in an argument list another start handed over, if there is one.

    The list came over a socket: anything that is not a string is ignored.
    """
    strings = [argument for argument in argv if isinstance(argument, str)]
    uris, _ = split_uri_arguments(strings)
    return uris[0] if uris else None
