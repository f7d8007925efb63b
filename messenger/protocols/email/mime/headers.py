# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Header values both ways: text, encoded words, addresses, ids and dates.

The readers take peer-controlled strings and return a clean value or an empty
one; none raises. Every input is capped before any parsing (the stdlib address
parser recurses on nested comments and is slow on long values). The writers
make user text safe for a header: no CR, LF, NUL or other control character
survives, so a name or subject can never start a header of its own.
"""

from __future__ import annotations

import binascii
import re
import unicodedata
from datetime import UTC
from datetime import datetime
from email import policy
from email.policy import Compat32
from email.utils import parsedate_to_datetime

from messenger.core.model import Address
from messenger.core.model import InvalidAddressError
from messenger.protocols.email.mime.model import Mailbox
from messenger.protocols.email.mime.model import MailBuildError

MAX_ID = 256
MAX_IDS = 100  # References kept (the newest ones)
MAX_NAME = 200
MAX_SUBJECT = 500
MAX_ADDRESS = 320
MAX_ADDRESSES = 500
# Characters of a header read at all; address lists may be long in big groups.
MAX_HEADER_INPUT = 4000
MAX_LIST_INPUT = 64_000
MAX_ENTRY = 1000  # characters of one address list entry
# Content-Type and Content-Disposition: characters and parameters read.
MAX_PARAMETER_HEADER = 4000
MAX_PARAMETERS = 64
_PARAMETER_HEADERS = frozenset({"content-type", "content-disposition"})

# Strip these from names and statuses: they reorder or hide the text around them.
BIDI = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_ENCODED_WORD = re.compile(r"=\?([^?\s*]+)(?:\*[^?\s]*)?\?([QqBb])\?([^?\s]*)\?=")
_ID_IN_BRACKETS = re.compile(r"<([^<>\s]{1,256})>")
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+"
_ADDR = rf"{_ATOM}@[A-Za-z0-9.-]+"
# The mailbox forms nearly every mail uses, read without the (slow) full parser.
_SIMPLE_MAILBOX = re.compile(
    rf'\s*(?:(?:([^"<>(),;:\\@\[\]\r\n]*?)|"([^"\\\r\n]*)")\s*<({_ADDR})>|({_ADDR}))\s*'
)
_FOLDING = re.compile(r"\r?\n(?=[ \t])")
_ADDRESS_TOKEN = re.compile(r"[^\s@]+@[^\s@]+")
_ADDRESS_WRAPPING = "<>()[]{}\"'`,;:."
# What bodies lose: control characters (Cc: U+0000-001F, U+007F-009F) but tab
# and newline, and lone surrogates (Cs); both sets are fixed by Unicode's
# stability policy, so one regex pass replaces a Python loop per character (a
# multi-line text is never isprintable()). Never dropped: unassigned ("Cn")
# characters, which may be emoji newer than this Python's Unicode tables.
_BODY_DROPPED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Labels that mean Windows-1252 in practice (as in the WHATWG encoding
# standard): Outlook writes its dashes and quotes under "iso-8859-1".
_LATIN1_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819"}
)
# Charset labels that promise ASCII: 8-bit data under them is guessed.
_ASCII_LABELS = frozenset({"", "us-ascii", "ascii", "unknown-8bit", "x-unknown"})


class _ReadPolicy(Compat32):
    """The stdlib's tolerant compat32 parsing, but header values come out as
    plain ``str``: unfolded, raw 8-bit bytes decoded (UTF-8, else
    Windows-1252) instead of compat32's ``Header`` objects."""

    def header_fetch_parse(self, name: str, value: str) -> str:
        if not value.isascii():
            raw = value.encode("utf-8", "surrogateescape")
            value = decode_bytes(raw, None)[0]
        value = _FOLDING.sub("", value).replace("\r", " ").replace("\n", " ")
        if name.lower() in _PARAMETER_HEADERS:
            value = _few_parameters(value)
        return value


def _few_parameters(value: str) -> str:
    """A Content-Type or Content-Disposition value the stdlib can split.

    Its parameter splitter counts quotes from the start of the value at every
    ";": 60,000 semicolons in a quoted value cost it ten seconds. Real values
    are short and have a handful of parameters.
    """
    value = value[:MAX_PARAMETER_HEADER]
    cut = -1
    for _ in range(MAX_PARAMETERS):
        cut = value.find(";", cut + 1)
        if cut == -1:
            return value
    return value[:cut]


READ_POLICY = _ReadPolicy()


# ------------------------------------------------------------------ text


def clean_text(text: str, limit: int, *, keep_newlines: bool = False) -> str:
    """Peer or user text for one line (or several): no control or bidi
    characters, whitespace runs collapsed on each line, capped."""
    if not text:
        return ""
    text = text[: limit * 2]
    if not text.isprintable() or not BIDI.isdisjoint(text):
        text = "".join(_clean_char(c, keep_newlines) for c in text)
    if keep_newlines:
        lines = (" ".join(line.split()) for line in text.split("\n"))
        text = "\n".join(lines).strip("\n")
    else:
        text = " ".join(text.split())
    return text[:limit]


