# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""IMAP syntax: arguments we send and the responses we read (RFC 3501, 6154, 7162).

Pure functions over the response lines aioimaplib collects (``bytes`` lines with
the leading ``* `` removed, literals as separate ``bytearray`` items). Server
input is hostile: everything here tolerates garbage (it is skipped, never
raised) and caps what it keeps. Mailbox names travel in modified UTF-7 (RFC 3501
section 5.1.3).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

# A token list: atoms/strings (str), literals (bytes), nested lists, None (NIL).
Token = str | bytes | None | list["Token"]

MAX_UID = 2**32 - 1
MAX_DEPTH = 16
_STATUS_CODE = re.compile(r"\[([A-Z0-9.-]+)(?: ([^\]]*))?\]", re.IGNORECASE)
_LITERAL = re.compile(rb"\{(\d{1,10})\+?\}$")
_NUMBER = re.compile(r"\d{1,20}")
_PUSH = re.compile(rb"^\d+ (EXISTS|EXPUNGE|RECENT|FETCH)\b|^VANISHED\b", re.I)
_ATOM_END = frozenset(b" ()\r\n")
_STATUS_ITEMS = re.compile(r"\(([A-Za-z0-9. ]*)\)\s*$")


class ParseError(ValueError):
    """The response does not have the expected shape."""


# ----------------------------------------------------------------- arguments


def quote(text: str) -> str:
    """``text`` as an IMAP quoted string; refuses what a quoted string cannot hold."""
    if any(c in text for c in "\0\r\n"):
        raise ValueError("NUL, CR and LF cannot be sent in an IMAP string")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def mailbox_arg(name: str) -> str:
    """A mailbox name as a command argument: modified UTF-7, quoted."""
    return quote(encode_mailbox(name))


def encode_mailbox(name: str) -> str:
    """Modified UTF-7 (RFC 3501 5.1.3): "&" is "&-", non-ASCII in "&...-" runs."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            data = "".join(pending).encode("utf-16-be")
            text = base64.b64encode(data).decode("ascii").rstrip("=")
            out.append("&" + text.replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)


def decode_mailbox(raw: str) -> str:
    """The inverse of ``encode_mailbox``; a malformed run is kept as it is."""
    out: list[str] = []
    i = 0
    while i < len(raw):
        char = raw[i]
        end = raw.find("-", i + 1) if char == "&" else -1
        if char != "&" or end < 0:
            out.append(char)
            i += 1
            continue
        chunk = raw[i + 1 : end]
        if not chunk:
            out.append("&")
        else:
            try:
                padded = chunk.replace(",", "/") + "=" * (-len(chunk) % 4)
                data = base64.b64decode(padded, validate=True)
                out.append(data.decode("utf-16-be"))
            except (ValueError, UnicodeDecodeError):
                out.append(raw[i : end + 1])
        i = end + 1
    return "".join(out)


def uid_set(uids: Iterable[int]) -> str:
    """A compact UID set: ``[1, 2, 3, 7]`` -> ``"1:3,7"``."""
    ordered = sorted(set(uids))
    if not ordered:
        raise ValueError("an empty UID set")
    parts: list[str] = []
    start = prev = ordered[0]
    for uid in [*ordered[1:], -1]:
        if uid == prev + 1:
            prev = uid
            continue
        parts.append(str(start) if start == prev else f"{start}:{prev}")
        start = prev = uid
    return ",".join(parts)


# ----------------------------------------------------------------- tokens


def tokenize(pieces: Sequence[bytes | bytearray]) -> list[Token]:
    """Tokens of one response spread over pieces (a literal follows its ``{n}``).

    Returns a flat-then-nested structure: parenthesised lists become lists.
    Raises ParseError on unbalanced parentheses or a missing literal.
    """
    stack: list[list[Token]] = [[]]
    expect_literal = False
    for piece in pieces:
        if isinstance(piece, bytearray):
            if not expect_literal:
                raise ParseError("literal without a size")
            stack[-1].append(bytes(piece))
            expect_literal = False
            continue
        if expect_literal:
            raise ParseError("a literal is missing")
        expect_literal = _tokenize_line(bytes(piece), stack)
    if expect_literal:
        raise ParseError("a literal is missing")
    if len(stack) != 1:
        raise ParseError("unbalanced parentheses")
    return stack[0]


def _tokenize_line(line: bytes, stack: list[list[Token]]) -> bool:
    """Add ``line``'s tokens to ``stack``; True if it ends with a literal size."""
    literal = _LITERAL.search(line)
    if literal:
        line = line[: literal.start()]
    i, n = 0, len(line)
    while i < n:
        byte = line[i]
        if byte in b" \t":
            i += 1
        elif byte == ord("("):
            if len(stack) > MAX_DEPTH:
                raise ParseError("nested too deeply")
            stack.append([])
            i += 1
        elif byte == ord(")"):
            if len(stack) == 1:
                raise ParseError("unbalanced parentheses")
            done = stack.pop()
            stack[-1].append(done)
            i += 1
        elif byte == ord('"'):
            text, i = _quoted(line, i)
            stack[-1].append(text)
        else:
            atom, i = _atom(line, i)
            stack[-1].append(None if atom.upper() == "NIL" else atom)
    return literal is not None


