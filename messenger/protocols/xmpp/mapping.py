# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The only place where stanzas become domain values.

Every function here takes peer-controlled XML (``xml.etree`` elements, never
slixmpp's lazy stanza interfaces) and returns a value or None. Nothing raises on
hostile input: malformed JIDs, missing children, garbage or far-away timestamps,
control characters and oversized strings are dropped, capped or cleaned, with
a debug log. Message bodies pass through unchanged (the core sanitises them).
"""

from __future__ import annotations

import functools
import logging
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from enum import StrEnum

from slixmpp import JID
from slixmpp.jid import InvalidJID

from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.core.model import Contact
from messenger.core.model import InvalidAddressError
from messenger.core.model import JsonValue
from messenger.core.model import PresenceUpdate
from messenger.core.model import Show
from messenger.core.model import Subscription
from messenger.core.values import quick_init
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.ns import tag

log = logging.getLogger(__name__)

MAX_ID = 256
MAX_NAME = 256
MAX_STATUS = 1000
MAX_ERROR = 300
# Addresses seen recently, parsed once (a big roster's online resources and
# then some): every stanza names its sender, mostly a known one. Bounded, as
# senders are peer input.
ADDRESS_CACHE = 4096
# Strip these from names and statuses: they reorder or hide the text around them.
_BIDI = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SHOWS = {"chat": Show.CHAT, "away": Show.AWAY, "xa": Show.XA, "dnd": Show.DND}
# Children of a message we read (spelled once: messages come in thousands).
_BODY = tag(ns.CLIENT, "body")
_ORIGIN_ID = tag(ns.SID, "origin-id")
_STANZA_ID = tag(ns.SID, "stanza-id")
_DELAY = tag(ns.DELAY, "delay")
_LEGACY_DELAY = tag(ns.LEGACY_DELAY, "x")
_RECEIPT_REQUEST = tag(ns.RECEIPTS, "request")
_RECEIVED = tag(ns.RECEIPTS, "received")
_DISPLAYED = tag(ns.MARKERS, "displayed")
_REPLACE = tag(ns.CORRECTION, "replace")
_CARBON_RECEIVED = tag(ns.CARBONS, "received")
_CARBON_SENT = tag(ns.CARBONS, "sent")
_CHAT_STATES = "{" + ns.CHAT_STATES + "}"
_CHAT_STATE_TAGS = {tag(ns.CHAT_STATES, state.value): state for state in ChatState}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_SUBSCRIPTIONS = {s.value: s for s in Subscription}


class Origin(StrEnum):
    """How a message reached us; decides which checks and side effects apply."""

    LIVE = "live"
    CARBON_RECEIVED = "carbon_received"
    CARBON_SENT = "carbon_sent"
    ARCHIVE = "archive"


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedMessage:
    """One ``<message/>`` with a verified sender, reduced to what we use."""

    origin: Origin
    type: str
    sender: Address
    peer: Address
    outgoing: bool
    remote_id: str = ""
    origin_id: str = ""
    archive_id: str = ""
    body: str | None = None
    timestamp: datetime | None = None
    receipt_request: bool = False
    receipt_for: str = ""
    displayed_for: str = ""
    chat_state: ChatState | None = None
    replaces: str = ""
    error: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedPresence:
    """A presence stanza: ``kind`` is its type ("" for available)."""

    kind: str
    address: Address
    update: PresenceUpdate | None = None
    status: str = ""


# ------------------------------------------------------------------ text, JIDs


def clean_text(text: str | None, limit: int) -> str:
    """A peer-supplied name or status: no control or bidi characters, capped."""
    if not text:
        return ""
    text = text[: limit * 2]
    cleaned = "".join(
        " " if c in "\n\t\r" else c
        for c in text
        if c not in _BIDI and (c in "\n\t\r" or unicodedata.category(c) != "Cc")
    )
    return cleaned.strip()[:limit]


def clean_id(text: str | None) -> str:
    return (text or "").strip()[:MAX_ID] if text and text.isprintable() else ""


def parse_jid(text: str | None) -> JID | None:
    """A JID from an attribute; None when missing or malformed."""
    if not text:
        return None
    try:
        return JID(text)
    except InvalidJID:
        log.debug("malformed JID dropped: %r", text[:100])
        return None


def to_address(jid: JID) -> Address | None:
    """The domain value of a JID; None for what ``Address`` refuses."""
    return _address(jid.user, jid.domain, jid.resource)


def bare_address(jid: JID) -> Address | None:
    """``to_address`` of the JID's bare part."""
    return _address(jid.user, jid.domain, "")


@functools.lru_cache(maxsize=ADDRESS_CACHE)
def _address(local: str, domain: str, resource: str) -> Address | None:
    try:
        return Address(local, domain, resource)
    except InvalidAddressError as exc:
        log.debug("unusable JID %r dropped: %s", f"{local}@{domain}"[:100], exc)
        return None


@functools.lru_cache(maxsize=ADDRESS_CACHE)
def address_of(text: str | None) -> Address | None:
    """The address in a stanza attribute; None when missing or unusable."""
    jid = parse_jid(text)
    return to_address(jid) if jid is not None else None


def is_own_account(text: str | None, own: JID) -> bool:
    """True for a ``from`` that is absent or exactly the account's bare JID."""
    if not text:
        return True
    jid = parse_jid(text)
    return jid is not None and jid.full == own.bare


def is_own_bare(text: str | None, own: JID) -> bool:
    """True only for exactly the account's bare JID (never absent, never a resource)."""
    # The text as the server normally writes it needs no parsing.
    return text == own.bare or (bool(text) and is_own_account(text, own))


# ------------------------------------------------------------------ timestamps


def parse_stamp(text: str | None) -> datetime | None:
    """An XEP-0082 (or legacy XEP-0091) time in UTC; None for garbage."""
    if not text or len(text) > 64:
        return None
    text = text.strip()
    try:
        if "-" not in text[:8]:
            stamp = datetime.strptime(text, "%Y%m%dT%H:%M:%S")
        else:
            stamp = datetime.fromisoformat(text)
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=UTC)
        return stamp.astimezone(UTC)
    except (ValueError, OverflowError):
        log.debug("invalid timestamp dropped: %r", text)
        return None


