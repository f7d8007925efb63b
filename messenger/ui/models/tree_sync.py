# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``TreeSync``: a two-level tree (groups, then contacts) kept in step with Qt.

:class:`~messenger.ui.models.contacts.ContactTreeModel` owns one. It holds the
groups (:class:`Group`: members, and the keys it shows in order) and the groups
on show, and turns "these groups should now show these keys" into the model's
signals, the way Qt's own models report changes:

1. groups left without a visible contact: their rows go (runs of rows);
2. per group on show: rows that go, as runs from the bottom up; then one
   ``layoutChanged`` (parents given, persistent indexes moved) for every
   group whose remaining rows changed order; then new rows, as runs from the
   top down. A group whose difference is scattered over many runs has its rows
   replaced in two steps instead (faster for the views than hundreds of small
   steps);
3. groups that get visible contacts: one row each, at their sorted place;
4. ``dataChanged`` with roles for changed contacts, one range per group for a
   big batch; and for group rows whose counts changed.

Indexes: a group row has internal id 0; a contact row has its group's ``uid``
(never reused), so ``parent()`` finds the group without a pointer.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import SignalInstance

from messenger.ui.models.roster import DEFAULT_GROUP
from messenger.ui.models.roster import RowId

AnyIndex = QModelIndex | QPersistentModelIndex
# More runs of removed plus inserted rows than this: replace the group's rows.
BULK_RUNS = 32
# More changed rows than this in one group: one dataChanged over their range.
SPAN_ROWS = 16
_SORT_HINT = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
# The overload of layout(AboutToBe)Changed that names the parents that change.
_LAYOUT_SIGNATURE = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"


@dataclass(eq=False, slots=True)
class Group:
    """A group of the buddy list: every member, and the keys it shows in order."""

    uid: int
    name: str
    members: set[RowId] = field(default_factory=set)
    visible: list[RowId] = field(default_factory=list)
    positions: dict[RowId, int] = field(default_factory=dict)
    online: int = 0
    total: int = 0

    @property
    def sort_key(self) -> tuple[bool, str, str]:
        """Groups sort by name, "Contacts" (no group) last."""
        return (self.name == DEFAULT_GROUP, self.name.casefold(), self.name)

    def set_visible(self, keys: list[RowId]) -> None:
        self.visible = keys
        self.positions = {key: i for i, key in enumerate(keys)}


Ordering = Callable[[Group], list[RowId]]


