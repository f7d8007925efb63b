# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Account states and contact requests in the notice strip, and their fixes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from messenger.core.model import Address
from messenger.core.model import ConnectionState
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.ui.aio import signal_future
from messenger.ui.dialogs.account_editor import AccountEditorDialog
from messenger.ui.dialogs.account_editor import PasswordDialog
from messenger.ui.dialogs.certificate_trust import CertificateTrustDialog
from messenger.ui.dialogs.subscription_request import SubscriptionRequestDialog
from messenger.ui.widgets.errors import command_error_text
from messenger.ui.widgets.errors import connection_error_text
from messenger.ui.widgets.notice_strip import NoticeStrip
from messenger.ui.windows.main_window import MainWindow
from tests.gui.buddy_fixtures import JULIET
from tests.gui.buddy_fixtures import TIMEOUT
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import drained
from tests.gui.buddy_fixtures import settle

FINGERPRINT = "SHA256:" + ":".join(["AB"] * 32)


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


def strip(env: Env) -> NoticeStrip:
    assert env.window.notices is not None
    return env.window.notices


def account_key(env: Env) -> str:
    return f"account:{env.account.id}"


def texts(env: Env, key: str) -> tuple[str, str]:
    labels = strip(env).labels(key)
    assert labels is not None, f"no notice {key}"
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText
    return labels[0].text(), labels[1].text()


def fail(env: Env, code: ErrorCode, **error: str) -> None:
    env.sink.connection_changed(ConnectionState.FAILED, ErrorInfo(code=code, **error))


def press(env: Env, key: str, action: str) -> None:
    button = strip(env).button(key, action)
    assert button is not None, f"no {action} on {key}"
    button.click()


@pytest.mark.asyncio
async def test_an_online_account_has_no_notice(env: Env) -> None:
    assert strip(env).notice_keys() == []
    assert not strip(env).isVisible()


@pytest.mark.asyncio
async def test_a_connecting_account_says_so(env: Env) -> None:
    env.sink.connection_changed(ConnectionState.CONNECTING)
    assert texts(env, account_key(env)) == ("Romeo", "Connecting…")
    assert strip(env).isVisible()
    env.sink.connection_changed(ConnectionState.ONLINE)
    assert strip(env).notice_keys() == []


