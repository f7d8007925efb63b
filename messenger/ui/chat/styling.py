# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0393 message styling, parsed into spans and rendered as safe markup.

Message bodies are peer text. They are never handed to a rich-text renderer
as they are: :func:`parse` splits a body into lines of :class:`Run` s (text
plus a style), and :func:`to_html` escapes every run and builds the markup
around it from our own tags, so ``<img>`` or ``&amp;`` in a body shows as
those characters. Links are the allowed ones of :mod:`.links` only.

Styling follows XEP-0393: blocks are preformatted (a line starting with
three backticks, up to a line of just three backticks or the end of the
parent block) and quotations (lines starting with ``>``, nested); spans are
``*strong*``, ``_emphasis_``, ``~strike~`` and ``` `preformatted` ```, on
one line, opened at the start of a line, after whitespace or after another
opening directive, not followed by whitespace, and closed by the same
character not preceded by whitespace. Directives stay visible (dimmed), so
what is shown is what was sent. Nothing inside a preformatted span or block
is styled or linked.

Bidirectional overrides are closed at the end of every run
(:func:`close_bidi`), so a right-to-left override in a body cannot reorder
the text after it (or disguise a link).
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Flag
from enum import auto

from messenger.ui.chat.links import LinkSpan
from messenger.ui.chat.links import find_links
from messenger.ui.chat.links import is_allowed_link

_PDF = "\u202c"  # pops a directional embedding or override
_PDI = "\u2069"  # pops a directional isolate
_FSI = "\u2068"
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI


class Style(Flag):
    NONE = 0
    STRONG = auto()
    EMPHASIS = auto()
    STRIKE = auto()
    CODE = auto()  # preformatted span or block
    DIRECTIVE = auto()  # a styling directive character, shown dimmed


_SPAN_STYLES = {
    "*": Style.STRONG,
    "_": Style.EMPHASIS,
    "~": Style.STRIKE,
    "`": Style.CODE,
}


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with one style; ``href`` is set on allowed links."""

    text: str
    style: Style = Style.NONE
    href: str = ""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a body: its runs, quotation depth and block kind."""

    runs: tuple[Run, ...]
    quote_depth: int = 0
    preformatted: bool = False

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Colours:
    """Colours (``#rrggbb``) the markup uses, from the view's palette."""

    link: str = "#2a6fdb"
    dim: str = "#808080"
    quote: str = "#5a7a5a"
    code_background: str = "#ececec"


def close_bidi(text: str) -> str:
    """``text`` with every directional embedding, override or isolate closed."""
    stack: list[str] = []
    for char in text:
        if char in _EMBEDDINGS:
            stack.append(_PDF)
        elif char in _ISOLATES:
            stack.append(_PDI)
        elif char == _PDF and stack and stack[-1] == _PDF:
            stack.pop()
        elif char == _PDI and _PDI in stack:
            while stack.pop() != _PDI:
                pass
    return text + "".join(reversed(stack)) if stack else text


def isolate(text: str) -> str:
    """``text`` as a directional isolate, for placing peer text in a sentence."""
    return f"{_FSI}{close_bidi(text)}{_PDI}"


# ------------------------------------------------------------------ parsing
def parse(body: str) -> list[Line]:
    """Split ``body`` into styled lines (see the module docstring)."""
    rows = [("", text) for text in body.split("\n")]
    return _blocks(rows, 0)


def _blocks(rows: list[tuple[str, str]], depth: int) -> list[Line]:
    """Lines of the blocks in ``rows``: (quote-marker prefix, remaining text)."""
    lines: list[Line] = []
    i = 0
    while i < len(rows):
        prefix, text = rows[i]
        if text.startswith(">"):
            quoted: list[tuple[str, str]] = []
            while i < len(rows) and rows[i][1].startswith(">"):
                marked, rest = rows[i]
                content = rest[1:].lstrip(" \t")
                quoted.append((marked + rest[: len(rest) - len(content)], content))
                i += 1
            lines.extend(_blocks(quoted, depth + 1))
        elif text.startswith("```"):
            end = i + 1
            while end < len(rows) and rows[end][1] != "```":
                end += 1
            last = min(end, len(rows) - 1)
            for number in range(i, last + 1):
                marked, content = rows[number]
                fence = number == i or (number == end and end < len(rows))
                style = Style.CODE | Style.DIRECTIVE if fence else Style.CODE
                runs = (*_marker(marked), Run(content, style))
                lines.append(Line(runs, depth, preformatted=True))
            i = last + 1
        else:
            lines.append(Line((*_marker(prefix), *_spans(text)), depth))
            i += 1
    return lines


def _marker(prefix: str) -> tuple[Run, ...]:
    return (Run(prefix, Style.DIRECTIVE),) if prefix else ()


def _spans(text: str) -> list[Run]:
    return _SpanParser(text).parse(0, len(text), Style.NONE)


