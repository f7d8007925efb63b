# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The data roles of the buddy-list model, and how its rows read as text.

:class:`ContactRole` values are plain Python values (``IntEnum`` from
``Qt.UserRole + 1``); the ``*_ROLES`` lists are the roles each kind of change
touches (the ``dataChanged`` arguments of
:class:`~messenger.ui.models.contacts.ContactTreeModel`).
"""

from __future__ import annotations

from enum import IntEnum
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLocale
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt

from messenger.ui.models.roster import DEFAULT_GROUP
from messenger.ui.models.roster import RosterRow
from messenger.ui.widgets.text import fill

_USER_ROLE = int(Qt.ItemDataRole.UserRole)

# lupdate finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


class ContactRole(IntEnum):
    """Data roles of :class:`ContactTreeModel` (plain Python values)."""

    ACCOUNT_ID = _USER_ROLE + 1  # str
    ADDRESS = _USER_ROLE + 2  # str, the bare address
    DISPLAY_NAME = _USER_ROLE + 3  # str: the contact's name, else its address
    SHOW = _USER_ROLE + 4  # str, a Show value ("offline" without resources)
    STATUS_TEXT = _USER_ROLE + 5  # str, of the best resource
    GROUPS = _USER_ROLE + 6  # list[str]
    UNREAD = _USER_ROLE + 7  # int, unread messages of the direct conversation
    IS_GROUP = _USER_ROLE + 8  # bool: a group row
    GROUP = _USER_ROLE + 9  # str: the group of the row ("" for "Contacts")
    ONLINE_COUNT = _USER_ROLE + 10  # int, group rows: contacts online
    TOTAL_COUNT = _USER_ROLE + 11  # int, group rows: contacts in the group
    AVATAR = _USER_ROLE + 12  # QImage or None (not loaded, none)
    AVATAR_HASH = _USER_ROLE + 13  # str
    SUBSCRIPTION = _USER_ROLE + 14  # str, a Subscription value
    PENDING_OUT = _USER_ROLE + 15  # bool: we asked to see their presence
    PENDING_IN = _USER_ROLE + 16  # bool: they asked to see ours
    GROUP_CHAT = _USER_ROLE + 17  # bool: a group chat's row (no presence)


class SortOrder(StrEnum):
    """How contacts are sorted within a group (the "sort_contacts" setting)."""

    STATUS = "status"  # most available first, then by name
    NAME = "name"


DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
# The roles each kind of change touches (dataChanged arguments).
PRESENCE_ROLES: list[int] = [
    ContactRole.SHOW,
    ContactRole.STATUS_TEXT,
    DECORATION,
    FOREGROUND,
    TOOLTIP,
    ACCESSIBLE,
]
CONTACT_ROLES: list[int] = [
    ContactRole.DISPLAY_NAME,
    ContactRole.GROUPS,
    ContactRole.SUBSCRIPTION,
    ContactRole.PENDING_IN,
    ContactRole.PENDING_OUT,
    ContactRole.AVATAR_HASH,
    ContactRole.AVATAR,
    DISPLAY,
    TOOLTIP,
    ACCESSIBLE,
]
UNREAD_ROLES: list[int] = [ContactRole.UNREAD, TOOLTIP, ACCESSIBLE]
# A row turned out to be a group chat's (its conversation became known).
GROUP_CHAT_ROLES: list[int] = [
    ContactRole.GROUP_CHAT,
    ContactRole.UNREAD,
    DECORATION,
    FOREGROUND,
    TOOLTIP,
    ACCESSIBLE,
]
AVATAR_ROLES: list[int] = [ContactRole.AVATAR]
GROUP_ROLES: list[int] = [
    ContactRole.ONLINE_COUNT,
    ContactRole.TOTAL_COUNT,
    TOOLTIP,
    ACCESSIBLE,
]


class ContactTexts(QObject):
    """The texts with a count. lupdate takes plural forms only from
    ``self.tr(text, "", n)`` in a class, not from ``translate(..., n)``."""

    def unread(self, count: int) -> str:
        return self.tr("%Ln unread message(s)", "", count)


def group_label(name: str) -> str:
    """The name shown for a group ("Contacts" for contacts in none)."""
    return name if name != DEFAULT_GROUP else translate("ContactTreeModel", "Contacts")


def describe_group(name: str, online: int, total: int) -> str:
    """A group row as text: its name and how many of its contacts are online."""
    return fill(
        translate("ContactTreeModel", "%1, %2 of %3 online"),
        group_label(name),
        QLocale().toString(online),
        QLocale().toString(total),
    )


def describe_row(row: RosterRow) -> str:
    """Name, address, status message and unread count, as plain text.

    A group chat's address is often made up: its row says "Group chat" instead.
    """
    if row.group_chat:
        lines = [row.contact.display_name, translate("ContactTreeModel", "Group chat")]
    else:
        lines = [f"{row.contact.display_name} <{row.contact.address}>"]
    if row.status:
        lines.append(row.status)
    if row.unread:
        lines.append(ContactTexts().unread(row.unread))
    return "\n".join(lines)
