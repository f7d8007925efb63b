# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A look at a mail's MIME structure before the stdlib parser builds it.

The stdlib parser checks every line against the boundary of every open
multipart, and builds an object per part: a few kilobytes of nested
multiparts cost it seconds (900 levels: 0.18 s for 40 KB here, growing with
every line below them), and a flood of tiny parts costs memory. This scan
finds such mails in one linear pass over the bytes, so they can be refused
(headers only) before any of that work starts.

It must never see less structure than the parser will: it finds header
lines after any of the parser's line ends (CR LF, LF and a lone CR), and it
reads each multipart's type and boundary with the parser's own code (the
same policy, ``get_content_maintype`` and ``get_boundary``), so a crafted
header cannot mean one boundary here and another there.
"""

from __future__ import annotations

import re
from email.message import Message

from messenger.protocols.email.mime.headers import READ_POLICY
from messenger.protocols.email.mime.model import Problem

MAX_DEPTH = 16
MAX_PARTS = 256
# Beyond these a mail is refused without a closer look: real mail never has
# hundreds of multiparts, nor tens of thousands of lines starting with "--"
# or "Content-Type:".
MAX_MULTIPARTS = 512
MAX_DASH_LINES = 50_000
MAX_CONTENT_TYPES = 10_000
_HEADER = re.compile(rb"content-type:[^\r\n]*(?:(?:\r\n|\r|\n)[ \t][^\r\n]*)*", re.I)
_REST_OF_LINE = re.compile(rb"[^\r\n]*")
_NAME = b"content-type:"


def check_structure(raw: bytes) -> Problem | None:
    """TOO_DEEP or TOO_MANY_PARTS when building ``raw`` would cost too much."""
    lowered = raw.lower()
    if _count_line_starts(lowered, _NAME) > MAX_CONTENT_TYPES:
        return Problem.TOO_MANY_PARTS
    declared: list[tuple[int, str]] = []
    for start in _line_starts(lowered, _NAME):
        header = _HEADER.match(raw, start)
        if header is None or b"multipart" not in header.group().lower():
            continue  # a multipart type always says so (the parser lowercases)
        if len(declared) >= MAX_MULTIPARTS:
            return Problem.TOO_DEEP
        boundary = _boundary(header.group())
        if boundary is not None:
            declared.append((start, boundary))
    dash_count = _count_line_starts(raw, b"--")
    if len(declared) <= MAX_DEPTH and dash_count < MAX_PARTS:
        return None  # the common case: few multiparts, few delimiter-like lines
    if dash_count > MAX_DASH_LINES:
        return Problem.TOO_MANY_PARTS
    dash_lines = []
    for start in _line_starts(raw, b"--"):
        rest = _REST_OF_LINE.match(raw, start + 2)
        dash_lines.append((start, rest.group() if rest else b""))
    return _replay(declared, dash_lines)


def _count_line_starts(data: bytes, prefix: bytes) -> int:
    return (
        data.startswith(prefix)
        + data.count(b"\n" + prefix)
        + data.count(b"\r" + prefix)
    )


def _line_starts(data: bytes, prefix: bytes) -> list[int]:
    """Where lines starting with ``prefix`` start, after any of the parser's
    line ends (CR LF, LF, or a lone CR), in order. The caller has counted
    them: ``bytes.find`` visits nothing else, a regex would visit every byte."""
    found = [0] if data.startswith(prefix) else []
    for end in (b"\n", b"\r"):
        pos = data.find(end + prefix)
        while pos != -1:
            found.append(pos + 1)
            pos = data.find(end + prefix, pos + 1)
    return sorted(found)


def _boundary(header: bytes) -> str | None:
    """The boundary the parser will use for this Content-Type header, or None
    when the parser will not treat its part as a multipart with one."""
    text = header.decode("ascii", "surrogateescape")
    value = text.split(":", 1)[1].lstrip(" \t").rstrip("\r\n")
    probe = Message(policy=READ_POLICY)
    probe.set_raw("Content-Type", value)
    if probe.get_content_maintype() != "multipart":
        return None
    return probe.get_boundary()


def _replay(
    declared: list[tuple[int, str]], dash_lines: list[tuple[int, bytes]]
) -> Problem | None:
    """Replay declarations and delimiter lines in order, as the parser nests
    them: a delimiter of an outer boundary ends every inner multipart."""
    events = sorted(
        [(pos, True, boundary) for pos, boundary in declared]
        + [
            (pos, False, line.decode("ascii", "surrogateescape").rstrip(" \t"))
            for pos, line in dash_lines
        ]
    )
    stack: list[str] = []
    parts = 0
    for _, is_declaration, value in events:
        if is_declaration:
            stack.append(value)
            if len(stack) > MAX_DEPTH:
                return Problem.TOO_DEEP
            continue
        closing = value.endswith("--") and value[:-2] in stack
        name = value[:-2] if closing else value
        if name not in stack:
            continue
        index = len(stack) - 1 - stack[::-1].index(name)
        del stack[index if closing else index + 1 :]
        if not closing:
            parts += 1
            if parts > MAX_PARTS:
                return Problem.TOO_MANY_PARTS
    return None