def _quoted(line: bytes, start: int) -> tuple[str, int]:
    out = bytearray()
    i = start + 1
    while i < len(line):
        byte = line[i]
        if byte == ord("\\") and i + 1 < len(line):
            out.append(line[i + 1])
            i += 2
        elif byte == ord('"'):
            return out.decode("utf-8", "replace"), i + 1
        else:
            out.append(byte)
            i += 1
    raise ParseError("unterminated quoted string")


def _atom(line: bytes, start: int) -> tuple[str, int]:
    """An atom; ``[...]`` inside it (``BODY[HEADER.FIELDS (A B)]``) is kept whole."""
    i = start
    while i < len(line) and line[i] not in _ATOM_END:
        if line[i] == ord("["):
            close = line.find(b"]", i)
            if close < 0:
                raise ParseError("unterminated [")
            i = close + 1
        else:
            i += 1
    return line[start:i].decode("utf-8", "replace"), i


# ----------------------------------------------------------------- responses


def text_lines(lines: Iterable[bytes | bytearray]) -> list[str]:
    """The non-literal lines as text."""
    return [
        bytes(line).decode("utf-8", "replace")
        for line in lines
        if isinstance(line, bytes)
    ]


def response_code(text: str) -> tuple[str, str]:
    """The ``[CODE args]`` of a status text (upper-case code), or ``("", "")``."""
    match = _STATUS_CODE.search(text)
    if match is None:
        return "", ""
    return match.group(1).upper(), (match.group(2) or "").strip()


def number(text: str | None, limit: int = 2**63 - 1) -> int | None:
    """A non-negative number within ``limit``, else None."""
    if text is None or not _NUMBER.fullmatch(text):
        return None
    value = int(text)
    return value if value <= limit else None


@dataclass(frozen=True, slots=True, kw_only=True)
class MailboxStatus:
    """What SELECT (or STATUS) told about a mailbox; 0 where not said."""

    uidvalidity: int = 0
    uidnext: int = 0
    exists: int = 0
    highestmodseq: int = 0


def parse_select(lines: Iterable[bytes | bytearray]) -> MailboxStatus:
    values = {"UIDVALIDITY": 0, "UIDNEXT": 0, "HIGHESTMODSEQ": 0}
    exists = 0
    for text in text_lines(lines):
        code, args = response_code(text)
        if code in values:
            limit = MAX_UID if code != "HIGHESTMODSEQ" else 2**63 - 1
            values[code] = number(args.split(" ", 1)[0], limit) or 0
        words = text.split()
        if len(words) == 2 and words[1].upper() == "EXISTS":
            exists = number(words[0], MAX_UID) or 0
    return MailboxStatus(
        uidvalidity=values["UIDVALIDITY"],
        uidnext=values["UIDNEXT"],
        exists=exists,
        highestmodseq=values["HIGHESTMODSEQ"],
    )