class _SpanParser:
    """The spans of one line; links are opaque (no directive inside counts)."""

    def __init__(self, text: str) -> None:
        self.text = text
        links = find_links(text)
        self.in_link = [False] * len(text)
        for link in links:
            self.in_link[link.start : link.end] = [True] * (link.end - link.start)
        self.links: dict[int, LinkSpan] = {link.start: link for link in links}

    def parse(self, start: int, end: int, style: Style) -> list[Run]:
        text = self.text
        runs: list[Run] = []
        plain = i = start
        while i < end:
            link = self.links.get(i)
            if link is not None and link.end <= end:
                _flush(runs, text[plain:i], style)
                runs.append(Run(text[i : link.end], style, link.url))
                i = plain = link.end
                continue
            char = text[i]
            close = self._closing(i, start, end) if char in _SPAN_STYLES else -1
            if close < 0:
                i += 1
                continue
            _flush(runs, text[plain:i], style)
            inner = style | _SPAN_STYLES[char]
            runs.append(Run(char, inner | Style.DIRECTIVE))
            if char == "`":
                runs.append(Run(text[i + 1 : close], inner))
            else:
                runs.extend(self.parse(i + 1, close, inner))
            runs.append(Run(char, inner | Style.DIRECTIVE))
            i = plain = close + 1
        _flush(runs, text[plain:end], style)
        return runs

    def _closing(self, i: int, start: int, end: int) -> int:
        """Where the span opened by ``text[i]`` closes (-1: it opens none)."""
        text = self.text
        opens = i == start or text[i - 1].isspace()
        if not opens or i + 1 >= end or text[i + 1].isspace():
            return -1
        char = text[i]
        for j in range(i + 2, end):
            if text[j] == char and not text[j - 1].isspace() and not self.in_link[j]:
                return j
        return -1


def _flush(runs: list[Run], text: str, style: Style) -> None:
    if text:
        runs.append(Run(text, style))


# ------------------------------------------------------------------ markup
def to_html(lines: Iterable[Line], colours: Colours) -> str:
    """Markup of ``lines``: our tags around escaped text (see the module doc)."""
    parts: list[str] = []
    for line in lines:
        css = ["margin:0", "white-space:pre-wrap"]
        if line.quote_depth:
            # Indented where the line starts: on the right in right-to-left.
            side = "right" if starts_right_to_left(line.text) else "left"
            css.append(f"margin-{side}:{10 * line.quote_depth}px")
            css.append(f"color:{colours.quote}")
        if line.preformatted:
            css.append("font-family:monospace")
        body = "".join(_run_html(run, colours) for run in line.runs)
        parts.append(f'<p style="{";".join(css)}">{body}</p>')
    return "".join(parts)


def starts_right_to_left(text: str) -> bool:
    """Whether a paragraph of ``text`` runs right to left.

    The first strong character decides, isolates skipped (Unicode bidi rules
    P2/P3, which Qt applies to a paragraph without a set direction).
    """
    isolated = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in {"LRI", "RLI", "FSI"}:
            isolated += 1
        elif kind == "PDI":
            isolated = max(isolated - 1, 0)
        elif not isolated and kind == "L":
            return False
        elif not isolated and kind in {"R", "AL"}:
            return True
    return False


def _run_html(run: Run, colours: Colours) -> str:
    text = html.escape(close_bidi(run.text), quote=True)
    if not text:
        return ""
    css: list[str] = []
    if run.style & Style.STRONG:
        css.append("font-weight:bold")
    if run.style & Style.EMPHASIS:
        css.append("font-style:italic")
    if run.style & Style.STRIKE:
        css.append("text-decoration:line-through")
    if run.style & Style.CODE:
        css.append("font-family:monospace")
        css.append(f"background-color:{colours.code_background}")
    if run.style & Style.DIRECTIVE:
        css.append(f"color:{colours.dim}")
    if run.href and is_allowed_link(run.href):
        href = html.escape(run.href, quote=True)
        css.append(f"color:{colours.link}")
        return f'<a href="{href}" style="{";".join(css)}">{text}</a>'
    return f'<span style="{";".join(css)}">{text}</span>' if css else text


def body_html(body: str, colours: Colours, *, action_by: str = "") -> str:
    """Markup of a message body; ``action_by``: a "/me" message by that name."""
    if not action_by:
        return to_html(parse(body), colours)
    lines = parse(body.removeprefix("/me "))
    prefix = Run(f"* {action_by} ", Style.STRONG | Style.EMPHASIS)
    if lines and not lines[0].quote_depth and not lines[0].preformatted:
        lines[0] = Line((prefix, *lines[0].runs))
    else:
        lines.insert(0, Line((prefix,)))
    return to_html(lines, colours)


def is_action(body: str) -> bool:
    """A "/me does something" message."""
    return body.startswith("/me ") and bool(body[4:].strip())


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` as text (Qt guesses rich text otherwise)."""
    escaped = html.escape(close_bidi(text), quote=True)
    return f'<p style="white-space:pre-wrap">{escaped}</p>'
