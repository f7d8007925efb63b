# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""RFC 3676 ``format=flowed``: wrapping outgoing text, re-joining incoming text.

A flowed line ending in a space continues on the next line (a soft break), so
long chat lines travel wrapped and still come back as one line; mail clients
without flowed support show the wrapped lines, which read fine. Lines starting
with a space, ``>`` or ``From `` are space-stuffed so that no transport or
reader takes them for quotes or mbox separators. ``-- `` alone is the
signature separator and never flowed.
"""

from __future__ import annotations

WIDTH = 72
SIGNATURE_SEPARATOR = "-- "


def encode_flowed(text: str, width: int = WIDTH) -> str:
    """``text`` (``\\n`` line breaks) as flowed lines (``delsp=no``).

    Trailing spaces of each line are dropped (they would turn a hard break
    into a soft one); a word longer than ``width`` stays on its own line.
    """
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(_stuff(piece) for piece in _wrap(line.rstrip(" "), width))
    return "\n".join(out)


def _wrap(line: str, width: int) -> list[str]:
    """``line`` cut after spaces into pieces of at most ``width`` characters
    where possible; every piece but the last ends with a space."""
    pieces = []
    start = 0
    while len(line) - start > width:
        cut = line.rfind(" ", start, start + width)
        if cut == -1 or line[start : cut + 1] == SIGNATURE_SEPARATOR:
            cut = line.find(" ", start + width)
            if cut == -1:
                break
        pieces.append(line[start : cut + 1])
        start = cut + 1
    pieces.append(line[start:])
    return pieces


def _stuff(piece: str) -> str:
    if piece.startswith((" ", ">", "From ")):
        return " " + piece
    return piece


def decode_flowed(text: str, *, delsp: bool = False) -> str:
    """Join the soft-broken lines of flowed ``text`` (``\\n`` line breaks).

    Quoted lines keep their depth as ``>`` marks plus one space; a soft break
    followed by a line of another quote depth counts as a hard one.
    """
    out: list[str] = []
    paragraph: list[str] = []
    depth = 0
    for raw in text.split("\n"):
        line_depth = len(raw) - len(raw.lstrip(">"))
        line = raw[line_depth:]
        line = line.removeprefix(" ")
        if paragraph and line_depth != depth:
            out.append(_quoted(depth, paragraph))
            paragraph = []
        depth = line_depth
        soft = line.endswith(" ") and line != SIGNATURE_SEPARATOR
        if soft and delsp:
            line = line[:-1]
        paragraph.append(line)
        if not soft:
            out.append(_quoted(depth, paragraph))
            paragraph = []
    if paragraph:
        out.append(_quoted(depth, paragraph))
    return "\n".join(out)


def _quoted(depth: int, pieces: list[str]) -> str:
    joined = "".join(pieces)
    return (">" * depth + " " + joined) if depth else joined
