# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The main window on a real LocalCore (in-memory storage), offscreen."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from collections.abc import Callable
from pathlib import Path

import pytest
import pytest_asyncio
import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from messenger.core.events import AccountAdded
from messenger.core.events import SettingChanged
from messenger.core.interfaces import BackendFactory
from messenger.core.local import LocalCore
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import PresenceUpdate
from messenger.core.model import ProtocolKind
from messenger.core.model import SecretStorageStatus
from messenger.core.model import Show
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from messenger.ui.aio import signal_future
from messenger.ui.aio import slot_tasks
from messenger.ui.bridge import CoreBridge
from messenger.ui.dialogs.account_wizard import TEST_PAGE
from messenger.ui.dialogs.account_wizard import XMPP_PAGE
from messenger.ui.dialogs.account_wizard import AccountWizard
from messenger.ui.models.contacts import ContactRole
from messenger.ui.windows.main_window import MainWindow
from tests.doubles.backend import BackendRecorder
from tests.gui.buddy_fixtures import drained

TIMEOUT = 5.0
JULIET = Address("juliet", "capulet.example")
NURSE = Address("nurse", "capulet.example")


class FakeKeyringStore:
    """TEST DOUBLE of a SecretStore backed by a persistent keyring.

    Keeps passwords in a dict but reports ``persistent=True`` (what
    ``KeyringSecretStore`` says with a working OS keyring), and can switch its
    status the way a keyring that fails mid-session does.
    """

    def __init__(self, status: SecretStorageStatus | None = None) -> None:
        self._passwords: dict[str, str] = {}
        self._listeners: list[Callable[[SecretStorageStatus], None]] = []
        self.status = status or SecretStorageStatus(
            persistent=True, backend="Test keyring"
        )

    def on_status_changed(
        self, callback: Callable[[SecretStorageStatus], None]
    ) -> None:
        self._listeners.append(callback)

    def fail(self, reason: str) -> None:
        self.status = SecretStorageStatus(
            persistent=False, backend="Test keyring", reason=reason
        )
        for listener in self._listeners:
            listener(self.status)

    async def probe(self) -> SecretStorageStatus:
        return self.status

    async def get_password(self, account_id: str) -> str | None:
        return self._passwords.get(account_id)

    async def set_password(self, account_id: str, password: str) -> None:
        self._passwords[account_id] = password

    async def delete_password(self, account_id: str) -> None:
        self._passwords.pop(account_id, None)


@pytest_asyncio.fixture
async def keyring_core(
    tmp_path: Path,
) -> AsyncIterator[tuple[LocalCore, FakeKeyringStore]]:
    secrets = FakeKeyringStore()
    core = LocalCore(SqliteStore(":memory:"), secrets, {}, tmp_path)
    await core.start()
    yield core, secrets
    await core.close()


@pytest_asyncio.fixture
async def online_core(
    tmp_path: Path,
) -> AsyncIterator[tuple[LocalCore, BackendRecorder]]:
    recorder = BackendRecorder()
    backends: dict[ProtocolKind, BackendFactory] = {ProtocolKind.XMPP: recorder}
    core = LocalCore(SqliteStore(":memory:"), MemorySecretStore(), backends, tmp_path)
    await core.start()
    yield core, recorder
    await core.close()


async def shown_window(qtbot: QtBot, core: LocalCore) -> MainWindow:
    window = MainWindow(core)
    qtbot.addWidget(window)
    window.show()
    await window.load()
    return window


async def settle() -> None:
    """Let the core's spawned tasks (connects, intake) run."""
    for _ in range(5):
        await asyncio.sleep(0)


@pytest.mark.asyncio
async def test_first_start_shows_the_welcome_page_with_the_button_focused(
    qtbot: QtBot, core: LocalCore
) -> None:
    window = await shown_window(qtbot, core)

    assert window.windowTitle() == "Messenger"
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.heading.text() == "Welcome to Messenger"
    assert window.welcome.explanation.text()
    button = window.welcome.add_account_button
    assert button.isVisible()
    assert button.text() == "&Add account…"
    assert button.accessibleName()
    assert window.focusWidget() is button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