def parse_status(lines: Iterable[bytes | bytearray]) -> MailboxStatus:
    """The ``(NAME value ...)`` list that ends a STATUS answer."""
    values: dict[str, int] = {}
    for text in text_lines(lines):
        match = _STATUS_ITEMS.search(text)
        if match is None:
            continue
        words = match.group(1).split()
        for key, value in zip(words[::2], words[1::2], strict=False):
            values[key.upper()] = number(value) or 0
    return MailboxStatus(
        uidvalidity=min(values.get("UIDVALIDITY", 0), MAX_UID),
        uidnext=min(values.get("UIDNEXT", 0), MAX_UID),
        exists=min(values.get("MESSAGES", 0), MAX_UID),
        highestmodseq=values.get("HIGHESTMODSEQ", 0),
    )


def parse_search(lines: Iterable[bytes | bytearray]) -> list[int]:
    """UIDs (or numbers) of SEARCH results; ``(MODSEQ n)`` and junk are skipped."""
    found: set[int] = set()
    for text in text_lines(lines):
        words = text.replace("(", " ").replace(")", " ").split()
        if not words or number(words[0]) is None:
            continue
        skip = False
        for word in words:
            if word.upper() == "MODSEQ":
                skip = True
                continue
            value = number(word, MAX_UID)
            if value and not skip:
                found.add(value)
            skip = False
    return sorted(found)


@dataclass(frozen=True, slots=True, kw_only=True)
class ListEntry:
    """One LIST answer: ``name`` decoded, ``raw`` as the server spells it."""

    name: str
    raw: str
    delimiter: str
    flags: frozenset[str] = frozenset()

    @property
    def selectable(self) -> bool:
        return not self.flags & {"\\NOSELECT", "\\NONEXISTENT"}

    @property
    def special_use(self) -> frozenset[str]:
        """RFC 6154 attributes (``\\SENT``, ``\\JUNK``, ... upper-case)."""
        return self.flags & SPECIAL_USE


SPECIAL_USE = frozenset(
    {"\\ALL", "\\ARCHIVE", "\\DRAFTS", "\\FLAGGED", "\\JUNK", "\\SENT", "\\TRASH"}
)


def parse_list(lines: Sequence[bytes | bytearray]) -> list[ListEntry]:
    """LIST answers: ``(flags) "delim" name`` (the name may be a literal)."""
    entries: list[ListEntry] = []
    for index, line in enumerate(lines):
        if not isinstance(line, bytes) or not line.startswith(b"("):
            continue
        pieces: list[bytes | bytearray] = [line]
        if _LITERAL.search(line) and index + 1 < len(lines):
            pieces.append(lines[index + 1])
        entry = _list_entry(pieces)
        if entry is not None:
            entries.append(entry)
    return entries


def _list_entry(pieces: Sequence[bytes | bytearray]) -> ListEntry | None:
    try:
        tokens = tokenize(pieces)
    except ParseError:
        return None
    if len(tokens) < 3 or not isinstance(tokens[0], list):
        return None
    flags, delimiter, name = tokens[0], tokens[1], tokens[2]
    if isinstance(name, bytes):
        name = name.decode("utf-8", "replace")
    if (
        not isinstance(name, str)
        or not name
        or (
            delimiter is not None
            and not (isinstance(delimiter, str) and len(delimiter) == 1)
        )
    ):
        return None
    if any(c in name for c in "\0\r\n"):
        return None
    return ListEntry(
        name="INBOX" if name.upper() == "INBOX" else decode_mailbox(name),
        raw=name,
        delimiter=delimiter or "",
        flags=frozenset(f.upper() for f in flags if isinstance(f, str)),
    )