def clean_body(text: str) -> str:
    """Message text: line breaks as ``\\n``, control characters but newline and
    tab dropped (bidi marks stay: right-to-left text needs them)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isprintable():
        return text
    return _BODY_DROPPED.sub("", text)


def _clean_char(char: str, keep_newlines: bool) -> str:
    if char == "\n" and keep_newlines:
        return char
    if char in BIDI:
        return ""
    category = unicodedata.category(char)
    if category in {"Cc", "Zl", "Zp"}:
        return " "
    return "" if category == "Cs" else char


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, bool]:
    """Text of ``data`` in ``charset``; (text, True) when anything was replaced
    or guessed. An unknown or lying charset never raises: UTF-8 is tried,
    then Windows-1252 (what mislabelled mail usually is)."""
    name = (charset or "").strip().strip('"').lower()
    name = "cp1252" if name in _LATIN1_LABELS else name
    if name in _ASCII_LABELS:
        if data.isascii():
            return data.decode("ascii"), False
    else:
        try:
            text = data.decode(name, "replace")
        except (LookupError, ValueError, TypeError):
            pass  # unknown, or not a text codec ("base64", "zlib")
        else:
            return text, "\ufffd" in text
    try:
        return data.decode("utf-8"), name not in _ASCII_LABELS
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace"), True


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words; the rest of ``value`` stays as it is.

    Adjacent words in one charset are joined before decoding (mailers split a
    multi-byte character across words) and the space between words is dropped.
    """
    if "=?" not in value:
        return value
    out: list[str] = []
    run: list[bytes] = []
    run_charset = ""
    pos = 0
    for match in _ENCODED_WORD.finditer(value):
        gap = value[pos : match.start()]
        charset = match.group(1).lower()
        if run and (gap.strip() or charset != run_charset):
            out.append(decode_bytes(b"".join(run), run_charset)[0])
            run = []
        if not run and gap:
            out.append(gap)
        run.append(_word_bytes(match.group(2), match.group(3)))
        run_charset = charset
        pos = match.end()
    if run:
        out.append(decode_bytes(b"".join(run), run_charset)[0])
    out.append(value[pos:])
    return "".join(out)


def _word_bytes(encoding: str, text: str) -> bytes:
    try:
        if encoding in "Bb":
            return binascii.a2b_base64(text + "=" * (-len(text) % 4))
        return binascii.a2b_qp(text.encode("ascii", "replace"), header=True)
    except (binascii.Error, ValueError):
        return b""


def header_text(value: str | None, limit: int) -> str:
    """An unstructured header (Subject, group name) as clean text."""
    if not value:
        return ""
    return clean_text(decode_words(value[:MAX_HEADER_INPUT]), limit)


def safe_header(text: str, limit: int) -> str:
    """User text for an outgoing header: one clean line (CR/LF/NUL dropped)."""
    return clean_text(text, limit)


# ------------------------------------------------------------------ ids


def clean_id(text: str) -> str:
    """A message id without brackets; "" unless printable ASCII without spaces."""
    text = text.strip().removeprefix("<").removesuffix(">")
    if not text or len(text) > MAX_ID or not text.isascii():
        return ""
    if not text.isprintable() or any(c in text for c in " <>\t"):
        return ""
    return text


def parse_ids(value: str | None, limit: int = MAX_IDS) -> tuple[str, ...]:
    """The ids of In-Reply-To/References/Message-ID, junk skipped, the newest
    ``limit`` kept, duplicates dropped."""
    if not value:
        return ()
    value = value[-MAX_LIST_INPUT:]
    found = _ID_IN_BRACKETS.findall(value) or value.split()
    ids = dict.fromkeys(i for i in map(clean_id, found) if i)
    return tuple(ids)[-limit:]


def first_id(value: str | None) -> str:
    ids = parse_ids(value[:MAX_HEADER_INPUT] if value else value)
    return ids[0] if ids else ""


def outgoing_id(text: str) -> str:
    """An id for an outgoing header; raises MailBuildError when malformed."""
    cleaned = clean_id(text)
    if not cleaned or cleaned != text.strip().removeprefix("<").removesuffix(">"):
        raise MailBuildError(f"malformed message id: {text[:80]!r}")
    return cleaned


def format_ids(ids: tuple[str, ...] | list[str]) -> str:
    return " ".join(f"<{outgoing_id(i)}>" for i in ids)


# ------------------------------------------------------------------ addresses