@pytest.mark.asyncio
async def test_the_menus_offer_add_account_quit_and_about(
    qtbot: QtBot, core: LocalCore
) -> None:
    window = await shown_window(qtbot, core)

    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Messenger", "&Contacts", "&Help"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.add_account_action.text() == "&Add account…"


@pytest.mark.asyncio
async def test_the_keyboard_opens_the_account_wizard(
    qtbot: QtBot, core: LocalCore
) -> None:
    window = await shown_window(qtbot, core)

    QTest.keyClick(window.welcome.add_account_button, Qt.Key.Key_Space)

    dialog = window.findChild(AccountWizard)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.reject()


@pytest.mark.asyncio
async def test_adding_an_account_in_the_wizard_switches_to_the_contact_list(
    qtbot: QtBot, online_core: tuple[LocalCore, BackendRecorder]
) -> None:
    core, _recorder = online_core
    window = await shown_window(qtbot, core)
    window.add_account_action.trigger()
    wizard = window.findChild(AccountWizard)
    assert wizard is not None
    wizard.next()
    assert wizard.currentId() == XMPP_PAGE
    wizard.xmpp_page.address.setText("romeo@montague.example")
    wizard.xmpp_page.password.setText("wherefore-art-thou-7")
    finished = signal_future(wizard.finished)

    wizard.next()  # the connection test adds the account
    assert wizard.currentId() == TEST_PAGE
    async with asyncio.timeout(TIMEOUT):
        await asyncio.gather(*slot_tasks(wizard.test_page))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    async with asyncio.timeout(TIMEOUT):
        (result,) = await finished

    assert result == QDialog.DialogCode.Accepted
    assert window.showing_contacts
    assert window.contact_view.isVisible()
    accounts = (await core.snapshot()).accounts
    assert [a.address for a in accounts] == ["romeo@montague.example"]


@pytest.mark.asyncio
async def test_pages_follow_accounts_added_and_removed_elsewhere(
    qtbot: QtBot, core: LocalCore
) -> None:
    window = await shown_window(qtbot, core)

    account = await core.add_account(ProtocolKind.EMAIL, "romeo@montague.example")
    assert window.showing_contacts
    await core.remove_account(account.id)

    assert window.pages.currentWidget() is window.welcome
    assert window.focusWidget() is window.welcome.add_account_button


@pytest.mark.asyncio
async def test_an_existing_account_opens_on_the_contact_list(
    qtbot: QtBot, core: LocalCore
) -> None:
    await core.add_account(ProtocolKind.XMPP, "romeo@montague.example")
    window = await shown_window(qtbot, core)
    assert window.showing_contacts


@pytest.mark.asyncio
async def test_contacts_and_presence_from_a_backend_show_in_the_list(
    qtbot: QtBot, online_core: tuple[LocalCore, BackendRecorder]
) -> None:
    core, recorder = online_core
    window = await shown_window(qtbot, core)
    account = await core.add_account(ProtocolKind.XMPP, "romeo@montague.example")
    await settle()
    sink = recorder.built[account.id].sink

    await sink.roster_received(
        [
            Contact(account_id=account.id, address=JULIET, name="Juliet"),
            Contact(account_id=account.id, address=NURSE, name="Nurse"),
        ],
        complete=True,
    )
    sink.presences_received(
        [PresenceUpdate(address=NURSE.with_resource("kitchen"), show=Show.AVAILABLE)]
    )
    await settle()
    await drained(window)

    model = window.contacts
    assert model is not None
    group = model.index(0, 0)
    assert group.data() == "Contacts"
    rows = [
        (
            model.index(r, 0, group).data(),
            model.index(r, 0, group).data(ContactRole.SHOW),
        )
        for r in range(model.rowCount(group))
    ]
    assert rows == [("Nurse", "available"), ("Juliet", "offline")]
    juliet = model.index(1, 0, group)
    assert juliet.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed


@pytest.mark.asyncio
async def test_banner_warns_when_passwords_stay_in_memory(
    qtbot: QtBot, core: LocalCore
) -> None:
    window = await shown_window(qtbot, core)

    reason = (await core.snapshot()).secret_storage.reason
    assert window.banner.isVisible()
    assert window.banner.textFormat() == Qt.TextFormat.PlainText
    assert reason == "No system keyring is in use."
    assert window.banner.text() == (
        f"Passwords are not saved. {reason} They are kept in memory until you quit."
    )


