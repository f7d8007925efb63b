# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Message-IDs and the core's message ids, and each chat's thread.

The core gives every message we send an ``origin_id`` (a UUID); the mail
carries it as ``Message-ID: <origin_id@our-domain>``, so a copy of our own mail
coming back from the mailbox (BCC to self, another device, a resync) maps to
the same ``origin_id`` and is stored once. Every other mail keeps its whole
Message-ID as its origin and remote id: the core deduplicates a peer's mails by
(conversation, sender, origin id), so a forged Message-ID can only collide with
the forger's own mails, never hide someone else's.

:class:`Threads` remembers the last Message-IDs of each chat, so what we send
carries ``In-Reply-To``/``References`` and lands in the right thread at the
peer (Delta Chat and ordinary mail clients both thread by them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Sequence
from datetime import UTC
from datetime import datetime
from datetime import timedelta

from messenger.core.model import JsonValue

# How many ids of a chat go into References (the newest ones).
MAX_REFERENCES = 5
# Chats whose thread is remembered (the most recently active).
MAX_THREADS = 2000
MAX_ID = 250


def mail_id(origin_id: str, domain: str) -> str:
    """The Message-ID (without brackets) of a message with this origin id."""
    return origin_id if "@" in origin_id else f"{origin_id}@{domain}"


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_ours(message_id: str, domain: str) -> bool:
    """Whether ``message_id`` is the Message-ID of a message this client sent."""
    local, _, mail_domain = message_id.rpartition("@")
    return mail_domain.lower() == domain.lower() and bool(_UUID.fullmatch(local))


def origin_of(message_id: str, *, own: bool, domain: str) -> str:
    """The core's origin id of a mail: ours map back (see the module doc)."""
    local, at, mail_domain = message_id.rpartition("@")
    if own and at and mail_domain.lower() == domain.lower() and local:
        return local
    return message_id


class Threads:
    """The newest Message-IDs per chat (key: the peer's bare address)."""

    def __init__(self) -> None:
        self._ids: dict[str, list[str]] = {}
        self.changed = False

    def load(self, value: JsonValue) -> None:
        """Take the state saved by :meth:`dump` (anything else is ignored)."""
        if not isinstance(value, dict):
            return
        for key, ids in value.items():
            if isinstance(ids, list):
                clean = [i for i in ids if isinstance(i, str) and 0 < len(i) <= MAX_ID]
                if clean:
                    self._ids[key] = clean[-MAX_REFERENCES:]
        self._forget_oldest()

    def _forget_oldest(self) -> None:
        while len(self._ids) > MAX_THREADS:
            del self._ids[next(iter(self._ids))]

    def dump(self) -> JsonValue:
        self.changed = False
        return {key: list(ids) for key, ids in self._ids.items()}

    def add(self, chat: str, message_id: str) -> None:
        if not message_id or len(message_id) > MAX_ID:
            return
        ids = self._ids.pop(chat, [])  # re-insert: the newest chats last
        if message_id not in ids:
            ids.append(message_id)
        self._ids[chat] = ids[-MAX_REFERENCES:]
        self._forget_oldest()
        self.changed = True

    def knows(self, message_id: str) -> bool:
        """Whether ``message_id`` is one of the newest of some chat."""
        return any(message_id in ids for ids in self._ids.values())

    def reply_headers(self, chat: str) -> tuple[str, Sequence[str]]:
        """``(In-Reply-To, References)`` for the next mail in ``chat``."""
        ids = self._ids.get(chat, [])
        return (ids[-1] if ids else "", tuple(ids))


MAX_STAMPS = 5000


class Stamps:
    """When the newest messages were written (Message-ID -> time, UTC).

    A Date header has whole seconds only, so a quick answer can carry the same
    second as (or, from a sender whose clock is behind, an earlier one than)
    the message it answers. A reply is written after what it answers: its time
    is kept later than the newest message it refers to, so chats read in order
    on every device.
    """

    def __init__(self) -> None:
        self._stamps: dict[str, float] = {}
        self.changed = False

    def load(self, value: JsonValue) -> None:
        if not isinstance(value, dict):
            return
        for key, stamp in list(value.items())[-MAX_STAMPS:]:
            if (
                isinstance(stamp, int | float)
                and not isinstance(stamp, bool)
                and 0 < len(key) <= MAX_ID
                and 0 <= stamp < 1e11
            ):
                self._stamps[key] = float(stamp)

    def dump(self) -> JsonValue:
        self.changed = False
        return dict(self._stamps)

    def note(self, message_id: str, when: datetime) -> None:
        if not message_id or len(message_id) > MAX_ID:
            return
        # Seen again (the copy of our own message: a whole-second Date): the
        # later time stays, so a reply still sorts after the message as stored.
        earlier = self._stamps.pop(message_id, 0.0)
        self._stamps[message_id] = max(when.timestamp(), earlier)
        while len(self._stamps) > MAX_STAMPS:
            del self._stamps[next(iter(self._stamps))]
        self.changed = True

    def after(self, referenced: Iterable[str], when: datetime) -> datetime:
        """``when``, or just after the newest of ``referenced`` if that is later."""
        newest = max((self._stamps.get(i, 0.0) for i in referenced), default=0.0)
        if newest and when.timestamp() <= newest:
            return datetime.fromtimestamp(newest, UTC) + timedelta(milliseconds=1)
        return when