@pytest.mark.asyncio
async def test_a_wrong_password_leads_to_the_password_dialog(env: Env) -> None:
    fail(env, ErrorCode.AUTH_FAILED)
    title, text = texts(env, account_key(env))
    assert title == "\u2068Romeo\u2069 is not connected"
    assert text == "The server did not accept the password."
    assert strip(env).button(account_key(env), "edit") is not None

    press(env, account_key(env), "password")
    dialog = env.window.findChild(PasswordDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    dialog.password.setText("wherefore-7")
    finished = signal_future(dialog.finished)
    dialog.ok_button.click()
    async with asyncio.timeout(TIMEOUT):
        await finished
    await settle()

    assert await env.backend.context.get_password() == "wherefore-7"
    assert env.backend.calls == [("connect", None)]  # a new session
    assert strip(env).notice_keys() == []


@pytest.mark.asyncio
async def test_an_empty_password_is_not_sent(env: Env) -> None:
    fail(env, ErrorCode.NO_PASSWORD)
    press(env, account_key(env), "password")
    dialog = env.window.findChild(PasswordDialog)
    assert dialog is not None

    dialog.ok_button.click()
    await drained(env.window)

    assert dialog.isVisible()
    assert dialog.error.text() == "Enter the password."
    dialog.reject()


@pytest.mark.asyncio
async def test_an_untrusted_certificate_can_be_pinned(env: Env) -> None:
    fail(
        env,
        ErrorCode.CERTIFICATE_UNTRUSTED,
        detail="<b>self-signed</b> certificate",
        fingerprint=FINGERPRINT,
    )
    assert texts(env, account_key(env))[1] == connection_error_text(
        ErrorCode.CERTIFICATE_UNTRUSTED
    )

    press(env, account_key(env), "certificate")
    dialog = env.window.findChild(CertificateTrustDialog)
    assert dialog is not None
    assert dialog.fingerprint.text() == FINGERPRINT
    assert dialog.fingerprint.textFormat() == Qt.TextFormat.PlainText
    assert dialog.detail.text() == "<b>self-signed</b> certificate"
    assert dialog.detail.textFormat() == Qt.TextFormat.PlainText
    assert dialog.ok_button.text() == "&Trust this certificate"
    finished = signal_future(dialog.finished)
    dialog.ok_button.click()
    async with asyncio.timeout(TIMEOUT):
        await finished

    account = (await env.core.snapshot()).accounts[0]
    assert account.settings["pinned_fingerprint"] == FINGERPRINT


@pytest.mark.asyncio
async def test_a_certificate_without_fingerprint_offers_the_settings(env: Env) -> None:
    fail(env, ErrorCode.CERTIFICATE_UNTRUSTED, detail="cannot read ca_file")
    assert strip(env).button(account_key(env), "certificate") is None
    press(env, account_key(env), "edit")
    dialog = env.window.findChild(AccountEditorDialog)
    assert dialog is not None
    dialog.reject()


@pytest.mark.asyncio
async def test_reconnect_connects_again(env: Env) -> None:
    fail(env, ErrorCode.TIMEOUT)
    assert texts(env, account_key(env))[1] == "The server did not answer in time."
    env.backend.calls.clear()

    press(env, account_key(env), "reconnect")
    await drained(env.window)

    assert ("connect", None) in env.backend.calls
    assert strip(env).notice_keys() == []


@pytest.mark.asyncio
async def test_settings_errors_offer_the_editor_first(env: Env) -> None:
    fail(env, ErrorCode.HOST_NOT_FOUND)
    notice = strip(env).notice(account_key(env))
    assert notice is not None
    assert [a for a, _ in notice.actions] == ["edit", "reconnect"]

    press(env, account_key(env), "edit")
    press(env, account_key(env), "edit")  # asked twice: one dialog
    assert len(env.window.findChildren(AccountEditorDialog)) == 1


@pytest.mark.asyncio
async def test_offline_by_choice_or_disabled_shows_nothing(env: Env) -> None:
    env.sink.connection_changed(ConnectionState.OFFLINE)
    assert strip(env).notice_keys() == []
    env.sink.connection_changed(
        ConnectionState.OFFLINE, ErrorInfo(code=ErrorCode.CONFLICT)
    )
    assert texts(env, account_key(env))[1] == connection_error_text(ErrorCode.CONFLICT)
    await env.core.set_account_enabled(env.account.id, False)
    assert strip(env).notice_keys() == []


def test_every_error_code_has_its_own_sentence() -> None:
    sentences = {code: connection_error_text(code) for code in ErrorCode}
    assert all(s.endswith(".") for s in sentences.values())
    assert len(set(sentences.values())) == len(ErrorCode)
    assert connection_error_text(None)
    for code in ErrorCode:
        assert command_error_text(code).endswith(".")


@pytest.mark.asyncio
async def test_a_contact_request_is_a_notice_that_opens_its_dialog(env: Env) -> None:
    env.sink.subscription_requested(JULIET, "<i>it is the east</i>")
    key = f"request:{env.account.id}\n{JULIET}"
    title, text = texts(env, key)
    assert title == "\u2068juliet@capulet.example\u2069 asks to see your status"
    assert text == "<i>it is the east</i>"

    press(env, key, "review")
    dialog = env.window.findChild(SubscriptionRequestDialog)
    assert dialog is not None
    assert dialog.message.text() == "<i>it is the east</i>"
    finished = signal_future(dialog.finished)
    dialog.approve.click()
    async with asyncio.timeout(TIMEOUT):
        await finished

    assert env.backend.calls[-1] == ("answer_subscription", (JULIET, True))
    assert key not in strip(env).notice_keys()


@pytest.mark.asyncio
async def test_many_requests_are_summed_up(env: Env) -> None:
    people = [Address(f"suitor{i}", "verona.example") for i in range(5)]
    for person in people:
        env.sink.subscription_requested(person, "")

    keys = strip(env).notice_keys()
    assert len([k for k in keys if k.startswith("request:")]) == 3
    # English plurals come from a translation ("%n ... request(s)" without).
    assert texts(env, "requests-more")[0] == "2 more contact request(s)"
    press(env, "requests-more", "review")
    dialog = env.window.findChild(SubscriptionRequestDialog)
    assert dialog is not None
    assert dialog.address == people[3]
    dialog.reject()


@pytest.mark.asyncio
async def test_requests_and_failures_in_the_snapshot_show_at_start(
    env: Env, qtbot: QtBot
) -> None:
    env.sink.subscription_requested(JULIET, "")
    fail(env, ErrorCode.AUTH_FAILED)

    second = MainWindow(env.core)
    qtbot.addWidget(second)
    await second.load()

    assert second.notices is not None
    assert set(second.notices.notice_keys()) == {
        account_key(env),
        f"request:{env.account.id}\n{JULIET}",
    }
    second.shutdown()


@pytest.mark.asyncio
async def test_the_accounts_menu_opens_the_editor(env: Env) -> None:
    menu = env.window.accounts_menu
    menu.aboutToShow.emit()
    actions = [a for a in menu.actions() if a.text()]
    assert [a.text() for a in actions] == ["Romeo"]
    actions[0].trigger()
    dialog = env.window.findChild(AccountEditorDialog)
    assert dialog is not None
    assert dialog.address.text() == "romeo@montague.example"
    dialog.reject()


@pytest.mark.asyncio
async def test_a_request_answered_elsewhere_disappears_here(env: Env) -> None:
    """Another UI attached to the same core answers: this one stops asking."""
    env.sink.subscription_requested(JULIET, "")
    key = f"request:{env.account.id}\n{JULIET}"
    assert key in strip(env).notice_keys()
    # Not through this window: straight through the core, as another UI would.
    await env.core.answer_subscription(env.account.id, JULIET, approve=False)
    assert key not in strip(env).notice_keys()
    assert env.backend.calls[-1] == ("answer_subscription", (JULIET, False))