@pytest.mark.asyncio
async def test_banner_is_hidden_with_a_persistent_keyring_and_follows_changes(
    qtbot: QtBot, keyring_core: tuple[LocalCore, FakeKeyringStore]
) -> None:
    core, secrets = keyring_core
    window = await shown_window(qtbot, core)
    assert not window.banner.isVisible()

    secrets.fail("<b>D-Bus</b> went away")

    assert window.banner.isVisible()
    assert "<b>D-Bus</b> went away" in window.banner.text()
    assert window.banner.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.asyncio
async def test_bridge_emits_only_events_after_the_snapshot(
    qtbot: QtBot, core: LocalCore
) -> None:
    window = MainWindow(core)
    qtbot.addWidget(window)
    bridge = CoreBridge(core, window)
    seen: list[object] = []
    bridge.setting_changed.connect(seen.append)
    bridge.account_added.connect(seen.append)

    await core.set_setting("before", 1)  # before attach: in the snapshot only
    applied: list[int] = []
    snapshot = await bridge.attach(lambda s: applied.append(len(seen)))
    await core.set_setting("after", 2)
    await core.add_account(ProtocolKind.XMPP, "romeo@montague.example")
    bridge.close()
    await core.set_setting("closed", 3)

    assert snapshot.settings["before"] == 1
    assert applied == [0]  # the snapshot came before any signal
    assert [type(e) for e in seen] == [SettingChanged, AccountAdded]
    assert isinstance(seen[0], SettingChanged)
    assert seen[0].key == "after"


@pytest.mark.asyncio
async def test_raise_and_activate_shows_a_hidden_window(
    qtbot: QtBot, core: LocalCore
) -> None:
    window = await shown_window(qtbot, core)
    window.hide()

    window.raise_and_activate()

    assert window.isVisible()


@pytest.mark.asyncio
async def test_gui_tests_run_on_a_qasync_loop_in_debug_mode() -> None:
    """The conftest's loop factory (slow callbacks fail GUI tests)."""
    loop = asyncio.get_running_loop()
    assert isinstance(loop, qasync.QEventLoop)
    assert loop.get_debug()
    assert loop.slow_callback_duration == 0.05