def delay_of(element: ET.Element) -> datetime | None:
    delay = element.find(_DELAY)
    if delay is None:
        delay = element.find(_LEGACY_DELAY)
    return parse_stamp(delay.get("stamp")) if delay is not None else None


# ------------------------------------------------------------------ messages


def has_carbon(xml: ET.Element) -> bool:
    """True for a message that claims to be a carbon (genuine or not).

    Only the ``<received/>`` and ``<sent/>`` wrappers make one: ``<private/>``
    (same namespace) is the sender's "no copies" hint on an ordinary message.
    """
    return xml.find(_CARBON_RECEIVED) is not None or xml.find(_CARBON_SENT) is not None


def unwrap_carbon(xml: ET.Element, own: JID) -> tuple[ET.Element, Origin] | None:
    """The forwarded message of a carbon, if the carbon is genuine.

    A carbon is accepted only when its outer ``from`` is exactly the account's
    bare JID (CVE-2017-5589: anyone can send a message that *looks* like one).
    """
    for name, origin in (
        ("received", Origin.CARBON_RECEIVED),
        ("sent", Origin.CARBON_SENT),
    ):
        wrapper = xml.find(tag(ns.CARBONS, name))
        if wrapper is None:
            continue
        if not is_own_bare(xml.get("from"), own):
            log.debug("spoofed carbon from %r dropped", xml.get("from", "")[:100])
            return None
        inner = wrapper.find(
            f"{tag(ns.FORWARD, 'forwarded')}/{tag(ns.CLIENT, 'message')}"
        )
        return (inner, origin) if inner is not None else None
    return None


def parse_message(
    xml: ET.Element,
    own: JID,
    origin: Origin,
    *,
    archive_id: str = "",
    timestamp: datetime | None = None,
) -> ParsedMessage | None:
    """Map a (possibly unwrapped) message; None if its parties do not check out."""
    parties = _parties(xml, own, origin)
    if parties is None:
        return None
    sender, peer, outgoing = parties
    children: dict[str, ET.Element] = {}
    for child in xml:  # the first of each, as ``find`` would give
        children.setdefault(child.tag, child)
    first_stanza_id = children.get(_STANZA_ID) if origin is Origin.LIVE else None
    stanza_id = (
        _own_stanza_id(xml, first_stanza_id, own) if first_stanza_id is not None else ""
    )
    return ParsedMessage(
        origin=origin,
        type=xml.get("type", "normal") or "normal",
        sender=sender,
        peer=peer,
        outgoing=outgoing,
        remote_id=clean_id(xml.get("id")),
        origin_id=_id_of(children.get(_ORIGIN_ID)),
        archive_id=archive_id or stanza_id,
        body=_body(xml) if _BODY in children else None,
        timestamp=timestamp or _delay(children),
        receipt_request=_RECEIPT_REQUEST in children,
        receipt_for=_id_of(children.get(_RECEIVED)),
        displayed_for=_id_of(children.get(_DISPLAYED)),
        chat_state=_chat_state(children),
        replaces=_id_of(children.get(_REPLACE)),
        error=error_text(xml) if xml.get("type") == "error" else "",
    )


