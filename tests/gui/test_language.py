# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The UI's language: switching live to German and Arabic, English plurals,
the start-up hint and the pseudo-locale.

The catalogs are the real ones, compiled once per session from translations/
(scripts/translations.py build). The few German and Arabic texts checked here
are translated there already; Qt's own standard buttons come from Qt's qtbase
catalogs.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from messenger.ui import i18n
from messenger.ui.aio import signal_future
from messenger.ui.chat.message_texts import MessageTexts
from messenger.ui.chat.window import ChatWindow
from messenger.ui.dialogs.preferences import PreferencesDialog
from messenger.ui.dialogs.rename_contact import RenameContactDialog
from messenger.ui.i18n import PSEUDO_LOCALE_ENV
from messenger.ui.i18n import Localizer
from messenger.ui.i18n import language_name
from messenger.ui.i18n import match_language
from messenger.ui.models.contact_roles import ContactTexts
from messenger.ui.tray import TrayIcon
from messenger.ui.widgets.account_notices import AccountNotices
from scripts import translations as tool
from tests.gui.buddy_fixtures import JULIET
from tests.gui.buddy_fixtures import TIMEOUT
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import slots_done

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


@pytest.fixture(scope="session")
def catalogs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """translations/*.ts compiled, with the pseudo-locale (before any loop runs)."""
    directory = tmp_path_factory.mktemp("catalogs")
    tool.build(directory)
    tool.pseudo(directory)
    return directory


@pytest.fixture
def localizer(qapp: QApplication, catalogs: Path) -> Iterator[Localizer]:
    made = Localizer(qapp, directories=[catalogs])
    yield made
    made.close()  # English and the system's formats again, for the next tests
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


async def preferences(env: Env, qtbot: QtBot) -> PreferencesDialog:
    assert env.window.bridge is not None
    dialog = PreferencesDialog(env.core, env.window.bridge, env.window)
    qtbot.addWidget(dialog)
    loaded = signal_future(dialog.loaded)
    dialog.open()
    async with asyncio.timeout(TIMEOUT):
        await loaded
    return dialog


async def pick(dialog: PreferencesDialog, localizer: Localizer, code: str) -> None:
    """Pick ``code`` in the Language box, as the user does; wait until it shows."""
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    async with asyncio.timeout(TIMEOUT):
        await slots_done(dialog)  # stored: the core's SettingChanged came back
        assert localizer.switching is not None
        await localizer.switching
    # Qt posted LanguageChange to every window: deliver it now.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def row_label(field: QWidget) -> str:
    parent = field.parentWidget()
    assert parent is not None
    form = parent.layout()
    assert isinstance(form, QFormLayout)
    label = form.labelForField(field)
    assert isinstance(label, QLabel)
    return label.text()


def cancel_text(env: Env, qtbot: QtBot) -> str:
    """The Cancel button of a dialog opened now (Qt's own text)."""
    dialog = RenameContactDialog(env.core, env.contact(JULIET, "Juliet"), env.window)
    qtbot.addWidget(dialog)
    text = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    dialog.deleteLater()
    return text


def close_text(dialog: PreferencesDialog) -> str:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Close).text()


@pytest.mark.asyncio
async def test_the_preference_switches_open_windows_to_german_and_arabic(
    env: Env, qtbot: QtBot, localizer: Localizer
) -> None:
    window = env.window
    assert window.bridge is not None
    dialog = await preferences(env, qtbot)
    async with asyncio.timeout(TIMEOUT):
        await localizer.follow(window.bridge, {})  # "" and no German system
    assert localizer.language == "en"
    assert window.contacts_menu.title() == "&Contacts"
    selector = window.status_selector
    assert selector is not None
    tray = TrayIcon(env.core, window.bridge, parent=window)  # its menu: a window
    chat = ChatWindow()
    qtbot.addWidget(chat)

    await pick(dialog, localizer, "de")
    assert localizer.language == "de"
    assert (await env.core.snapshot()).settings["language"] == "de"
    # The open windows in German: menu, field, status box, this dialog.
    assert window.contacts_menu.title() == "&Kontakte"
    assert window.filter_edit.placeholderText() == "Kontakte suchen"
    assert selector.show_box.itemText(0) == "Verfügbar"
    assert dialog.windowTitle() == "Einstellungen"
    assert dialog.general_group.title() == "Allgemein"
    assert row_label(dialog.language) == "&Sprache:"
    assert dialog.language.itemText(0) == "Systemstandard"
    assert dialog.language.currentText() == "Deutsch"
    assert tray.quit_action.text() == "&Beenden"
    assert chat.close_tab_action.text() == "Tab &schließen"
    # Qt's own words, on a standing and a new dialog.
    assert close_text(dialog) == "Schließen"
    assert cancel_text(env, qtbot) == "Abbrechen"
    # German plural forms and formats.
    assert ContactTexts().unread(1) == "1 ungelesene Nachricht"
    assert ContactTexts().unread(2) == "2 ungelesene Nachrichten"
    assert QLocale().language() is QLocale.Language.German
    assert "Mai" in MessageTexts().day(date(2024, 5, 1))
    assert QApplication.layoutDirection() == LTR

    await pick(dialog, localizer, "ar")
    assert localizer.language == "ar"
    assert window.contacts_menu.title() == "&جهات الاتصال"
    assert window.filter_edit.placeholderText() == "البحث في جهات الاتصال"
    assert selector.show_box.itemText(0) == "متاح"
    assert dialog.windowTitle() == "التفضيلات"
    assert row_label(dialog.language) == "ال&لغة:"
    assert tray.quit_action.text() == "إ&نهاء"
    assert chat.close_tab_action.text() == "إ&غلاق علامة التبويب"
    assert chat.layoutDirection() == RTL
    assert close_text(dialog) == "أغلق"
    assert cancel_text(env, qtbot) == "ألغِ"
    # Mirrored, with the locale's digits.
    assert QApplication.layoutDirection() == RTL
    assert window.layoutDirection() == RTL
    assert dialog.layoutDirection() == RTL
    assert (
        ContactTexts().unread(2) == "٢ رسالتان غير مقروءتين"
    )  # the count in Arabic digits
    assert ContactTexts().unread(3) == "٣ رسائل غير مقروءة"

    await pick(dialog, localizer, "")
    assert localizer.language == "en"  # the test machine's locale has none
    assert window.contacts_menu.title() == "&Contacts"
    assert dialog.language.itemText(0) == "System default"
    assert tray.quit_action.text() == "&Quit"
    assert cancel_text(env, qtbot) == "Cancel"
    assert QApplication.layoutDirection() == LTR
    assert window.layoutDirection() == LTR


