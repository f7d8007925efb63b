# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0115 entity capabilities of contacts, verified and cached.

A contact's presence names its caps by ``(hash, ver)``. A ``ver`` we have not
seen is resolved with one disco#info query to that resource; the answer is
cached, for every entity using that ``ver``, only when recomputing the hash
from it gives the advertised ``ver`` (a forged ``ver`` could otherwise poison
what we believe about other contacts' clients). A mismatching answer counts
for the resource that gave it, nothing more. The cache is bounded
(``MAX_CACHE``, least recently used out) and kept in the backend state
(``caps_cache``), so known hashes are not queried again on the next login.
Legacy caps (no ``hash``) and unknown hash functions are not resolved.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import OrderedDict
from collections.abc import Callable

from slixmpp import JID
from slixmpp.exceptions import IqError

from messenger.core.model import Address
from messenger.core.model import JsonValue
from messenger.protocols.xmpp import mapping
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.context import request
from messenger.protocols.xmpp.discovery import HASHES
from messenger.protocols.xmpp.discovery import parse_info
from messenger.protocols.xmpp.discovery import verify
from messenger.protocols.xmpp.features.disco import info_query
from messenger.protocols.xmpp.ns import tag

CACHE_KEY = "caps_cache"
MAX_CACHE = 500
MAX_PENDING = 32  # distinct unknown hashes being resolved at once
QUERY_TIMEOUT = 10.0
_MAX_ATTRIBUTE = 256

#: ``Caps.peer_supports``: does a contact's client support a feature (None: unknown)?
Supports = Callable[[Address, str], bool | None]


def unknown(_: Address, __: str) -> bool | None:
    """``Supports`` when nothing is known."""
    return None


class Caps:
    def __init__(self, ctx: XmppContext) -> None:
        self._ctx = ctx
        self._cache: OrderedDict[str, frozenset[str]] = OrderedDict()
        self._loaded = False
        #: Online resources by bare address: full address -> caps key ("" = none).
        self._online: dict[Address, dict[Address, str]] = {}
        self._unverified: dict[Address, frozenset[str]] = {}
        self._pending: set[str] = set()
        #: disco#info queries sent (tests and diagnostics).
        self.queries = 0

    # ------------------------------------------------------------ state
    async def load(self) -> None:
        if self._loaded:
            return
        saved = await self._ctx.sink.load_state(CACHE_KEY)
        for entry in saved if isinstance(saved, list) else []:
            if (
                isinstance(entry, list)
                and len(entry) == 2
                and isinstance(entry[0], str)
                and isinstance(entry[1], list)
            ):
                features = frozenset(f for f in entry[1] if isinstance(f, str))
                self._cache[entry[0]] = features
        while len(self._cache) > MAX_CACHE:
            self._cache.popitem(last=False)
        self._loaded = True

    def knows(self, algorithm: str, ver: str) -> bool:
        return _key(algorithm, ver) in self._cache

    def reset(self) -> None:
        """A new session: presences come again."""
        self._online.clear()
        self._unverified.clear()

    # ------------------------------------------------------------ questions
    def features_of(self, address: Address) -> frozenset[str] | None:
        """What one online resource supports; None when we do not know."""
        key = self._online.get(address.bare, {}).get(address)
        if key is None:
            return None
        cached = self._cache.get(key)
        return cached if cached is not None else self._unverified.get(address)

    def peer_supports(self, address: Address, feature: str) -> bool | None:
        """Whether any online client of the contact supports ``feature``.

        None when that is unknown (offline, or a client without caps yet).
        """
        resources = self._online.get(address.bare, {})
        known = [self.features_of(full) for full in resources]
        if any(features is not None and feature in features for features in known):
            return True
        if known and all(features is not None for features in known):
            return False
        return None

    # ------------------------------------------------------------ presence
    def on_presence(self, xml: ET.Element, address: Address) -> None:
        """A presence from ``address``: note or forget the resource's caps."""
        if not address.resource:
            return
        if address == mapping.to_address(self._ctx.own):
            return
        kind = xml.get("type", "") or ""
        if kind == "unavailable":
            self._forget(address)
            return
        if kind:
            return
        self._unverified.pop(address, None)
        key, node = _advertised(xml)
        self._online.setdefault(address.bare, {})[address] = key
        if key and key not in self._cache:
            self._resolve(address, node, key)
        elif key:
            self._cache.move_to_end(key)

    def _forget(self, address: Address) -> None:
        self._unverified.pop(address, None)
        resources = self._online.get(address.bare)
        if resources is not None:
            resources.pop(address, None)
            if not resources:
                del self._online[address.bare]

    def _resolve(self, address: Address, node: str, key: str) -> None:
        if key in self._pending:
            return
        if len(self._pending) >= MAX_PENDING:
            self._ctx.log.debug("too many unknown caps: %s not resolved", address)
            return
        self._pending.add(key)
        self._ctx.spawn(self._query(address, node, key), "xmpp-caps")

    async def _query(self, address: Address, node: str, key: str) -> None:
        algorithm, _, ver = key.partition(" ")
        try:
            result = await self._ask(address, f"{node}#{ver}")
        finally:
            self._pending.discard(key)
        query = result.find(tag(ns.DISCO_INFO, "query")) if result is not None else None
        info = parse_info(query) if query is not None else None
        if info is None:
            return
        if verify(info, algorithm, ver):
            self._store(key, info.feature_set)
            return
        self._ctx.log.info("caps of %s do not match their ver: not cached", address)
        if self._online.get(address.bare, {}).get(address) == key:
            self._unverified[address] = info.feature_set

    async def _ask(self, address: Address, node: str) -> ET.Element | None:
        client = self._ctx.client
        if client is None:
            return None
        iq = client.make_iq_get(ito=JID(str(address)))
        iq.xml.append(info_query(node))
        self.queries += 1
        try:
            answer: ET.Element = (await request(iq, QUERY_TIMEOUT)).xml
            return answer
        except (IqError, TimeoutError) as exc:
            self._ctx.log.debug("no disco#info from %s: %s", address, exc)
            return None

    def _store(self, key: str, features: frozenset[str]) -> None:
        self._cache[key] = features
        self._cache.move_to_end(key)
        while len(self._cache) > MAX_CACHE:
            self._cache.popitem(last=False)
        saved: list[JsonValue] = [
            [k, list[JsonValue](sorted(v))] for k, v in self._cache.items()
        ]
        sink = self._ctx.sink
        self._ctx.worker.call(lambda: sink.save_state(CACHE_KEY, saved), live=False)


def _key(algorithm: str, ver: str) -> str:
    return f"{algorithm} {ver}"


def _advertised(xml: ET.Element) -> tuple[str, str]:
    """(cache key, node) of a presence's ``<c/>``; ("", "") when unusable."""
    caps = xml.find(tag(ns.CAPS, "c"))
    if caps is None:
        return "", ""
    algorithm, ver, node = (caps.get(a, "") for a in ("hash", "ver", "node"))
    if (
        algorithm not in HASHES
        or not ver
        or not node
        or len(ver) > _MAX_ATTRIBUTE
        or len(node) > _MAX_ATTRIBUTE
        or not (ver + node).isprintable()
    ):
        return "", ""
    return _key(algorithm, ver), node
