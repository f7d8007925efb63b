# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Text helpers for showing peer strings safely, and for translated sentences.

Peer strings are always shown as plain text (docs/ui-development.md). On top of
that, :func:`one_line` and :func:`isolate` keep them from changing what is
around them: invisible bidirectional controls (an RTL override that would
reverse "gpj.exe", or our own sentence after the name) are dropped, and a name
placed in a sentence is wrapped in a first-strong isolate.
"""

from __future__ import annotations

import re

# Bidi embeddings, overrides and isolates (marks such as U+200E stay: they
# cannot leak beyond the text).
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)], None)
_SPACES = re.compile(r"\s+")
_PLACEHOLDER = re.compile(r"%(\d)")
# Longer peer strings are cut for drawing: no row or label is wider.
DRAW_LIMIT = 400


def fill(template: str, *values: object) -> str:
    """Replace ``%1``..``%9`` in a translated sentence, in one pass.

    (Replacing one after the other would replace a ``%2`` inside the first
    value too.)
    """

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 0 < number <= len(values) else match[0]

    return _PLACEHOLDER.sub(value, template)


def strip_bidi(text: str) -> str:
    return text.translate(_BIDI_CONTROLS)


def one_line(text: str, limit: int = DRAW_LIMIT) -> str:
    """``text`` for one line of a list: whitespace runs as one space, cut."""
    return _SPACES.sub(" ", strip_bidi(text[: limit * 2])).strip()[:limit]


def isolate(text: str, limit: int = DRAW_LIMIT) -> str:
    """A peer string to put inside a sentence: one line, bidi-isolated."""
    return f"\u2068{one_line(text, limit)}\u2069"


def plain_block(text: str, limit: int = 20_000) -> str:
    """Multi-line peer text (a vCard note): bidi controls dropped, cut."""
    return strip_bidi(text[:limit])