@pytest.mark.asyncio
async def test_english_reads_its_plural_forms(localizer: Localizer) -> None:
    await localizer.set_preference("en")
    assert ContactTexts().unread(1) == "1 unread message"
    assert ContactTexts().unread(2) == "2 unread messages"
    assert AccountNotices().more_requests(1) == "1 more contact request"
    assert AccountNotices().more_requests(4) == "4 more contact requests"


@pytest.mark.asyncio
async def test_the_hint_gives_the_first_frame_its_language(
    qapp: QApplication, catalogs: Path, tmp_path: Path, env: Env
) -> None:
    hint = tmp_path / "cache" / "language"
    hint.parent.mkdir()
    hint.write_text("de\n", encoding="utf-8")
    localizer = Localizer(qapp, directories=[catalogs], hint_file=hint)
    try:
        localizer.start()  # before the core: the hint
        assert localizer.language == "de"
        assert QCoreApplication.translate("MainWindow", "&Contacts") == "&Kontakte"
        assert env.window.bridge is not None
        # The setting wins once the snapshot is there, and becomes the hint.
        async with asyncio.timeout(TIMEOUT):
            await localizer.follow(env.window.bridge, {"language": "ar"})
        assert localizer.language == "ar"
        assert hint.read_text(encoding="utf-8") == "ar\n"
    finally:
        localizer.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@pytest.mark.asyncio
async def test_the_pseudo_locale_lengthens_and_accents_every_text(
    env: Env, qapp: QApplication, catalogs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PSEUDO_LOCALE_ENV, "1")
    localizer = Localizer(qapp, directories=[catalogs])
    try:
        localizer.start()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        title = env.window.contacts_menu.title()
        # Accented, but the mnemonic keeps its letter (and so its key).
        assert title.startswith("[&Cöñţàçţš ")
        assert title.endswith("]")
        assert len(title) >= 1.4 * len("&Contacts")
        assert ContactTexts().unread(2).startswith("[2 ")
    finally:
        localizer.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def test_the_system_language_is_matched_to_a_shipped_one() -> None:
    shipped = ("en", "de", "pt_BR", "zh_CN", "ar")
    assert match_language(QLocale("de_AT"), shipped) == "de"
    assert match_language(QLocale("pt_BR"), shipped) == "pt_BR"
    assert match_language(QLocale("pt_PT"), shipped) is None
    assert match_language(QLocale("zh_CN"), shipped) == "zh_CN"
    assert match_language(QLocale("ar_SA"), shipped) == "ar"
    assert match_language(QLocale.c(), shipped) is None


def test_the_preference_wins_and_formats_stay_the_systems_where_they_can() -> None:
    austria = QLocale("de_AT")
    assert i18n.choose("", austria) == ("de", austria)
    assert i18n.choose("de", austria) == ("de", austria)  # Austrian dates
    assert i18n.choose("ar", austria) == ("ar", QLocale("ar"))
    assert i18n.choose("xx", QLocale("fr_CA")) == ("fr", QLocale("fr_CA"))
    assert i18n.choose("", QLocale("pt_PT")) == ("en", QLocale("pt_PT"))


def test_languages_are_named_in_themselves() -> None:
    assert language_name("de") == "Deutsch"
    assert language_name("en") == "English"
    assert language_name("pt_BR") == "Português (Brasil)"
    assert language_name("ar") == "العربية"
