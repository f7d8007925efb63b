# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The app's icons, from the SVGs under resources/icons.

Presence icons differ in shape as well as colour (a plain disc, speech lines, a
clock, a clock with a bar, a bar, a hollow ring), so they stay apart for people
who do not tell the colours apart and in high-contrast themes. A group chat
has no presence: it shows :func:`group_icon` (two people on blue) instead.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon

from messenger.assets import resource_path

PRESENCE_NAMES = ("chat", "available", "away", "xa", "dnd", "offline")


@functools.cache
def presence_icon(show: str) -> QIcon:
    """The icon of a presence (``Show`` value); unknown values look offline."""
    name = show if show in PRESENCE_NAMES else "offline"
    return QIcon(str(resource_path("icons", "status", f"{name}.svg")))


@functools.cache
def group_icon() -> QIcon:
    """The icon of a group chat, shown where a contact shows its presence."""
    return QIcon(str(resource_path("icons", "status", "group.svg")))


@functools.cache
def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "messenger.svg")))
