# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``BuddyList``: the behaviour of the buddy list's tree and filter box.

The main window builds a plain ``QTreeView`` and ``QLineEdit`` in its shell
(before the core exists, STYLE: start-up); once attached it hands them with
the :class:`~messenger.ui.models.contacts.ContactTreeModel` to a ``BuddyList``,
which adds:

- the delegate, and groups that stay expanded or collapsed as the user left
  them (by name) while rows come and go; while filtering, all are expanded;
- type-to-filter: typing a character in the tree moves it to the filter box;
  in the box, Down goes to the first contact, Enter opens it, Escape clears
  the box (a second Escape goes back to the tree);
- activation (double-click, Enter) of a contact: :attr:`contact_activated`;
  of a group: expands or collapses it;
- the context menu, from the mouse or the keyboard (Menu key, Shift+F10):
  :attr:`context_menu_requested` with the row and a global position.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QTreeView

from messenger.ui.models.contacts import ContactRole
from messenger.ui.models.contacts import ContactTreeModel
from messenger.ui.widgets.contact_delegate import ContactDelegate

_TYPING_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class BuddyList(QObject):
    """Binds a tree view and a filter box to a contact model (module docstring)."""

    contact_activated = Signal(str, object)  # account id, Address
    context_menu_requested = Signal(QModelIndex, QPoint)  # row, global position

    def __init__(
        self,
        tree: QTreeView,
        filter_edit: QLineEdit,
        model: ContactTreeModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tree = tree
        self.filter_edit = filter_edit
        self.model = model
        self._collapsed: set[str] = set()
        self._restoring = False

        tree.setModel(model)
        tree.setItemDelegate(ContactDelegate(tree))
        tree.setHeaderHidden(True)
        tree.setUniformRowHeights(True)
        tree.setAnimated(False)
        tree.setExpandsOnDoubleClick(False)  # activation toggles groups
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        tree.activated.connect(self._on_tree_activated)
        tree.expanded.connect(self._on_tree_expanded)
        tree.collapsed.connect(self._on_tree_collapsed)
        tree.installEventFilter(self)
        tree.viewport().installEventFilter(self)
        filter_edit.installEventFilter(self)
        filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        model.rowsInserted.connect(self._on_model_rows_inserted)
        model.modelReset.connect(self._on_model_model_reset)
        self._restore_expansion()

    # lookups --------------------------------------------------------------------
    def group_index(self, name: str) -> QModelIndex:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ContactRole.GROUP) == name:
                return index
        return QModelIndex()

    def first_contact(self) -> QModelIndex:
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            if self.model.rowCount(group) and self.tree.isExpanded(group):
                return self.model.index(0, 0, group)
        return QModelIndex()

    @property
    def collapsed_groups(self) -> set[str]:
        return set(self._collapsed)

    # events ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._filter_key(event)
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._tree_key(event)
        if event.type() == QEvent.Type.ContextMenu and watched in (
            self.tree,
            self.tree.viewport(),
        ):
            assert isinstance(event, QContextMenuEvent)
            self._context_menu(event, from_viewport=watched is not self.tree)
            return True
        return False

    def _tree_key(self, event: QKeyEvent) -> bool:
        text = event.text()
        if (
            text
            and text.isprintable()
            and not text.isspace()
            and not event.modifiers() & _TYPING_MODIFIERS
        ):
            self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.filter_edit.end(False)
            self.filter_edit.insert(text)
            return True
        return False

    def _filter_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.filter_edit.text():
                self.filter_edit.clear()
            else:
                self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        if key == Qt.Key.Key_Down:
            self._focus_first_contact()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            first = self.first_contact()
            if first.isValid():
                self._focus_first_contact()
                self._on_tree_activated(first)
            return True
        return False

    def _focus_first_contact(self) -> None:
        first = self.first_contact()
        if first.isValid():
            self.tree.setCurrentIndex(first)
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _context_menu(self, event: QContextMenuEvent, *, from_viewport: bool) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.tree.currentIndex()
            rect = self.tree.visualRect(index)
            position = self.tree.viewport().mapToGlobal(rect.bottomLeft())
        else:
            local = event.pos()
            if not from_viewport:
                local = self.tree.viewport().mapFrom(self.tree, local)
            index = self.tree.indexAt(local)
            position = event.globalPos()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.context_menu_requested.emit(index, position)

    # slots ----------------------------------------------------------------------
    def _on_tree_activated(self, index: QModelIndex) -> None:
        if index.data(ContactRole.IS_GROUP):
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
            return
        contact = self.model.contact_at(index)
        if contact is not None:
            self.contact_activated.emit(str(contact.account_id), contact.address)

    def _on_tree_expanded(self, index: QModelIndex) -> None:
        if not self._restoring and not self.model.filter_text:
            self._collapsed.discard(str(index.data(ContactRole.GROUP)))

    def _on_tree_collapsed(self, index: QModelIndex) -> None:
        if not self._restoring and not self.model.filter_text:
            self._collapsed.add(str(index.data(ContactRole.GROUP)))

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._restore_expansion()

    def _on_model_rows_inserted(
        self, parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        if not parent.isValid():
            for row in range(first, last + 1):
                self._restore_group(self.model.index(row, 0))

    def _on_model_model_reset(self) -> None:
        self._restore_expansion()

    def _restore_expansion(self) -> None:
        for row in range(self.model.rowCount()):
            self._restore_group(self.model.index(row, 0))

    def _restore_group(self, index: QModelIndex) -> None:
        expand = bool(self.model.filter_text) or (
            index.data(ContactRole.GROUP) not in self._collapsed
        )
        self._restoring = True
        try:
            self.tree.setExpanded(index, expand)
        finally:
            self._restoring = False