def _parties(
    xml: ET.Element, own: JID, origin: Origin
) -> tuple[Address, Address, bool] | None:
    """(sender, bare peer, outgoing) with the checks each origin needs."""
    if origin is Origin.LIVE:  # the common case: one cached lookup
        return _live_parties(xml.get("from"))
    return _forwarded_parties(xml, own, origin)


@functools.lru_cache(maxsize=ADDRESS_CACHE)
def _live_parties(text: str | None) -> tuple[Address, Address, bool] | None:
    sender = address_of(text)
    return (sender, sender.bare, False) if sender is not None else None


def _forwarded_parties(
    xml: ET.Element, own: JID, origin: Origin
) -> tuple[Address, Address, bool] | None:
    """``_parties`` of a carbon or an archived message."""
    sender_jid, to_jid = parse_jid(xml.get("from")), parse_jid(xml.get("to"))
    if origin is Origin.CARBON_SENT or (
        origin is Origin.ARCHIVE
        and sender_jid is not None
        and sender_jid.bare == own.bare
    ):
        if sender_jid is not None and sender_jid.bare != own.bare:
            return None
        if to_jid is None:
            return None
        me, peer = to_address(sender_jid or own), bare_address(to_jid)
        return (me, peer, True) if me is not None and peer is not None else None
    if sender_jid is None:
        return None
    if origin is Origin.CARBON_RECEIVED and (to_jid is None or to_jid.bare != own.bare):
        return None
    sender, peer = to_address(sender_jid), bare_address(sender_jid)
    return (sender, peer, False) if sender is not None and peer is not None else None


def _own_stanza_id(xml: ET.Element, first: ET.Element, own: JID) -> str:
    """XEP-0359 stanza-id, only when our own archive (``by`` = own bare JID) set it.

    ``first`` is the message's first ``<stanza-id/>``: usually the only one, so
    the others are looked for only when it is not ours.
    """
    if is_own_bare(first.get("by"), own):
        return clean_id(first.get("id"))
    for element in xml.iterfind(_STANZA_ID):
        if is_own_bare(element.get("by"), own):
            return clean_id(element.get("id"))
    return ""


def _id_of(element: ET.Element | None) -> str:
    return clean_id(element.get("id")) if element is not None else ""


def _delay(children: dict[str, ET.Element]) -> datetime | None:
    delay = children.get(_DELAY)
    if delay is None:
        delay = children.get(_LEGACY_DELAY)
    return parse_stamp(delay.get("stamp")) if delay is not None else None


def _body(xml: ET.Element) -> str | None:
    bodies = xml.findall(_BODY)
    if not bodies:
        return None
    plain = [b for b in bodies if not b.get(_XML_LANG)]
    return (plain or bodies)[0].text or ""


def _chat_state(children: dict[str, ET.Element]) -> ChatState | None:
    for child_tag in children:  # in document order
        if child_tag.startswith(_CHAT_STATES):
            return _CHAT_STATE_TAGS.get(child_tag)  # None: not a state we know
    return None


def error_text(xml: ET.Element) -> str:
    """A readable reason from a stanza ``<error/>`` ("condition: text")."""
    error = xml.find(tag(ns.CLIENT, "error"))
    if error is None:
        return "error"
    condition, text = "", ""
    for child in error:
        if child.tag == tag(ns.STANZAS, "text"):
            text = clean_text(child.text, MAX_ERROR)
        elif child.tag.startswith("{" + ns.STANZAS + "}") and not condition:
            condition = child.tag.rpartition("}")[2]
    reason = condition or error.get("type", "") or "error"
    return f"{reason}: {text}"[:MAX_ERROR] if text else reason[:MAX_ERROR]


def parse_mam_result(
    xml: ET.Element, own: JID
) -> tuple[str, str, ET.Element, datetime | None] | None:
    """(queryid, archive id, forwarded message, stamp) of an archive result.

    Only results from the account's own archive count: an outer ``from`` that is
    absent or the own bare JID (CVE-2019-16236). The caller checks the queryid.
    """
    result = xml.find(tag(ns.MAM, "result"))
    if result is None:
        return None
    if not is_own_account(xml.get("from"), own):
        log.debug("archive result from %r dropped", xml.get("from", "")[:100])
        return None
    forwarded = result.find(tag(ns.FORWARD, "forwarded"))
    inner = None if forwarded is None else forwarded.find(tag(ns.CLIENT, "message"))
    archive_id = clean_id(result.get("id"))
    if forwarded is None or inner is None or not archive_id:
        return None
    return clean_id(result.get("queryid")), archive_id, inner, delay_of(forwarded)