def _shell(qtbot: QtBot, *, accounts_expected: bool) -> MainWindow:
    """The window as the app shows it for its first frame: no core yet."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_expected_page(accounts_expected=accounts_expected)
    window.show()
    return window


def test_the_shell_of_a_fresh_profile_shows_the_welcome_page(qtbot: QtBot) -> None:
    window = _shell(qtbot, accounts_expected=False)

    assert window.core is None
    assert window.bridge is None
    assert window.contacts is None
    assert window.pages.currentWidget() is window.welcome
    assert window.focusWidget() is window.welcome.add_account_button
    heading = window.welcome.heading
    assert heading.alignment() == Qt.AlignmentFlag.AlignCenter
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert window.banner.textFormat() == Qt.TextFormat.PlainText
    assert not window.banner.isVisible()
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Messenger",
        "&Contacts",
        "&Help",
    ]
    assert not window.add_contact_action.isEnabled()  # until attached


def test_the_shell_of_a_used_profile_shows_the_contact_list(qtbot: QtBot) -> None:
    window = _shell(qtbot, accounts_expected=True)

    assert window.showing_contacts
    assert window.contact_view.isVisible()
    assert window.contact_view.model() is None  # empty until attached


@pytest.mark.asyncio
async def test_the_shell_attached_later_draws_the_snapshot(
    qtbot: QtBot, core: LocalCore
) -> None:
    await core.add_account(ProtocolKind.XMPP, "romeo@montague.example")
    window = _shell(qtbot, accounts_expected=False)
    populated = signal_future(window.populated)

    window.attach(core)
    await window.load()

    assert populated.done()
    assert window.core is core
    assert window.showing_contacts
    with pytest.raises(RuntimeError):
        window.attach(core)


@pytest.mark.asyncio
async def test_load_without_a_core_is_an_error(qtbot: QtBot) -> None:
    window = _shell(qtbot, accounts_expected=False)
    with pytest.raises(RuntimeError):
        await window.load()
    window.shutdown()  # harmless without a core


@pytest.mark.asyncio
async def test_add_account_chosen_before_the_snapshot_opens_once_it_is_drawn(
    qtbot: QtBot, core: LocalCore
) -> None:
    window = _shell(qtbot, accounts_expected=False)

    window.add_account_action.trigger()
    assert window.findChild(AccountWizard) is None
    window.attach(core)
    window.add_account_action.trigger()  # asked twice: still one wizard
    assert window.findChild(AccountWizard) is None
    await window.load()

    dialogs = window.findChildren(AccountWizard)
    assert len(dialogs) == 1
    assert dialogs[0].isVisible()
    dialogs[0].reject()


@pytest_asyncio.fixture
async def unchecked_keyring_core(
    tmp_path: Path,
) -> AsyncIterator[tuple[LocalCore, FakeKeyringStore]]:
    """A core whose keyring has not answered the probe yet."""
    secrets = FakeKeyringStore(
        SecretStorageStatus(
            persistent=False,
            backend="none",
            reason="The system keyring has not been checked yet.",
            checked=False,
        )
    )
    core = LocalCore(SqliteStore(":memory:"), secrets, {}, tmp_path)
    await core.start()
    yield core, secrets
    await core.close()


@pytest.mark.asyncio
async def test_banner_stays_hidden_until_the_keyring_has_been_checked(
    qtbot: QtBot, unchecked_keyring_core: tuple[LocalCore, FakeKeyringStore]
) -> None:
    core, secrets = unchecked_keyring_core
    window = await shown_window(qtbot, core)
    assert not window.banner.isVisible()

    secrets.fail("No system keyring was found.")  # the probe's answer

    assert window.banner.isVisible()
    assert "No system keyring was found." in window.banner.text()


_SHELL_IMPORTS = """
import sys
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication

app = QApplication([])
from messenger.ui.windows.main_window import MainWindow

window = MainWindow()
window.show_expected_page(accounts_expected=sys.argv[1] == "1")
window.show()
app.processEvents()
heavy = ("asyncio", "qasync", "messenger.core", "messenger.ui.bridge",
         "messenger.ui.models", "messenger.ui.aio", "messenger.storage")
print(sorted(m for m in sys.modules if m.startswith(heavy)))
# PySide6 builds its whole Qt namespace (every enum in it) on first use.
print("Qt namespace built:", "Qt" in vars(QtCore))
"""


@pytest.mark.parametrize("accounts_expected", ["0", "1"])
def test_the_shell_imports_no_core_and_builds_no_qt_namespace(
    accounts_expected: str,
) -> None:
    """What the app's first frame waits for: PySide6 and the shell, no more."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_SHELL_IMPORTS), accounts_expected],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\nQt namespace built: False\n"


@pytest.mark.asyncio
async def test_shutdown_closes_the_wizard_without_asking(
    qtbot: QtBot, online_core: tuple[LocalCore, BackendRecorder]
) -> None:
    core, recorder = online_core
    recorder.options["auto_online"] = False  # the test page keeps waiting
    window = await shown_window(qtbot, core)
    window.add_account_action.trigger()
    wizard = window.findChild(AccountWizard)
    assert wizard is not None
    wizard.next()
    wizard.xmpp_page.address.setText("romeo@montague.example")
    wizard.xmpp_page.password.setText("wherefore-art-thou-7")
    assert window.bridge is not None
    added = signal_future(window.bridge.account_added)
    wizard.next()
    async with asyncio.timeout(TIMEOUT):
        await added
    await settle()
    assert wizard.account is not None  # added, not connected yet

    window.shutdown()

    assert not wizard.isVisible()
    assert wizard.cleanup_box is None  # no "keep the account?" at shutdown
    assert slot_tasks(wizard.test_page) == frozenset() or all(
        task.cancelling() for task in slot_tasks(wizard.test_page)
    )
