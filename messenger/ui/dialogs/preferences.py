# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The Preferences dialog: the settings shared by every UI of the profile.

Every change applies at once through ``core.set_setting`` (no OK/Cancel: what
the user sees is what is stored), and a ``SettingChanged`` from any UI updates
the controls live. The dialog loads the current values from the core's
snapshot when it is created (:attr:`PreferencesDialog.loaded`); until then its
controls are disabled. Open it with ``open()``.

Settings (all JSON values; defaults in :data:`DEFAULTS`):

- ``language``: "" (the system's) or a language code shipped with the app
  (``messenger.ui.i18n``; applies at once: this dialog retranslates too);
- ``auto_away_minutes``, ``auto_xa_minutes``: idle minutes before away /
  extended away, 0 = off; ``auto_away_message``: the status text then;
- ``notify_messages``, ``notify_show_text``: desktop notifications, with text;
- ``start_minimized``: start hidden in the tray;
- ``show_offline``: offline contacts in the buddy list;
- ``chat_windows``: "tabbed" (one window) or "separate" (one per chat);
- ``away_when_detached``: a core running as a background service (``messenger
  daemon``) sets itself away while no window is attached, and back when one
  is (docs/sessions.md). Harmless with the core inside this window: that core
  always has its window, so it never applies there (the tooltip says so).

"Start with the desktop session" is no shared setting: it is this machine's
XDG autostart entry (``messenger/desktop_integration.py``), read and written
off the event loop; the check box is hidden where there is no such thing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.errors import CoreError
from messenger.core.events import SettingChanged
from messenger.core.idle import AWAY_SETTING
from messenger.core.idle import DEFAULT_AWAY_MINUTES
from messenger.core.idle import DEFAULT_XA_MINUTES
from messenger.core.idle import MESSAGE_SETTING
from messenger.core.idle import XA_SETTING
from messenger.core.model import JsonValue
from messenger.desktop_integration import Autostart
from messenger.desktop_integration import autostart_supported
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks
from messenger.ui.bridge import CoreBridge
from messenger.ui.i18n import language_name
from messenger.ui.i18n import shipped_languages
from messenger.ui.widgets.text import fill

log = logging.getLogger(__name__)

# The daemon's setting (daemon/server.py AWAY_SETTING; the UI cannot import it).
AWAY_WHEN_DETACHED = "away_when_detached"
DEFAULTS: dict[str, JsonValue] = {
    "language": "",
    AWAY_SETTING: DEFAULT_AWAY_MINUTES,
    XA_SETTING: DEFAULT_XA_MINUTES,
    MESSAGE_SETTING: "",
    "notify_messages": True,
    "notify_show_text": True,
    "start_minimized": False,
    "show_offline": True,
    "chat_windows": "tabbed",
    AWAY_WHEN_DETACHED: False,
}
MAX_IDLE_MINUTES = 24 * 60


class PreferencesDialog(QDialog):
    """Edits the shared settings (see the module docstring)."""

    # The current values are shown and the controls enabled.
    loaded = Signal()

    def __init__(
        self, core: CoreApi, bridge: CoreBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._core = core
        self._values: dict[str, JsonValue] = dict(DEFAULTS)
        self._changed_early: set[str] = set()
        self._loaded = False
        self._updating = False
        # Setting key -> (how the control shows a value).
        self._shows: dict[str, Callable[[JsonValue], None]] = {}

        layout = QVBoxLayout(self)
        layout.addWidget(self._general_group())
        layout.addWidget(self._away_group())
        layout.addWidget(self._notifications_group())
        layout.addWidget(self._history_group())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._set_controls_enabled(False)
        bridge.setting_changed.connect(self._on_bridge_setting_changed)
        self._load()

    # building -------------------------------------------------------------
    def _general_group(self) -> QGroupBox:
        self.general_group = group = QGroupBox()
        form = QFormLayout(group)
        # The shipped languages, each named in itself ("Deutsch"), after "System
        # default" (item 0, data "").
        self.language = QComboBox()
        self.language.addItem("", "")
        named = sorted((language_name(c).casefold(), c) for c in shipped_languages())
        for _name, code in named:
            self.language.addItem(language_name(code), code)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self._shows["language"] = self._show_language
        _add_row(form, self.language)

        self.chat_windows = QComboBox()
        self.chat_windows.addItem("", "tabbed")
        self.chat_windows.addItem("", "separate")
        self.chat_windows.currentIndexChanged.connect(self._on_chat_windows_changed)
        self._shows["chat_windows"] = self._show_chat_windows
        _add_row(form, self.chat_windows)

        self.show_offline = self._check_box("show_offline")
        self.start_minimized = self._check_box("start_minimized")
        form.addRow(self.show_offline)
        form.addRow(self.start_minimized)
        form.addRow(self._autostart_box())
        return group

    def _away_group(self) -> QGroupBox:
        self.away_group = group = QGroupBox()
        form = QFormLayout(group)
        self.auto_away = self._minutes_box(AWAY_SETTING)
        _add_row(form, self.auto_away)
        self.auto_xa = self._minutes_box(XA_SETTING)
        _add_row(form, self.auto_xa)
        self.away_message = QLineEdit()
        self.away_message.setMaxLength(1000)
        self.away_message.editingFinished.connect(self._on_away_message_finished)
        self._shows[MESSAGE_SETTING] = self._show_away_message
        _add_row(form, self.away_message)
        self.away_when_detached = self._check_box(AWAY_WHEN_DETACHED)
        form.addRow(self.away_when_detached)
        return group

    def _notifications_group(self) -> QGroupBox:
        self.notifications_group = group = QGroupBox()
        form = QFormLayout(group)
        self.notify_messages = self._check_box("notify_messages")
        self.notify_show_text = self._check_box("notify_show_text")
        form.addRow(self.notify_messages)
        form.addRow(self.notify_show_text)
        return group

    def _history_group(self) -> QGroupBox:
        self.history_group = group = QGroupBox()
        layout = QVBoxLayout(group)
        self.history_note = QLabel()
        self.history_note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.history_note)
        return group

    def _check_box(self, key: str) -> QCheckBox:
        box = QCheckBox()

        def show(value: JsonValue) -> None:
            box.setChecked(value is True)

        box.toggled.connect(lambda checked: self._store(key, bool(checked)))
        self._shows[key] = show
        return box

    def _minutes_box(self, key: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, MAX_IDLE_MINUTES)
        # valueChanged on Enter, focus loss and arrows: not per keystroke.
        box.setKeyboardTracking(False)

        def show(value: JsonValue) -> None:
            minutes = 0
            if isinstance(value, int | float) and not isinstance(value, bool):
                minutes = max(0, int(value))
            box.setValue(minutes)

        box.valueChanged.connect(lambda minutes: self._store(key, int(minutes)))
        self._shows[key] = show
        return box

    # words (again on LanguageChange: the language changes while this is open) --
    def retranslate_ui(self) -> None:
        """Set every text in the current language (a shown error keeps its words)."""
        self.setWindowTitle(self.tr("Preferences"))
        self.general_group.setTitle(self.tr("General"))
        self.language.setItemText(0, self.tr("System default"))
        _row_label(self.language, self.tr("&Language:"))
        self.chat_windows.setItemText(0, self.tr("Tabs in one window"))
        self.chat_windows.setItemText(1, self.tr("A window for each chat"))
        _row_label(self.chat_windows, self.tr("&Chats open in:"))
        self.show_offline.setText(self.tr("Show &offline contacts"))
        self.start_minimized.setText(self.tr("Start &minimized to the system tray"))
        self.autostart.setText(self.tr("Start with the &desktop session"))
        self.away_group.setTitle(self.tr("When I am away from the computer"))
        for box in (self.auto_away, self.auto_xa):
            box.setSpecialValueText(self.tr("Never"))
            #: After a number of minutes in a spin box ("5 min"), with its space.
            box.setSuffix(self.tr(" min"))
        self.auto_away.setAccessibleName(self.tr("Minutes until away"))
        _row_label(self.auto_away, self.tr("Set &away after:"))
        self.auto_xa.setAccessibleName(self.tr("Minutes until extended away"))
        _row_label(self.auto_xa, self.tr("Set &extended away after:"))
        self.away_message.setPlaceholderText(self.tr("Keep my status message"))
        _row_label(self.away_message, self.tr("Away messa&ge:"))
        self.away_when_detached.setText(
            self.tr(
                "Set me away when no &window is open (when Messenger runs as a "
                "background service)"
            )
        )
        self.away_when_detached.setToolTip(
            fill(
                #: %1 is a command, shown as it is.
                self.tr(
                    "When Messenger runs as a background service (%1) and every "
                    "window attached to it is closed, your status becomes away, "
                    "and comes back when a window opens again. Without a "
                    "background service Messenger always has its window, so this "
                    "changes nothing."
                ),
                "messenger daemon",
            )
        )
        self.notifications_group.setTitle(self.tr("Notifications"))
        self.notify_messages.setText(self.tr("&Notify me of new messages"))
        self.notify_show_text.setText(
            self.tr("Show the message &text in notifications")
        )
        self.history_group.setTitle(self.tr("History"))
        self.history_note.setText(self.tr("Messages are kept forever."))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    # values ---------------------------------------------------------------
    @async_slot()
    async def _load(self) -> None:
        snapshot = await self._core.snapshot()
        for key, value in snapshot.settings.items():
            if key not in self._changed_early:
                self._values[key] = value
        self._loaded = True
        self._show_all()
        self._set_controls_enabled(True)
        self.loaded.emit()

    def _show_all(self) -> None:
        self._updating = True
        try:
            for key, show in self._shows.items():
                show(self._values.get(key, DEFAULTS.get(key)))
            self.notify_show_text.setEnabled(self._values["notify_messages"] is True)
        finally:
            self._updating = False

    def _on_bridge_setting_changed(self, event: SettingChanged) -> None:
        if event.key not in self._shows:
            return
        if not self._loaded:
            self._changed_early.add(event.key)
        self._values[event.key] = event.value
        if self._loaded:
            self._show_all()

    def _store(self, key: str, value: JsonValue) -> None:
        if self._updating or not self._loaded or self._values.get(key) == value:
            return
        self._values[key] = value
        if key == "notify_messages":
            self.notify_show_text.setEnabled(value is True)
        self._save(key, value)

    @async_slot(str, object)
    async def _save(self, key: str, value: JsonValue) -> None:
        try:
            await self._core.set_setting(key, value)
        except CoreError as exc:
            log.warning("Saving the setting %s failed: %s", key, exc.code.value)

    # controls -------------------------------------------------------------
    def _show_language(self, value: JsonValue) -> None:
        index = self.language.findData(value if isinstance(value, str) else "")
        self.language.setCurrentIndex(max(index, 0))

    def _show_chat_windows(self, value: JsonValue) -> None:
        index = self.chat_windows.findData(value)
        self.chat_windows.setCurrentIndex(max(index, 0))

    def _show_away_message(self, value: JsonValue) -> None:
        self.away_message.setText(value if isinstance(value, str) else "")

    def _on_language_changed(self, _index: int) -> None:
        self._store("language", str(self.language.currentData()))

    def _on_chat_windows_changed(self, _index: int) -> None:
        self._store("chat_windows", str(self.chat_windows.currentData()))

    def _on_away_message_finished(self) -> None:
        self._store(MESSAGE_SETTING, self.away_message.text().strip())

    # autostart (this machine's, not a shared setting) ---------------------------
    def _autostart_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.autostart_entry = Autostart.for_this_program()
        self.autostart = QCheckBox()  # worded in retranslate_ui
        self.autostart.setEnabled(False)  # until the entry has been read
        self.autostart.toggled.connect(self._on_autostart_toggled)
        self.autostart_error = QLabel()
        self.autostart_error.setTextFormat(Qt.TextFormat.PlainText)
        self.autostart_error.hide()
        layout.addWidget(self.autostart)
        layout.addWidget(self.autostart_error)
        box.setVisible(autostart_supported())
        if autostart_supported():
            self._load_autostart()
        return box

    @async_slot()
    async def _load_autostart(self) -> None:
        enabled = await asyncio.to_thread(self.autostart_entry.is_enabled)
        if not shiboken6.isValid(self.autostart):  # the dialog went meanwhile
            return
        self.autostart.blockSignals(True)
        self.autostart.setChecked(enabled)
        self.autostart.blockSignals(False)
        self.autostart.setEnabled(True)

    def _on_autostart_toggled(self, checked: bool) -> None:
        self._save_autostart(checked)

    @async_slot(bool)
    async def _save_autostart(self, enabled: bool) -> None:
        self.autostart.setEnabled(False)
        self.autostart_error.hide()
        try:
            await asyncio.to_thread(self.autostart_entry.set_enabled, enabled)
        except (OSError, ValueError) as exc:
            log.warning("Changing the autostart entry failed: %s", exc)
            if not shiboken6.isValid(self.autostart):
                return
            self.autostart.blockSignals(True)
            self.autostart.setChecked(not enabled)
            self.autostart.blockSignals(False)
            self.autostart_error.setText(
                self.tr("Could not change the autostart entry: %1").replace(
                    "%1", str(exc)
                )
            )
            self.autostart_error.show()
        if shiboken6.isValid(self.autostart):
            self.autostart.setEnabled(True)

    def _set_controls_enabled(self, enabled: bool) -> None:
        for group in self.findChildren(QGroupBox):
            group.setEnabled(enabled)

    def reject(self) -> None:
        # Commit a message still being typed, as leaving the field would.
        if self._loaded and self.away_message.hasFocus():
            self._on_away_message_finished()
        super().reject()

    def done(self, result: int) -> None:
        # Saves in flight finish (they are quick); only the load is dropped.
        if not self._loaded:
            cancel_slot_tasks(self)
        super().done(result)


def _add_row(form: QFormLayout, field: QWidget) -> None:
    """A form row for ``field`` with a label (its buddy), worded later."""
    label = QLabel()
    label.setBuddy(field)
    form.addRow(label, field)


def _row_label(field: QWidget, text: str) -> None:
    """Set the label of ``field``'s row in its form (its buddy: the mnemonic)."""
    parent = field.parentWidget()
    form = None if parent is None else parent.layout()
    if isinstance(form, QFormLayout) and isinstance(
        label := form.labelForField(field), QLabel
    ):
        label.setText(text)
