# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``xmpp:`` and ``mailto:`` URIs: which chat they open, and on which account.

The desktop hands messenger such a URI on its command line (the .desktop file's
``Exec=messenger %u``), and a start that finds messenger running already hands
it on to the running instance (``ui/single_instance.py``). The text therefore
comes from web pages and other programs: it is hostile until parsed here.
Every problem is a :class:`UriError` with a :class:`UriProblem` code (the UI
words it, translated); nothing else is raised, whatever the input.

``xmpp:`` (RFC 5122): ``xmpp:[//account@host/]node@host[/resource][?query][#f]``.

- The target must be a bare JID with a local part (``user@host``): a resource
  (one device of someone) or a bare domain (a server, a gateway) is refused.
- Each component is percent-decoded on its own, after the URI was split (so an
  encoded ``@`` or ``/`` cannot move a part boundary), as strict UTF-8; then
  the JID rules apply (RFC 7622: no ``"&'/:<>@`` or spaces in the local part).
  The local part is lower-cased (PRECIS UsernameCaseMapped, as far as case
  goes) so the chat is the one the roster has.
- ``?message;body=...`` prefills the message (never sends it). ``?join`` asks
  for a group chat, which messenger does not have: refused with that reason
  rather than opening a one-to-one chat with a room. Other query types are
  ignored, as RFC 5122 section 2.5 asks of actions a client does not support.
- An authority (``xmpp://romeo@montague.example/juliet@capulet.example``) names
  the account to use; if there is no such account, the URI is refused rather
  than sent from another identity.

``mailto:`` (RFC 6068): exactly one address (in the path or a ``to`` field),
``body`` prefills the message; it opens the chat on the first enabled e-mail
account.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import unquote_to_bytes

from messenger.core.model import Account
from messenger.core.model import Address
from messenger.core.model import InvalidAddressError
from messenger.core.model import ProtocolKind
from messenger.uri_arguments import SCHEME
from messenger.uri_arguments import SCHEMES

# Longer than any address plus a message anyone types into a link; also well
# under what the single-instance handover carries in one request.
MAX_URI_LENGTH = 8192
# What RFC 7622 (section 3.3.1) forbids in a JID's local part, besides spaces.
_LOCAL_FORBIDDEN = frozenset("\"&'/:<>@")
_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Body text keeps line breaks and tabs; other control characters go.
_BODY_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class UriProblem(StrEnum):
    """Why a URI cannot be opened (the UI shows a sentence for each)."""

    UNSUPPORTED_SCHEME = "unsupported_scheme"  # not xmpp: or mailto:
    TOO_LONG = "too_long"
    MALFORMED = "malformed"  # bad percent-encoding, not UTF-8, broken syntax
    NO_ADDRESS = "no_address"
    INVALID_ADDRESS = "invalid_address"
    NOT_BARE = "not_bare"  # a JID with a resource
    NO_LOCAL_PART = "no_local_part"  # a server, not a person
    SEVERAL_ADDRESSES = "several_addresses"  # mailto: with more than one
    GROUP_CHAT = "group_chat"  # xmpp:room@host?join
    NO_XMPP_ACCOUNT = "no_xmpp_account"
    NO_EMAIL_ACCOUNT = "no_email_account"
    UNKNOWN_ACCOUNT = "unknown_account"  # the authority names no account of ours


class UriError(ValueError):
    """A URI that does not lead to a chat; ``problem`` says why."""

    def __init__(self, problem: UriProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True, slots=True, kw_only=True)
class ChatUri:
    """A parsed URI: open the chat with ``address``, prefill ``body``.

    ``account``: the account the URI asks for (an xmpp: authority), if any.
    """

    protocol: ProtocolKind
    address: Address
    body: str = ""
    account: Address | None = None


def parse_uri(text: str) -> ChatUri:
    """Parse an ``xmpp:`` or ``mailto:`` URI; raise :class:`UriError`."""
    text = text.strip()
    if len(text) > MAX_URI_LENGTH:
        raise UriError(UriProblem.TOO_LONG, f"{len(text)} characters")
    match = SCHEME.match(text)
    scheme = match.group(1).lower() if match else ""
    if match is None or scheme not in SCHEMES:
        raise UriError(UriProblem.UNSUPPORTED_SCHEME, scheme)
    rest = text[match.end() :]
    if any(char.isspace() or _is_control(char) for char in rest):
        raise UriError(UriProblem.MALFORMED, "spaces or control characters")
    if scheme == "xmpp":
        return _parse_xmpp(rest)
    return _parse_mailto(rest)


def choose_account(target: ChatUri, accounts: Iterable[Account]) -> Account:
    """The account to open ``target`` on; raise :class:`UriError` if none fits.

    The account an xmpp: authority names, else the first enabled account of the
    URI's protocol (in the order given: the order the user sees).
    """
    fitting = [
        account
        for account in accounts
        if account.protocol is target.protocol and account.enabled
    ]
    if target.account is not None:
        wanted = _comparable(target.account)
        for account in fitting:
            if _account_address(account) == wanted:
                return account
        raise UriError(UriProblem.UNKNOWN_ACCOUNT, str(target.account))
    if fitting:
        return fitting[0]
    if target.protocol is ProtocolKind.EMAIL:
        raise UriError(UriProblem.NO_EMAIL_ACCOUNT)
    raise UriError(UriProblem.NO_XMPP_ACCOUNT)


# xmpp: ------------------------------------------------------------------------
def _parse_xmpp(rest: str) -> ChatUri:
    rest = rest.partition("#")[0]  # a fragment has no meaning here
    hier, _, query = rest.partition("?")
    account: Address | None = None
    if hier.startswith("//"):
        authority, slash, hier = hier[2:].partition("/")
        if not slash:
            raise UriError(UriProblem.NO_ADDRESS, "an account but no address")
        account = _xmpp_bare(authority)
    address = _xmpp_bare(hier)
    action, fields = _xmpp_query(query)
    if action == "join":
        raise UriError(UriProblem.GROUP_CHAT, str(address))
    body = _body(fields.get("body", "")) if action == "message" else ""
    return ChatUri(
        protocol=ProtocolKind.XMPP, address=address, body=body, account=account
    )


def _xmpp_bare(path: str) -> Address:
    """A bare JID with a local part from the raw (still encoded) path."""
    if not path:
        raise UriError(UriProblem.NO_ADDRESS)
    bare, slash, _resource = path.partition("/")
    if slash:
        raise UriError(UriProblem.NOT_BARE, "the address names a resource")
    node, at, host = bare.rpartition("@")
    if not at:
        raise UriError(UriProblem.NO_LOCAL_PART, _decode(host))
    local = unicodedata.normalize("NFC", _decode(node)).lower()
    domain = _domain(_decode(host))
    if not local:
        raise UriError(UriProblem.INVALID_ADDRESS, "empty local part")
    if any(char in _LOCAL_FORBIDDEN or char.isspace() for char in local):
        raise UriError(UriProblem.INVALID_ADDRESS, "forbidden character")
    return _address(local, domain)


def _xmpp_query(query: str) -> tuple[str, dict[str, str]]:
    """(query type, its first value per key, decoded) of ``type;k=v;...``."""
    action, *pairs = query.split(";")
    fields: dict[str, str] = {}
    for pair in pairs:
        key, equals, value = pair.partition("=")
        if equals and key:
            fields.setdefault(_decode(key), value)
    return _decode(action).lower(), {k: _decode(v) for k, v in fields.items()}


# mailto: ----------------------------------------------------------------------
def _parse_mailto(rest: str) -> ChatUri:
    rest = rest.partition("#")[0]
    path, _, query = rest.partition("?")
    recipients = [_decode(part) for part in path.split(",") if part]
    body = ""
    body_seen = False
    for field in query.split("&") if query else ():
        name, equals, value = field.partition("=")
        name = _decode(name).lower()
        if not equals:
            continue
        if name == "to":
            recipients += [_decode(part) for part in value.split(",") if part]
        elif name == "body" and not body_seen:
            body, body_seen = _body(_decode(value)), True
    if not recipients:
        raise UriError(UriProblem.NO_ADDRESS)
    if len(recipients) > 1:
        raise UriError(UriProblem.SEVERAL_ADDRESSES, str(len(recipients)))
    return ChatUri(
        protocol=ProtocolKind.EMAIL, address=_mail_address(recipients[0]), body=body
    )


def _mail_address(text: str) -> Address:
    local, at, domain = text.rpartition("@")
    if not at or not local:
        raise UriError(UriProblem.INVALID_ADDRESS, "not user@host")
    if local.startswith('"') or any(c.isspace() or c in "<>()[]\\,;:@" for c in local):
        raise UriError(UriProblem.INVALID_ADDRESS, "unusual local part")
    return _address(unicodedata.normalize("NFC", local), _domain(domain))


# shared -----------------------------------------------------------------------
def _decode(text: str) -> str:
    """Strict percent-decoding to UTF-8 (a stray ``%`` or bad UTF-8 is refused)."""
    if _PERCENT.search(text):
        raise UriError(UriProblem.MALFORMED, "bad percent-encoding")
    try:
        return unquote_to_bytes(text).decode("utf-8")
    except UnicodeDecodeError:
        raise UriError(UriProblem.MALFORMED, "not UTF-8") from None


def _domain(text: str) -> str:
    """A host name (letters, digits, hyphens; labels up to 63) or an IP literal."""
    domain = unicodedata.normalize("NFC", text).lower().removesuffix(".")
    if domain.startswith("[") and domain.endswith("]"):
        try:
            ipaddress.IPv6Address(domain[1:-1])
        except ValueError:
            raise UriError(UriProblem.INVALID_ADDRESS, "bad IP literal") from None
        return domain
    labels = domain.split(".")
    if not domain or not all(_is_label(label) for label in labels):
        raise UriError(UriProblem.INVALID_ADDRESS, "not a host name")
    return domain


def _is_label(label: str) -> bool:
    return (
        0 < len(label) <= 63
        and all(char.isalnum() or char == "-" for char in label)
        and not label.startswith("-")
        and not label.endswith("-")
    )


def _address(local: str, domain: str) -> Address:
    try:
        return Address(local, domain)
    except InvalidAddressError as exc:
        raise UriError(UriProblem.INVALID_ADDRESS, str(exc)) from None


def _body(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _BODY_CONTROLS.sub("", text)


def _is_control(char: str) -> bool:
    return unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Cn"}


def _comparable(address: Address) -> Address:
    return Address(address.local.lower(), address.domain)


def _account_address(account: Account) -> Address | None:
    try:
        return _comparable(Address.parse(account.address).bare)
    except InvalidAddressError:
        return None
