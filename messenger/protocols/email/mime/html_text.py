# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""HTML mail as plain text: no remote content, no scripts, links kept as text.

Nothing here fetches or interprets anything: images become their alt text,
scripts, styles and comments vanish, a link keeps its text plus its address
(http, https, mailto and xmpp only), ``<blockquote>`` becomes ``> `` lines so
that a quoted reply folds away like a plain-text one.

This is a small tokenizer of its own rather than ``html.parser``: on Python
3.11 that parser takes seconds on 100 KB of crafted input (``"<a" * 50000``:
4.7 s here) and raises AssertionError on some, and HTML mail is hostile
input. Every step below moves forward through the text once, so the work
is linear in the input whatever it contains.
"""

from __future__ import annotations

import html
import re

from messenger.protocols.email.mime.headers import clean_body
from messenger.protocols.email.mime.headers import clean_text

MAX_URL = 2000
_ANGLES = re.compile(r"[<>]")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)([^<>]*)>", re.S)
_ATTRIBUTE = re.compile(
    r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?"""
)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_SKIPPED = frozenset(
    {"script", "style", "title", "template", "svg", "math", "iframe", "object",
     "noscript", "select"}
)  # fmt: skip
_BLOCKS = frozenset(
    {"p", "div", "tr", "table", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
     "h4", "h5", "h6", "pre", "blockquote", "hr", "section", "article", "header",
     "footer", "address", "center", "form", "fieldset", "main", "nav", "aside",
     "figure", "figcaption", "details", "summary", "body", "html"}
)  # fmt: skip
_LINK_SCHEMES = ("http://", "https://", "mailto:", "xmpp:")


class _Text:
    """Lines of output, each with its blockquote depth."""

    def __init__(self) -> None:
        self.lines: list[tuple[int, str]] = []
        self.current: list[str] = []
        self.depth = 0
        self.pre = 0
        self.links: list[str] = []
        self.link_text: list[str] = []

    def add(self, text: str) -> None:
        if self.pre:
            first, *rest = text.split("\n")
            self._append(first)
            for line in rest:
                self.newline()
                self._append(line)
            return
        text = _SPACES.sub(" ", text)
        if not self.current or self.current[-1].endswith(" "):
            text = text.lstrip(" ")
        self._append(text)

    def _append(self, text: str) -> None:
        if text:
            self.current.append(text)
            if self.links:
                self.link_text.append(text)

    def newline(self) -> None:
        line = "".join(self.current).rstrip()
        # "-- <br>" is how HTML mail writes the signature separator.
        self.lines.append((self.depth, "-- " if line == "--" else line))
        self.current = []

    def block(self) -> None:
        """A paragraph break: one blank line between blocks."""
        if self.current:
            self.newline()
        if self.lines and self.lines[-1][1]:
            self.lines.append((self.depth, ""))

    def render(self) -> str:
        """The lines, quoted ones with ``>`` marks; blank lines between
        paragraphs only, never two in a row."""
        if self.current:
            self.newline()
        out: list[str] = []
        blank = False
        previous = 0
        for depth, line in self.lines:
            if not line:
                blank = bool(out)
                continue
            if blank:
                out.append(">" * min(depth, previous))
                blank = False
            out.append(">" * depth + " " + line if depth else line)
            previous = depth
        return "\n".join(out)


def html_to_text(source: str) -> str:
    """Plain text of an HTML document or fragment (``\\n`` line breaks)."""
    out = _Text()
    pos = 0  # start of the text not yet written
    scan = 0  # where to look for the next angle bracket
    open_at = -1  # the last "<" that may start a tag
    while (match := _ANGLES.search(source, scan)) is not None:
        scan = match.end()
        if match.group() == ">":
            if open_at != -1:
                out.add(html.unescape(source[pos:open_at]))
                pos = scan = _tag(out, source, open_at, match.end())
                open_at = -1
            continue  # a stray ">" is text
        if source.startswith(("<!", "<?"), match.start()):
            out.add(html.unescape(source[pos : match.start()]))
            pos = scan = _skip_markup(source, match.start())
            open_at = -1
            continue
        open_at = match.start()  # an earlier unclosed "<" was text
    out.add(html.unescape(source[pos:]))
    return clean_body(out.render())


def _skip_markup(source: str, start: int) -> int:
    """The end of a comment, doctype, CDATA section or processing instruction."""
    if source.startswith("<!--", start):
        end = source.find("-->", start + 4)
        return len(source) if end == -1 else end + 3
    end = source.find(">", start)
    return len(source) if end == -1 else end + 1


def _tag(out: _Text, source: str, start: int, end: int) -> int:
    """Apply the tag ``source[start:end]``; the position to go on from."""
    match = _TAG.fullmatch(source, start, end)
    if match is None:
        out.add(html.unescape(source[start:end]))  # "a < b > c" is text
        return end
    closing, name = match.group(1) == "/", match.group(2).lower()
    if name in _SKIPPED and not closing and not match.group(3).rstrip().endswith("/"):
        close = re.compile(rf"<\s*/\s*{name}\s*>", re.I).search(source, end)
        return len(source) if close is None else close.end()
    _apply(out, name, closing, match.group(3))
    return end


def _apply(out: _Text, name: str, closing: bool, attributes: str) -> None:
    if name == "br":
        out.newline()
    elif name == "li" and not closing:
        if out.current:
            out.newline()
        out.add("- ")
    elif name == "blockquote":
        out.block()
        out.depth = max(0, out.depth + (-1 if closing else 1))
    elif name == "pre":
        out.block()
        out.pre = max(0, out.pre + (-1 if closing else 1))
    elif name in _BLOCKS:
        out.block()
    elif name in {"td", "th"} and not closing:
        out.add(" ")
    elif name == "img" and not closing:
        alt = clean_text(_attributes(attributes).get("alt", ""), 200)
        if alt:
            out.add(f"[{alt}]")
    elif name == "a":
        _link(out, closing, attributes)


def _link(out: _Text, closing: bool, attributes: str) -> None:
    if not closing:
        href = _attributes(attributes).get("href", "").strip()
        safe = href.lower().startswith(_LINK_SCHEMES) and len(href) <= MAX_URL
        out.links.append(
            href if safe and href.isprintable() and " " not in href else ""
        )
        out.link_text = []
        return
    if not out.links:
        return
    href = out.links.pop()
    shown = "".join(out.link_text)
    out.link_text = []
    if href and href not in shown and href.removeprefix("mailto:") not in shown:
        out.add(f" ({href})" if shown.strip() else href)


def _attributes(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        value = match.group(2) or match.group(3) or match.group(4) or ""
        found.setdefault(match.group(1).lower(), html.unescape(value))
    return found
