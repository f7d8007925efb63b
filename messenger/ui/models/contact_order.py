# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``ContactOrder``: which contacts a group of the buddy list shows, in what order.

The view options live here: the filter text (name or address contains it, in
any case; offline contacts that match show too), whether offline contacts show
(those with unread messages always do, and group chats, which have no presence,
are never hidden as offline), and the sort order (by status, then
name; or by name). :meth:`ContactOrder.ordered` gives a group's rows in order:
sorted from scratch, or, within a batch that touched only a few of a group's
rows, the group's current order with those few placed again by bisection
(far cheaper than sorting thousands of rows for a handful of changes).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from typing import Any

from messenger.ui.models.contact_roles import SortOrder
from messenger.ui.models.roster import RosterRow
from messenger.ui.models.roster import RowId
from messenger.ui.models.tree_sync import Group

# A contact's place: whether it shows, and its sort key.
Placement = tuple[bool, tuple[Any, ...]]


class ContactOrder:
    """The buddy list's view options and the order they give (module docstring)."""

    def __init__(self) -> None:
        self.filter = ""  # casefolded
        self.show_offline = True
        self.sort = SortOrder.STATUS

    def set_filter(self, text: str) -> bool:
        """Set the filter text; True if that changes anything."""
        needle = text.strip().casefold()
        changed = needle != self.filter
        self.filter = needle
        return changed

    def accepts(self, row: RosterRow) -> bool:
        if self.filter:
            return row.matches(self.filter)
        return (
            self.show_offline
            or row.best is not None
            or row.unread > 0
            or row.group_chat
        )

    def sort_key(self, row: RosterRow) -> tuple[Any, ...]:
        return row.by_name if self.sort is SortOrder.NAME else row.by_status

    def placement(self, row: RosterRow) -> Placement:
        return self.accepts(row), self.sort_key(row)

    def ordered(
        self,
        group: Group,
        rows: Mapping[RowId, RosterRow],
        touched: set[RowId] | None,
    ) -> list[RowId]:
        """The rows ``group`` shows, in order (``touched``: see the module docs)."""
        if touched is None or not group.visible:
            return self.sorted(group, rows)
        members = group.members
        moving = [k for k in touched if k in members or k in group.positions]
        if not moving:
            return group.visible
        if len(moving) * 4 > len(group.visible):
            return self.sorted(group, rows)
        sort_key = self.sort_key
        moved = set(moving)
        keys = [key for key in group.visible if key not in moved]
        for key in moving:
            if key in members and self.accepts(rows[key]):
                bisect.insort(keys, key, key=lambda k: sort_key(rows[k]))
        return keys

    def sorted(self, group: Group, rows: Mapping[RowId, RosterRow]) -> list[RowId]:
        """The rows ``group`` shows, sorted from scratch."""
        by_name = self.sort is SortOrder.NAME
        needle = self.filter
        show_offline = self.show_offline
        pairs: list[tuple[tuple[Any, ...], RowId]] = []
        for key in group.members:
            row = rows[key]
            if needle:
                if needle not in row.search_text:
                    continue
            elif not (
                show_offline or row.best is not None or row.unread or row.group_chat
            ):
                continue
            pairs.append((row.by_name if by_name else row.by_status, key))
        pairs.sort()
        return [key for _, key in pairs]