def parse_namespace(lines: Iterable[bytes | bytearray]) -> tuple[str, str] | None:
    """The first personal namespace as ``(prefix, delimiter)``, if any."""
    for line in lines:
        if not isinstance(line, bytes) or not line.startswith(b"("):
            continue
        try:
            tokens = tokenize([line])
        except ParseError:
            continue
        personal = tokens[0] if tokens else None
        if isinstance(personal, list) and personal and isinstance(personal[0], list):
            first = personal[0]
            prefix = first[0] if first else None
            delimiter = first[1] if len(first) > 1 else None
            if isinstance(prefix, str):
                return decode_mailbox(prefix), delimiter if isinstance(
                    delimiter, str
                ) else ""
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchedItem:
    """One FETCH answer. ``sections`` maps ``BODY[...]`` names (upper-case) to data."""

    uid: int
    flags: frozenset[str] | None = None
    size: int | None = None
    modseq: int | None = None
    sections: dict[str, bytes] = field(default_factory=dict)


_FETCH_START = re.compile(rb"^\d+ FETCH \(", re.IGNORECASE)


def parse_fetch(lines: Sequence[bytes | bytearray]) -> list[FetchedItem]:
    """Every well-formed FETCH answer that has a UID; others are skipped."""
    items: list[FetchedItem] = []
    group: list[bytes | bytearray] = []
    for line in lines:
        if isinstance(line, bytes) and _FETCH_START.match(line):
            _add_fetch(group, items)
            group = [line]
        elif group:
            group.append(line)
    _add_fetch(group, items)
    return items


def _add_fetch(group: list[bytes | bytearray], items: list[FetchedItem]) -> None:
    if not group:
        return
    # The last piece may be the tagged status text: drop what does not parse.
    for end in range(len(group), 0, -1):
        try:
            tokens = tokenize(group[:end])
        except ParseError:
            continue
        item = _fetch_item(tokens)
        if item is not None:
            items.append(item)
        return


def _fetch_item(tokens: list[Token]) -> FetchedItem | None:
    if len(tokens) < 3 or not isinstance(tokens[2], list):
        return None
    data = tokens[2]
    uid = flags = size = modseq = None
    sections: dict[str, bytes] = {}
    for key, value in zip(data[::2], data[1::2], strict=False):
        if not isinstance(key, str):
            continue
        name = key.upper()
        if name == "UID" and isinstance(value, str):
            uid = number(value, MAX_UID)
        elif name == "FLAGS" and isinstance(value, list):
            flags = frozenset(f for f in value if isinstance(f, str))
        elif name == "RFC822.SIZE" and isinstance(value, str):
            size = number(value)
        elif name == "MODSEQ" and isinstance(value, list) and value:
            modseq = number(value[0] if isinstance(value[0], str) else None)
        elif name.startswith(("BODY[", "BINARY[", "RFC822")):
            sections[_section_name(name)] = _data(value)
    if not uid:
        return None
    return FetchedItem(
        uid=uid, flags=flags, size=size, modseq=modseq, sections=sections
    )


def _section_name(name: str) -> str:
    """``BODY[HEADER.FIELDS (CHAT-VERSION)]<0>`` -> ``BODY[HEADER.FIELDS]``."""
    name = name.split("<", 1)[0]
    if name.startswith("RFC822"):
        return {"RFC822": "BODY[]", "RFC822.HEADER": "BODY[HEADER]"}.get(name, name)
    head, _, rest = name.partition("[")
    section = rest.rstrip("]").split(" ", 1)[0]
    return f"BODY[{section}]" if head in {"BODY", "BINARY"} else name


def _data(value: Token) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape")
    return b""


def is_push(line: bytes | bytearray) -> bool:
    """Whether an untagged line during IDLE says the mailbox changed."""
    return bool(_PUSH.match(bytes(line)))
