# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The "Contact info" dialog: a contact's profile, as the network tells it.

:meth:`ContactInfoDialog.refresh` asks ``CoreApi.fetch_contact_info`` (the
window calls it after ``open()``): "Loading…" meanwhile, the error and a
"Try again" button when it fails, else the vCard fields, the avatar (decoded
off the loop) and the contact's connected clients (name, version, system,
local time, idle since). Everything a peer sent is shown as plain text,
selectable, with bidi controls removed.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC
from datetime import datetime

from PySide6.QtCore import QDate
from PySide6.QtCore import QDateTime
from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtCore import QTime
from PySide6.QtGui import QCloseEvent
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.errors import CoreError
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import ContactInfo
from messenger.core.model import ResourceInfo
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks
from messenger.ui.models.avatars import decode_avatar
from messenger.ui.widgets.errors import command_error_text
from messenger.ui.widgets.forms import plain_label
from messenger.ui.widgets.text import one_line
from messenger.ui.widgets.text import plain_block

log = logging.getLogger(__name__)
AVATAR_SIDE = 64


class ContactInfoDialog(QDialog):
    """Shows one contact's profile (see the module docstring)."""

    def __init__(
        self,
        core: CoreApi,
        account_id: AccountId,
        address: Address,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._core = core
        self.account_id = account_id
        self.address = address
        self.info: ContactInfo | None = None
        self.setWindowTitle(self.tr("Contact info"))

        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR_SIDE, AVATAR_SIDE)
        self.avatar.setAccessibleName(self.tr("Picture"))
        self.heading = plain_label(one_line(name) or str(address))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.state = plain_label(self.tr("Loading…"))
        self.state.setAccessibleName(self.tr("State"))
        self.retry = QPushButton(self.tr("&Try again"))
        self.retry.setVisible(False)
        self.retry.clicked.connect(self._on_retry_clicked)

        self.fields = QFormLayout()
        self.values: dict[str, QLabel] = {}
        self.resources = QTreeWidget()
        self.resources.setRootIsDecorated(False)
        self.resources.setHeaderLabels(
            [
                self.tr("Resource"),
                self.tr("Client"),
                self.tr("Version"),
                self.tr("System"),
                self.tr("Local time"),
                self.tr("Idle since"),
            ]
        )
        self.resources.setAccessibleName(self.tr("Connected clients"))
        self.resources.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        header = QHBoxLayout()
        header.addWidget(self.avatar)
        header.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.state)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.fields)
        layout.addWidget(self.resources)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    @async_slot()
    async def refresh(self) -> None:
        """Fetch the profile and show it (or the error)."""
        self.state.setText(self.tr("Loading…"))
        self.state.setVisible(True)
        self.retry.setVisible(False)
        try:
            info = await self._core.fetch_contact_info(self.account_id, self.address)
        except CoreError as exc:
            log.info("Contact info failed: %s", exc.code.value)
            self.state.setText(command_error_text(exc.code))
            self.retry.setVisible(True)
            return
        self.info = info
        self.state.setVisible(False)
        self._show_fields(info)
        self._show_resources(info.resources)
        if info.avatar_hash:
            await self._show_avatar(info.avatar_hash)

    def _on_retry_clicked(self) -> None:
        self.refresh()

    def _show_fields(self, info: ContactInfo) -> None:
        while self.fields.rowCount():
            self.fields.removeRow(0)
        self.values.clear()
        rows = [
            ("full_name", self.tr("Full name:"), info.full_name),
            ("nickname", self.tr("Nickname:"), info.nickname),
            ("address", self.tr("Address:"), str(info.address)),
            ("emails", self.tr("E-mail:"), "\n".join(info.emails)),
            ("phones", self.tr("Phone:"), "\n".join(info.phones)),
            ("url", self.tr("Web site:"), info.url),
            ("organization", self.tr("Organization:"), info.organization),
            ("birthday", self.tr("Birthday:"), info.birthday),
            ("note", self.tr("Note:"), info.note),
        ]
        for key, label, value in rows:
            if not value:
                continue
            field = plain_label(plain_block(value, 5000))
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setAccessibleName(label.rstrip(":"))
            self.values[key] = field
            self.fields.addRow(label, field)

    def _show_resources(self, resources: tuple[ResourceInfo, ...]) -> None:
        self.resources.clear()
        for resource in resources:
            item = QTreeWidgetItem(
                [
                    one_line(resource.resource),
                    one_line(resource.client_name),
                    one_line(resource.client_version),
                    one_line(resource.os),
                    _local_time(resource.local_time),
                    _moment(resource.idle_since),
                ]
            )
            self.resources.addTopLevelItem(item)
        self.resources.setVisible(bool(resources))

    async def _show_avatar(self, avatar_hash: str) -> None:
        try:
            data = await self._core.get_avatar(self.account_id, avatar_hash)
        except CoreError:
            return
        if not data:
            return
        loop = asyncio.get_running_loop()
        image = await loop.run_in_executor(None, decode_avatar, data, AVATAR_SIDE)
        if image is not None:
            self.avatar.setPixmap(QPixmap.fromImage(image))

    def reject(self) -> None:
        cancel_slot_tasks(self)
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        cancel_slot_tasks(self)
        super().closeEvent(event)


def _qt_time(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def _local_time(moment: datetime | None) -> str:
    """The contact's clock as they reported it, with its UTC offset."""
    if moment is None:
        return ""
    offset = moment.utcoffset()
    seconds = 0 if offset is None else int(offset.total_seconds())
    shown = QLocale().toString(_qt_time(moment).time(), QLocale.FormatType.ShortFormat)
    hours, minutes = divmod(abs(seconds) // 60, 60)
    sign = "-" if seconds < 0 else "+"
    return f"{shown} (UTC{sign}{hours:02d}:{minutes:02d})"


def _moment(moment: datetime | None) -> str:
    """A moment in the user's time zone (naive ones are taken as UTC)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return QLocale().toString(
        _qt_time(moment.astimezone()), QLocale.FormatType.ShortFormat
    )
