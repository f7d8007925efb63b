# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Folding quoted text and signatures away from the new text of a mail.

A reply from an ordinary mail client carries the whole earlier conversation
(``> `` lines under an "On ... wrote:" line, or Outlook's "From: / Sent:"
block) and a signature after ``-- ``. In a chat only the new text belongs in
the bubble; the quote and the footer are kept separately. Chat mails (Delta
Chat and ours) put a quote only at the top and a status as the footer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from messenger.protocols.email.mime.flowed import SIGNATURE_SEPARATOR

# "On Mon, 1 Jan 2024, Bob <bob@example.org> wrote:" in any language: a short
# line ending with a colon, directly above the quote.
MAX_HEADLINE = 120
_OUTLOOK_SEPARATOR = re.compile(r"^\s*-{3,}\s*original message\s*-{3,}\s*$", re.I)
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")
_HEADER_LINE = re.compile(r"^\s*\*?(from|von|de|da|van)\*?\s*:", re.I)
_MORE_HEADER_LINES = re.compile(
    r"^\s*\*?(sent|date|gesendet|datum|envoyé|to|an|à|subject|betreff|objet)\*?\s*:",
    re.I,
)
# Delta Chat escapes "--" at a line start with a zero-width space.
_ESCAPED_DASHES = re.compile(r"(?m)^-\u200b-")


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    quote: str = ""
    footer: str = ""


def split_reply(text: str, *, chat: bool) -> Reply:
    """Split ``text`` (``\\n`` line breaks) into new text, quote and footer.

    A chat mail's quote is the ``>`` block it starts with; an ordinary mail's
    is also a trailing ``>`` block (with the line introducing it) or everything
    from an Outlook-style "Original Message" header on. When the whole text
    would be quote, nothing is cut.
    """
    lines = text.split("\n")
    quote, lines = _top_quote(lines, headline=not chat)
    if not quote and not chat:
        lines, quote = _outlook_quote(lines)
        if not quote:
            lines, quote = _bottom_quote(lines)
    lines, footer = _footer(lines)
    body = _tidy(lines)
    if not body and (quote or footer) and not chat:
        return Reply(_tidy(text.split("\n")))
    return Reply(body, _tidy(quote), _tidy(footer))


def unescape_dashes(text: str) -> str:
    return _ESCAPED_DASHES.sub("--", text)


def _is_quote(line: str) -> bool:
    return line.startswith(">")


def _unquoted(lines: list[str]) -> list[str]:
    return [line[1:].removeprefix(" ") if _is_quote(line) else line for line in lines]


def _is_headline(line: str) -> bool:
    return len(line) <= MAX_HEADLINE and line.rstrip().endswith(":")


def _top_quote(lines: list[str], *, headline: bool) -> tuple[list[str], list[str]]:
    start = 1 if headline and lines and _is_headline(lines[0]) else 0
    end = start
    while end < len(lines) and _is_quote(lines[end]):
        end += 1
    if end == start:
        return [], lines
    return _unquoted(lines[start:end]), lines[end:]


def _bottom_quote(lines: list[str]) -> tuple[list[str], list[str]]:
    """A trailing ``>`` block, optionally followed by a signature."""
    end = len(lines)
    for index, line in enumerate(lines):
        if line in {SIGNATURE_SEPARATOR, "--  "}:
            end = index
            break
    last = end
    while last > 0 and not lines[last - 1].strip():
        last -= 1
    first = last
    while first > 0 and (_is_quote(lines[first - 1]) or not lines[first - 1].strip()):
        first -= 1
    while first < last and not lines[first].strip():
        first += 1
    if first == last or not _is_quote(lines[first]):
        return lines, []
    quote = _unquoted(lines[first:last])
    return lines[: _headline_start(lines, first)] + lines[end:], quote


def _headline_start(lines: list[str], quote_start: int) -> int:
    """Where the "On ... wrote:" line above a quote starts (Gmail puts a blank
    line between them and wraps a long one), else ``quote_start``."""
    line = quote_start - 1
    if line > 0 and not lines[line].strip():
        line -= 1
    if line < 0 or not _is_headline(lines[line]):
        return quote_start
    continued = line > 0 and not lines[line].startswith("On ")
    if continued and lines[line - 1].startswith("On "):
        return line - 1  # "On Mon, ... Bob <" / "bob@example.org> wrote:"
    return line


def _outlook_quote(lines: list[str]) -> tuple[list[str], list[str]]:
    """Everything from an Outlook-style header of the quoted mail on."""
    for index, line in enumerate(lines):
        if _OUTLOOK_SEPARATOR.match(line):
            return lines[:index], lines[index + 1 :]
        start = index + 1 if _UNDERSCORES.match(line) else index
        if start < len(lines) and _HEADER_LINE.match(lines[start]):
            following = lines[start + 1 : start + 5]
            if sum(1 for f in following if _MORE_HEADER_LINES.match(f)) >= 2:
                return lines[:index], lines[start:]
    return lines, []


def _footer(lines: list[str]) -> tuple[list[str], list[str]]:
    for index, line in enumerate(lines):
        # Some servers turn "-- " into "--  " on the way.
        if line in {SIGNATURE_SEPARATOR, "--  "}:
            return lines[:index], lines[index + 1 :]
    return lines, []


def _tidy(lines: list[str]) -> str:
    """Lines joined, trailing spaces and surrounding blank lines dropped, runs
    of blank lines collapsed to one."""
    out: list[str] = []
    blank = False
    for raw in lines:
        line = raw.rstrip()
        if not line:
            blank = bool(out)
            continue
        if blank:
            out.append("")
            blank = False
        out.append(line)
    return unescape_dashes("\n".join(out))
