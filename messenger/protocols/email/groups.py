# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Group chats over mail: which conversation a group mail belongs to.

A group is a conversation of kind GROUP whose peer is a made-up address in the
reserved ``.invalid`` domain (RFC 2606), so it can never be anyone's real
address: ``<key>@group.invalid``. The key is the group's ``Chat-Group-ID`` when
it has one (groups we create always do). Delta Chat's unencrypted groups carry
none ("ad hoc" groups, found by thread and members), so a mail without an id
joins the group whose earlier mail it answers (In-Reply-To/References), or else
the group of exactly its members, or else a new group keyed by a hash of its
members.

:class:`GroupBook` keeps each group's name, members and newest Message-IDs as
backend state (JSON). Members change only through mails from members.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

from messenger.core.model import Address
from messenger.core.model import InvalidAddressError
from messenger.core.model import JsonValue

GROUP_DOMAIN = "group.invalid"
MAX_GROUPS = 1000
MAX_MEMBERS = 200
MAX_IDS = 50
MAX_NAME = 200
_KEY = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(slots=True, kw_only=True)
class Group:
    key: str
    name: str
    members: list[str] = field(default_factory=list)  # without our own address
    ids: list[str] = field(default_factory=list)  # the newest Message-IDs
    group_id: str = ""  # the Chat-Group-ID ("" for ad hoc groups)

    @property
    def address(self) -> Address:
        return Address(self.key, GROUP_DOMAIN)


def is_group_address(address: Address) -> bool:
    return address.domain == GROUP_DOMAIN


def members_key(members: Iterable[str]) -> str:
    """The key of an ad hoc group of ``members`` (our own address included)."""
    text = "\n".join(sorted({m.casefold() for m in members}))
    return "adhoc-" + hashlib.sha256(text.encode()).hexdigest()[:24]


class GroupBook:
    """Every known group (see the module doc)."""

    def __init__(self, own: str) -> None:
        self._own = own.casefold()
        self._groups: dict[str, Group] = {}
        self._by_id: dict[str, str] = {}  # Message-ID -> group key
        self.changed = False

    def load(self, value: JsonValue) -> None:
        if not isinstance(value, list):
            return
        for item in value[:MAX_GROUPS]:
            if not isinstance(item, dict):
                continue
            key, name = item.get("key"), item.get("name")
            members, ids = item.get("members"), item.get("ids")
            group_id = item.get("group_id", "")
            if not (isinstance(key, str) and _KEY.fullmatch(key)):
                continue
            group = Group(
                key=key,
                name=name[:MAX_NAME] if isinstance(name, str) else "",
                members=self._others(_strings(members)),
                ids=_strings(ids)[-MAX_IDS:],
                group_id=_valid_key(group_id),
            )
            self._put(group)

    def dump(self) -> JsonValue:
        self.changed = False
        return [
            {
                "key": g.key,
                "name": g.name,
                "members": list(g.members),
                "ids": list(g.ids),
                "group_id": g.group_id,
            }
            for g in self._groups.values()
        ]

    def _put(self, group: Group) -> None:
        if group.key not in self._groups and len(self._groups) >= MAX_GROUPS:
            # A stream of group mails must not grow the book without end: the
            # group known longest goes (its chat stays; a new mail finds it
            # again by its id, or starts it anew).
            oldest = self._groups.pop(next(iter(self._groups)))
            for message_id in oldest.ids:
                if self._by_id.get(message_id) == oldest.key:
                    del self._by_id[message_id]
        self._groups[group.key] = group
        for message_id in group.ids:
            self._by_id[message_id] = group.key

    def by_thread(self, thread: Sequence[str]) -> Group | None:
        """The group one of these Message-IDs (newest last) belongs to."""
        for message_id in reversed(thread):
            key = self._by_id.get(message_id)
            if key is not None and key in self._groups:
                return self._groups[key]
        return None

    def get(self, address: Address) -> Group | None:
        if not is_group_address(address):
            return None
        return self._groups.get(address.local)

    def all(self) -> list[Group]:
        return list(self._groups.values())

    def create(self, group_id: str, name: str, members: Sequence[str]) -> Group:
        group = Group(
            key=group_id,
            name=name[:MAX_NAME],
            members=self._others(members),
            group_id=group_id,
        )
        self._put(group)
        self.changed = True
        return group

    def find(
        self,
        *,
        group_id: str,
        thread: Sequence[str],
        members: Sequence[str],
        name: str,
    ) -> Group:
        """The group a received group mail belongs to (made if new)."""
        group: Group | None = None
        if group_id and _KEY.fullmatch(group_id):
            group = self._groups.get(group_id)
            key = group_id
        else:
            for message_id in reversed(thread):
                found = self._by_id.get(message_id)
                if found is not None:
                    group = self._groups.get(found)
                    break
            key = members_key([*members, self._own])
            if group is None:
                group = self._groups.get(key)
        if group is None:
            group = Group(
                key=key,
                name=name[:MAX_NAME],
                members=self._others(members),
                group_id=group_id if _KEY.fullmatch(group_id or "-") else "",
            )
            self._put(group)
            self.changed = True
        return group

    def update(
        self, group: Group, *, name: str, members: Sequence[str], sender: str
    ) -> None:
        """A member's mail names the group and its members (To + From).

        Mails from anyone else change nothing: knowing a group's id or
        answering its thread does not make a stranger a member.
        """
        if sender.casefold() not in {m.casefold() for m in group.members}:
            return
        others = self._others([*members, sender])
        if name and name[:MAX_NAME] != group.name:
            group.name = name[:MAX_NAME]
            self.changed = True
        if others and set(others) != set(group.members):
            group.members = others
            self.changed = True

    def remember(self, group: Group, message_id: str) -> None:
        if not message_id or message_id in group.ids:
            return
        group.ids = [*group.ids, message_id][-MAX_IDS:]
        self._by_id[message_id] = group.key
        self.changed = True

    def _others(self, members: Iterable[str]) -> list[str]:
        seen: dict[str, str] = {}  # casefolded -> as first written
        for member in members:
            folded = member.casefold()
            if folded != self._own and _valid(member):
                seen.setdefault(folded, member)
        return list(seen.values())[:MAX_MEMBERS]


def _strings(value: JsonValue) -> list[str]:
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str) and 0 < len(v) <= 320]


def _valid_key(value: JsonValue) -> str:
    return value if isinstance(value, str) and _KEY.fullmatch(value) else ""


def _valid(address: str) -> bool:
    """A bare ``local@domain`` (something a mail can be sent to)."""
    try:
        parsed = Address.parse(address)
    except InvalidAddressError:
        return False
    return bool(parsed.local) and not parsed.resource