# ------------------------------------------------------------------ presence


def parse_presence(xml: ET.Element, now: datetime, address: Address) -> ParsedPresence:
    """A presence (or subscription request) from ``address``, checked by the
    caller: ``address_of(xml.get("from"))``."""
    kind = xml.get("type", "") or ""
    status = clean_text(xml.findtext(tag(ns.CLIENT, "status")), MAX_STATUS)
    if kind not in {"", "unavailable"}:
        return ParsedPresence(kind=kind, address=address, status=status)
    if kind == "unavailable":
        show = Show.OFFLINE
    else:
        show = _SHOWS.get(
            (xml.findtext(tag(ns.CLIENT, "show")) or "").strip(), Show.AVAILABLE
        )
    update = PresenceUpdate(
        address=address,
        show=show,
        status=status,
        priority=_priority(xml.findtext(tag(ns.CLIENT, "priority"))),
        idle_since=_idle_since(xml, now),
    )
    return ParsedPresence(kind=kind, address=address, update=update, status=status)


def _priority(text: str | None) -> int:
    try:
        value = int((text or "0").strip())
    except ValueError:
        return 0
    return value if -128 <= value <= 127 else 0


def _idle_since(xml: ET.Element, now: datetime) -> datetime | None:
    """XEP-0319 idle time; a time in the future is a lie and dropped."""
    idle = xml.find(tag(ns.IDLE, "idle"))
    since = parse_stamp(idle.get("since")) if idle is not None else None
    return since if since is not None and since <= now else None


# ------------------------------------------------------------------ roster


@dataclass(frozen=True, slots=True, kw_only=True)
class RosterItem:
    """One ``<item/>`` of a roster result or push."""

    address: Address
    name: str = ""
    groups: tuple[str, ...] = ()
    subscription: str = "none"
    ask: bool = False

    @property
    def removed(self) -> bool:
        return self.subscription == "remove"

    def contact(self, account_id: AccountId) -> Contact:
        return Contact(
            account_id=account_id,
            address=self.address,
            name=self.name,
            groups=self.groups,
            subscription=_SUBSCRIPTIONS.get(self.subscription, Subscription.NONE),
            pending_out=self.ask,
        )

    def to_json(self) -> dict[str, JsonValue]:
        return {
            "jid": str(self.address),
            "name": self.name,
            "groups": list[JsonValue](self.groups),
            "subscription": self.subscription,
            "ask": self.ask,
        }


def parse_roster_items(query: ET.Element) -> list[RosterItem]:
    """The valid items of a ``jabber:iq:roster`` query, malformed ones dropped."""
    items = []
    for element in query.iterfind(tag(ns.ROSTER, "item")):
        item = _roster_item(
            element.get("jid"),
            element.get("name"),
            [g.text or "" for g in element.iterfind(tag(ns.ROSTER, "group"))],
            element.get("subscription", "none"),
            element.get("ask") == "subscribe",
        )
        if item is not None:
            items.append(item)
    return items


def roster_item_from_json(value: object) -> RosterItem | None:
    """A roster item saved with ``RosterItem.to_json`` (None if damaged)."""
    if not isinstance(value, dict):
        return None
    groups = value.get("groups")
    return _roster_item(
        str(value.get("jid", "")),
        str(value.get("name", "")),
        [str(g) for g in groups] if isinstance(groups, list) else [],
        str(value.get("subscription", "none")),
        value.get("ask") is True,
    )


def _roster_item(
    jid: str | None, name: str | None, groups: list[str], subscription: str, ask: bool
) -> RosterItem | None:
    parsed = parse_jid(jid)
    address = bare_address(parsed) if parsed is not None else None
    if address is None or not address.domain:
        return None
    if subscription not in _SUBSCRIPTIONS and subscription != "remove":
        subscription = "none"
    cleaned = (clean_text(g, MAX_NAME) for g in groups)
    return RosterItem(
        address=address,
        name=clean_text(name, MAX_NAME),
        groups=tuple(dict.fromkeys(g for g in cleaned if g)),
        subscription=subscription,
        ask=ask,
    )


def parse_block_items(element: ET.Element) -> list[Address]:
    """Bare addresses of a XEP-0191 blocklist/block/unblock element."""
    found = (
        address_of(i.get("jid")) for i in element.iterfind(tag(ns.BLOCKING, "item"))
    )
    return [a.bare for a in found if a is not None]