def check_address(text: str) -> str | None:
    """``text`` as a canonical address (domain lower-cased), None if unusable.

    Accepted addresses also pass the core's ``Address.parse``, so the backend
    can always turn them into domain values.
    """
    text = text.strip()
    if not text or len(text) > MAX_ADDRESS or any(c.isspace() for c in text):
        return None
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain or any(c in local for c in '<>()[]\\,;:"@'):
        return None
    if domain.startswith(".") or domain.endswith(".") or ".." in domain:
        return None
    if any(c in domain for c in "<>()[]\\,;:\"'!#$%&*+/=?^`{|}~_"):
        return None
    try:
        Address(local, domain)
    except InvalidAddressError:
        return None
    return f"{local}@{domain.lower()}"


def outgoing_address(text: str) -> str:
    """An address for an outgoing header; raises MailBuildError when unusable.

    Internationalised domains are written as IDNA; local parts must be ASCII
    (we do not use SMTPUTF8).
    """
    checked = check_address(text)
    if checked is None:
        raise MailBuildError(f"malformed address: {text[:80]!r}")
    local, _, domain = checked.rpartition("@")
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise MailBuildError(f"malformed domain: {domain[:80]!r}") from exc
    if not local.isascii():
        raise MailBuildError(f"non-ASCII local part: {text[:80]!r}")
    return f"{local}@{domain}"


def parse_mailboxes(
    value: str, limit: int = MAX_ADDRESSES
) -> tuple[list[Mailbox], bool, bool]:
    """The mailboxes of an address header, then whether entries were dropped
    (unusable, repaired by the parser, over the cap) and whether display names
    were dropped because they posed as another address."""
    dropped = len(value) > MAX_LIST_INPUT
    boxes: list[Mailbox] = []
    names_dropped = False
    for item in split_address_list(value[:MAX_LIST_INPUT]):
        pairs, repaired = _mailbox_pairs(item)
        dropped = dropped or repaired
        for raw_name, address in pairs:
            checked = check_address(address)
            if checked is None:
                dropped = True
                continue
            name = clean_text(raw_name, MAX_NAME)
            if name and poses_as_other_address(name, checked):
                name, names_dropped = "", True
            boxes.append(Mailbox(address=checked, name=name))
    if len(boxes) > limit:
        return boxes[:limit], True, names_dropped
    return boxes, dropped, names_dropped


def split_address_list(value: str) -> list[str]:
    """The entries of an address list, in one pass over the text.

    Commas inside quotes, comments and angle brackets do not split; a group's
    ``name:`` and its closing ``;`` are dropped (``undisclosed-recipients:;``
    is no entry at all). The stdlib parser does this too, but takes time
    quadratic in the length on crafted lists (a minute for 64 KB of quotes).
    """
    items: list[str] = []
    start = 0
    quoted = escaped = angle = False
    comments = 0
    for index, char in enumerate(value):
        if escaped:
            escaped = False
        elif char == "\\" and (quoted or comments):
            escaped = True
        elif quoted:
            quoted = char != '"'
        elif char == '"' and not comments:
            quoted = True
        elif char == "(":
            comments += 1
        elif char == ")" and comments:
            comments -= 1
        elif comments:
            continue
        elif char == "<":
            angle = True
        elif char == ">":
            angle = False
        elif char in ",;" and not angle:
            items.append(value[start:index])
            start = index + 1
        elif char == ":" and not angle:
            start = index + 1  # a group's name
    items.append(value[start:])
    return [item.strip() for item in items if item.strip()]


def _mailbox_pairs(item: str) -> tuple[list[tuple[str, str]], bool]:
    """(name, address) of one list entry and whether it needed repair.

    The common forms are read by a pattern; the rest goes to the stdlib's
    RFC 5322 parser (short inputs only: its cost grows with the square of
    the length), whose defects count as repairs.
    """
    match = _SIMPLE_MAILBOX.fullmatch(item)
    if match is not None:
        name, quoted, bracketed, bare = match.groups()
        return [(decode_words(quoted or name or ""), bracketed or bare)], False
    if len(item) > MAX_ENTRY:
        return [], True
    try:
        header = policy.default.header_factory("To", item)
        addresses = header.addresses
        defects = header.defects
    except Exception:  # noqa: BLE001 (the stdlib parser fails in many ways)
        return [], True
    repaired = any(type(d).__name__ != "ObsoleteHeaderDefect" for d in defects)
    pairs = [(decode_words(a.display_name), a.addr_spec) for a in addresses]
    return pairs, repaired or len(pairs) != 1


def poses_as_other_address(name: str, address: str) -> bool:
    """True when a display name shows an address that is not ``address``.

    ``"ceo@bank.example" <evil@x.example>`` would read as the bank's CEO in a
    list that shows names; full-width and small ``@`` count as ``@``.
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    if "@" not in folded:
        return False
    own = address.casefold()
    for token in _ADDRESS_TOKEN.findall(folded):
        if token.strip(_ADDRESS_WRAPPING) != own:
            return True
    return False


# ------------------------------------------------------------------ dates


def parse_date(value: str | None) -> datetime | None:
    """An RFC 5322 date in UTC; None for garbage."""
    if not value or len(value) > 200:
        return None
    try:
        stamp = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    try:
        return stamp.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
