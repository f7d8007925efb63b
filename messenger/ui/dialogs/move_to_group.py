# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Move a contact to another group (the existing groups are offered).

The contact leaves the group it was chosen in (``from_group``; "" for
"Contacts") and joins the one chosen here, typed or picked; its other groups
stay. An empty group means "Contacts" (no group). OK calls
``CoreApi.set_contact_groups``; errors come back inline.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.model import Contact
from messenger.ui.widgets.forms import CommandDialog
from messenger.ui.widgets.forms import plain_label
from messenger.ui.widgets.text import fill
from messenger.ui.widgets.text import isolate

MAX_GROUP = 200


def moved_groups(
    groups: tuple[str, ...], from_group: str, to_group: str
) -> tuple[str, ...]:
    """``groups`` with ``from_group`` replaced by ``to_group`` ("" is none)."""
    kept = [g for g in groups if g != from_group]
    if to_group and to_group not in kept:
        kept.append(to_group)
    return tuple(kept)


class MoveToGroupDialog(CommandDialog):
    """Moves one contact from one group to another (see the module docstring)."""

    def __init__(
        self,
        core: CoreApi,
        contact: Contact,
        from_group: str,
        groups: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._core = core
        self.contact = contact
        self.from_group = from_group
        self.setWindowTitle(self.tr("Move to group"))
        self.ok_button.setText(self.tr("&Move"))
        self.explanation = plain_label(
            fill(
                self.tr("Move %1 to the group:"),
                isolate(contact.display_name),
            )
        )
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.group.addItem("")
        self.group.addItems([g for g in groups if g != from_group])
        group_edit = self.group.lineEdit()
        assert group_edit is not None  # editable
        group_edit.setMaxLength(MAX_GROUP)
        group_edit.setPlaceholderText(self.tr("Contacts (no group)"))
        self.group.setAccessibleName(self.tr("Group"))
        self.form.addRow(self.explanation)
        self.form.addRow(self.tr("&Group:"), self.group)
        self.group.setFocus()

    async def run(self) -> bool:
        groups = moved_groups(
            self.contact.groups, self.from_group, self.group.currentText().strip()
        )
        await self._core.set_contact_groups(
            self.contact.account_id, self.contact.address, groups
        )
        return True