class TreeSync:
    """The groups of a tree model and the signals that change them (module docs)."""

    def __init__(
        self,
        model: QAbstractItemModel,
        *,
        online: Callable[[Iterable[RowId]], int],
        memberships: Callable[[RowId], Iterable[str]],
        group_roles: list[int],
    ) -> None:
        self._model = model
        self._online = online
        self._memberships = memberships
        self._group_roles = group_roles
        self.groups: dict[str, Group] = {}
        self.by_uid: dict[int, Group] = {}
        self.shown: list[Group] = []
        self._rows: dict[int, int] = {}  # uid -> row of a group on show
        self._next_uid = 1

    # lookups ------------------------------------------------------------------
    def group(self, name: str) -> Group:
        """The group called ``name``, created (empty, hidden) if need be."""
        group = self.groups.get(name)
        if group is None:
            group = Group(uid=self._next_uid, name=name)
            self._next_uid += 1
            self.groups[name] = group
            self.by_uid[group.uid] = group
        return group

    def group_at(self, index: AnyIndex) -> Group | None:
        """The group of a group row, or of a contact row."""
        uid = index.internalId()
        if uid != 0:
            return self.by_uid.get(uid)
        row = index.row()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def key_at(self, index: AnyIndex) -> RowId | None:
        group = self.by_uid.get(index.internalId())
        row = index.row()
        if group is None or not 0 <= row < len(group.visible):
            return None
        return group.visible[row]

    def shown_row(self, uid: int) -> int | None:
        return self._rows.get(uid)

    def position(self, name: str, key: RowId) -> tuple[int, int] | None:
        """(group uid, row) of ``key`` in the group called ``name``, if shown."""
        group = self.groups.get(name)
        if group is None or group.uid not in self._rows:
            return None
        row = group.positions.get(key)
        return None if row is None else (group.uid, row)

    # building without signals (inside a model reset) -------------------------
    def clear(self) -> None:
        self.groups.clear()
        self.by_uid.clear()
        self.shown = []
        self._rows.clear()

    def rebuild_silently(self, groups: Iterable[Group], ordered: Ordering) -> None:
        for group in groups:
            group.set_visible(ordered(group))
            self._count(group)
        self.shown = sorted(
            (g for g in self.groups.values() if g.visible), key=lambda g: g.sort_key
        )
        self._reindex()
        self._drop_empty()

    # changes --------------------------------------------------------------------
    def refresh(
        self,
        names: Iterable[str],
        ordered: Ordering,
        changed: Mapping[RowId, list[int]],
        counted: Iterable[str],
    ) -> None:
        """Show what ``ordered`` says for groups ``names``; signal ``changed``.

        ``counted``: groups whose online and total counts may have changed.
        """
        plans = [(g, ordered(g)) for n in set(names) if (g := self.groups.get(n))]
        fresh = {g: keys for g, keys in plans if keys and g.uid not in self._rows}
        self._hide_groups([g for g, keys in plans if not keys and g.uid in self._rows])
        relayout: list[tuple[Group, list[RowId]]] = []
        inserts: list[tuple[Group, list[RowId], list[tuple[int, int]]]] = []
        for group, keys in plans:
            if keys and group.uid in self._rows:
                self._remove_rows(group, keys, relayout, inserts)
        self._relayout(relayout)
        for group, keys, runs in inserts:
            self._insert_rows(group, keys, runs)
        for group, keys in fresh.items():
            group.set_visible(keys)
            self._count(group)
            self._show_group(group)
        self._emit_data_changed(changed)
        for name in set(counted):
            counted_group = self.groups.get(name)
            if counted_group is None or counted_group in fresh:
                continue
            if self._count(counted_group):
                row = self._rows.get(counted_group.uid)
                if row is not None:
                    index = self._model.createIndex(row, 0, 0)
                    self._model.dataChanged.emit(index, index, self._group_roles)
        self._drop_empty()

    def _hide_groups(self, groups: list[Group]) -> None:
        model = self._model
        for first, last in reversed(_runs(sorted(self._rows[g.uid] for g in groups))):
            model.beginRemoveRows(QModelIndex(), first, last)
            del self.shown[first : last + 1]
            self._reindex()
            model.endRemoveRows()
        for group in groups:
            group.set_visible([])

    def _show_group(self, group: Group) -> None:
        row = bisect.bisect_left([g.sort_key for g in self.shown], group.sort_key)
        self._model.beginInsertRows(QModelIndex(), row, row)
        self.shown.insert(row, group)
        self._reindex()
        self._model.endInsertRows()

    def _remove_rows(
        self,
        group: Group,
        keys: list[RowId],
        relayout: list[tuple[Group, list[RowId]]],
        inserts: list[tuple[Group, list[RowId], list[tuple[int, int]]]],
    ) -> None:
        """Step 2 for one group: removals now, the rest queued."""
        wanted = set(keys)
        old = group.positions
        gone = _runs([i for i, key in enumerate(group.visible) if key not in wanted])
        added = _runs([i for i, key in enumerate(keys) if key not in old])
        if len(gone) + len(added) > BULK_RUNS:
            self._replace_rows(group, keys)
            return
        model = self._model
        parent = model.createIndex(self._rows[group.uid], 0, 0)
        for first, last in reversed(gone):
            model.beginRemoveRows(parent, first, last)
            del group.visible[first : last + 1]
            model.endRemoveRows()
        if gone:
            group.set_visible(group.visible)
        kept = [key for key in keys if key in old]
        if kept != group.visible:
            relayout.append((group, kept))
        if added:
            inserts.append((group, keys, added))

    def _replace_rows(self, group: Group, keys: list[RowId]) -> None:
        model = self._model
        parent = model.createIndex(self._rows[group.uid], 0, 0)
        model.beginRemoveRows(parent, 0, len(group.visible) - 1)
        group.set_visible([])
        model.endRemoveRows()
        model.beginInsertRows(parent, 0, len(keys) - 1)
        group.set_visible(keys)
        model.endInsertRows()

    def _relayout(self, relayout: list[tuple[Group, list[RowId]]]) -> None:
        if not relayout:
            return
        model = self._model
        parents = [
            QPersistentModelIndex(model.createIndex(self._rows[g.uid], 0, 0))
            for g, _ in relayout
        ]
        _layout_signal(model.layoutAboutToBeChanged).emit(parents, _SORT_HINT)
        by_uid = {group.uid: group for group, _ in relayout}
        moves: list[tuple[QModelIndex, Group, RowId]] = []
        for index in model.persistentIndexList():
            group = by_uid.get(index.internalId())
            if group is not None and 0 <= index.row() < len(group.visible):
                moves.append((index, group, group.visible[index.row()]))
        for group, kept in relayout:
            group.set_visible(kept)
        for index, group, key in moves:
            target = model.createIndex(group.positions[key], index.column(), group.uid)
            model.changePersistentIndex(index, target)
        _layout_signal(model.layoutChanged).emit(parents, _SORT_HINT)

    def _insert_rows(
        self, group: Group, keys: list[RowId], runs: list[tuple[int, int]]
    ) -> None:
        model = self._model
        parent = model.createIndex(self._rows[group.uid], 0, 0)
        for first, last in runs:
            model.beginInsertRows(parent, first, last)
            group.visible[first:first] = keys[first : last + 1]
            model.endInsertRows()
        group.set_visible(group.visible)

    def _emit_data_changed(self, changed: Mapping[RowId, list[int]]) -> None:
        by_group: dict[Group, list[tuple[int, list[int]]]] = {}
        for key, roles in changed.items():
            for name in self._memberships(key):
                group = self.groups.get(name)
                if group is None or group.uid not in self._rows:
                    continue
                row = group.positions.get(key)
                if row is not None:
                    by_group.setdefault(group, []).append((row, roles))
        model = self._model
        for group, items in by_group.items():
            if len(items) > SPAN_ROWS:
                rows = [row for row, _ in items]
                union = sorted({role for _, roles in items for role in roles})
                top = model.createIndex(min(rows), 0, group.uid)
                bottom = model.createIndex(max(rows), 0, group.uid)
                model.dataChanged.emit(top, bottom, union)
                continue
            for row, roles in sorted(items):
                index = model.createIndex(row, 0, group.uid)
                model.dataChanged.emit(index, index, roles)

    def _count(self, group: Group) -> bool:
        """Recount a group's contacts; True if the counts changed."""
        online = self._online(group.members)
        total = len(group.members)
        if (online, total) == (group.online, group.total):
            return False
        group.online, group.total = online, total
        return True

    def _reindex(self) -> None:
        self._rows = {group.uid: row for row, group in enumerate(self.shown)}

    def _drop_empty(self) -> None:
        for name in [n for n, g in self.groups.items() if not g.members]:
            group = self.groups[name]
            if group.uid not in self._rows:
                del self.groups[name]
                del self.by_uid[group.uid]


def _layout_signal(signal: SignalInstance) -> SignalInstance:
    """The overload of a layout signal that names the parents that change."""
    overloads: Any = signal  # SignalInstance's stubs lack the overload index
    result: SignalInstance = overloads[_LAYOUT_SIGNATURE]
    return result


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Group sorted positions into (first, last) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and position == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs
