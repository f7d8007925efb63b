# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The context menu of a contact in the buddy list.

:func:`contact_actions` decides what a contact's menu offers from the
account's capabilities (what the account cannot do is not offered at all);
actions that need the network are disabled while the account is not online.
:class:`ContactMenu` shows them; each ``QAction`` carries its
:class:`ContactAction` value as data, and the window carries them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QWidget

from messenger.core.model import Capability
from messenger.core.model import Contact
from messenger.core.model import Subscription


class ContactAction(StrEnum):
    CHAT = "chat"
    INFO = "info"
    RENAME = "rename"
    MOVE = "move"
    REMOVE = "remove"
    BLOCK = "block"
    UNBLOCK = "unblock"
    REQUEST = "request"  # ask again to see their presence
    APPROVE = "approve"  # let them see ours


@dataclass(frozen=True, slots=True, kw_only=True)
class MenuTarget:
    """A contact as its menu needs it: which group row, what its account can do."""

    contact: Contact
    group: str
    capabilities: frozenset[Capability]
    online: bool
    blocked: bool


# Sections of the menu (a separator between them).
_SECTIONS = (
    (ContactAction.CHAT, ContactAction.INFO),
    (ContactAction.RENAME, ContactAction.MOVE),
    (ContactAction.APPROVE, ContactAction.REQUEST),
    (ContactAction.BLOCK, ContactAction.UNBLOCK, ContactAction.REMOVE),
)


def contact_actions(target: MenuTarget) -> list[ContactAction]:
    """The actions a contact's menu offers (see the module docstring)."""
    caps = target.capabilities
    contact = target.contact
    offered = {ContactAction.CHAT, ContactAction.REMOVE}
    if Capability.CONTACT_INFO in caps:
        offered.add(ContactAction.INFO)
    if Capability.CONTACT_ALIASES in caps:
        offered.add(ContactAction.RENAME)
    if Capability.CONTACT_GROUPS in caps:
        offered.add(ContactAction.MOVE)
    if Capability.BLOCKING in caps:
        offered.add(ContactAction.UNBLOCK if target.blocked else ContactAction.BLOCK)
    if Capability.SUBSCRIPTIONS in caps:
        if contact.pending_in:
            offered.add(ContactAction.APPROVE)
        if contact.subscription in {Subscription.NONE, Subscription.FROM}:
            offered.add(ContactAction.REQUEST)
    return [a for section in _SECTIONS for a in section if a in offered]


class ContactMenu(QMenu):
    """The menu of one contact; actions carry :class:`ContactAction` values."""

    def __init__(self, target: MenuTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        labels = {
            ContactAction.CHAT: self.tr("&Chat"),
            ContactAction.INFO: self.tr("Get &info"),
            ContactAction.RENAME: self.tr("&Rename…"),
            ContactAction.MOVE: self.tr("&Move to group…"),
            ContactAction.REMOVE: self.tr("Re&move…"),
            ContactAction.BLOCK: self.tr("&Block"),
            ContactAction.UNBLOCK: self.tr("&Unblock"),
            ContactAction.REQUEST: self.tr("Request &authorization again"),
            ContactAction.APPROVE: self.tr("A&pprove authorization request"),
        }
        actions = contact_actions(target)
        for section in _SECTIONS:
            present = [a for a in section if a in actions]
            if present and not self.isEmpty():
                self.addSeparator()
            for kind in present:
                action = self.addAction(labels[kind])
                action.setData(kind.value)
                action.setEnabled(kind is ContactAction.CHAT or target.online)
        self.setAccessibleName(self.tr("Contact actions"))

    def action_for(self, kind: ContactAction) -> QAction | None:
        """The ``QAction`` of ``kind``, if offered."""
        for action in self.actions():
            if action.data() == kind.value:
                return action
        return None
