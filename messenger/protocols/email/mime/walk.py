# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Walking a parsed mail's MIME tree: which parts are text, files, a reaction
or a report.

The walk is iterative with its own depth and part caps (the stdlib's
``walk()`` recurses). Of a ``multipart/alternative`` one branch is read (the
plain text, or a multipart branch that may carry files); of a
``multipart/related`` only the root (the rest are the HTML's images, never
shown); of a signed part the content, not the signature; an encrypted part
is only noted.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from email.message import Message

from messenger.protocols.email.mime.model import Problem
from messenger.protocols.email.mime.structure import MAX_DEPTH
from messenger.protocols.email.mime.structure import MAX_PARTS

TEXT_TYPES = frozenset({"text/plain", "text/html"})
FORWARDED_TYPES = frozenset({"message/rfc822", "message/global"})
# Parts that belong to signing or encryption, not to the content.
_CRYPTO_TYPES = frozenset(
    {
        "application/pgp-signature",
        "application/pkcs7-signature",
        "application/x-pkcs7-signature",
        "application/pgp-encrypted",
    }
)


@dataclass
class Body:
    """The parts of a mail that matter, in document order."""

    texts: list[Message] = field(default_factory=list)
    files: list[Message] = field(default_factory=list)
    reaction: Message | None = None
    report: Message | None = None
    encrypted: bool = False
    malformed: bool = False
    problem: Problem | None = None


def walk(root: Message) -> Body:
    body = Body()
    stack = [(root, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        seen += 1
        if seen > MAX_PARTS:
            body.problem = Problem.TOO_MANY_PARTS
            break
        if part.defects:
            body.malformed = True
        if depth > MAX_DEPTH:
            body.problem = Problem.TOO_DEEP
            continue
        if part.get_content_maintype() == "message":
            if part.get_content_type() in FORWARDED_TYPES:
                body.files.append(part)  # a forwarded mail: a file to open
            continue
        payload = part.get_payload()
        if isinstance(payload, list):
            children = _chosen(
                part, [p for p in payload if isinstance(p, Message)], body
            )
            stack.extend((child, depth + 1) for child in reversed(children))
        else:
            _leaf(part, body)
    return body


def _chosen(part: Message, children: list[Message], body: Body) -> list[Message]:
    """The children of a multipart that are read."""
    subtype = part.get_content_subtype()
    if subtype == "alternative":
        for child in reversed(children):  # the last alternative is the richest
            if child.get_content_type() == "text/plain" or child.is_multipart():
                return [child]
        return children[-1:]
    if subtype in {"signed", "related"}:
        return children[:1]
    if subtype == "encrypted":
        body.encrypted = True
        return []
    if subtype == "report":
        if body.report is None:
            body.report = part
        return children[:1]  # the human-readable part
    return children


def _leaf(part: Message, body: Body) -> None:
    ctype = part.get_content_type()
    disposition = part.get_content_disposition()
    if disposition == "reaction" and part.get_content_maintype() == "text":
        if body.reaction is None:
            body.reaction = part
        return
    if ctype in _CRYPTO_TYPES:
        return
    is_text = ctype in TEXT_TYPES or part.get_content_maintype() == "multipart"
    if is_text and disposition != "attachment" and filename_of(part) is None:
        if part.get_content_maintype() == "multipart":
            body.malformed = True  # a multipart without a boundary: read as text
        body.texts.append(part)
        return
    body.files.append(part)


def filename_of(part: Message) -> str | None:
    """The raw file name of a part (RFC 2231 decoded), None when it has none."""
    try:
        name = part.get_filename()
    except (LookupError, ValueError, TypeError):
        return ""
    return name if isinstance(name, str) else None
