# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The contact request dialog: approve, approve and add, deny, later."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from messenger.ui.aio import signal_future
from messenger.ui.dialogs.subscription_request import SubscriptionRequestDialog
from tests.gui.buddy_fixtures import JULIET
from tests.gui.buddy_fixtures import TIMEOUT
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import slots_done


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


def dialog_for(
    env: Env, qtbot: QtBot, *, is_contact: bool = False
) -> SubscriptionRequestDialog:
    dialog = SubscriptionRequestDialog(
        env.core,
        env.account.id,
        JULIET,
        text="<b>Romeo</b>, doff thy name\u202e!",
        account_label="Romeo",
        is_contact=is_contact,
    )
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


async def answer(dialog: SubscriptionRequestDialog, button: str) -> int:
    finished = signal_future(dialog.finished)
    answered: list[tuple[object, ...]] = []
    dialog.answered.connect(lambda *args: answered.append(args))
    getattr(dialog, button).click()
    async with asyncio.timeout(TIMEOUT):
        (result,) = await finished
    return int(result)


@pytest.mark.asyncio
async def test_the_request_is_shown_as_plain_text(env: Env, qtbot: QtBot) -> None:
    dialog = dialog_for(env, qtbot)
    assert dialog.question.textFormat() == Qt.TextFormat.PlainText
    assert "juliet@capulet.example" in dialog.question.text()
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    # Markup stays text; the bidi override is dropped.
    assert dialog.message.text() == "<b>Romeo</b>, doff thy name!"
    assert dialog.approve_and_add.isVisible()
    dialog.reject()


@pytest.mark.asyncio
async def test_approve(env: Env, qtbot: QtBot) -> None:
    dialog = dialog_for(env, qtbot)
    assert await answer(dialog, "approve") == QDialog.DialogCode.Accepted
    assert env.backend.calls[-1] == ("answer_subscription", (JULIET, True))


@pytest.mark.asyncio
async def test_approve_and_add_also_adds_the_contact(env: Env, qtbot: QtBot) -> None:
    dialog = dialog_for(env, qtbot)
    seen: list[tuple[object, ...]] = []
    dialog.answered.connect(lambda *args: seen.append(args))
    await answer(dialog, "approve_and_add")
    assert env.backend.calls[-2:] == [
        ("answer_subscription", (JULIET, True)),
        ("add_contact", (JULIET, "", ())),
    ]
    assert seen == [(env.account.id, JULIET, True)]


@pytest.mark.asyncio
async def test_deny(env: Env, qtbot: QtBot) -> None:
    dialog = dialog_for(env, qtbot)
    await answer(dialog, "deny")
    assert env.backend.calls[-1] == ("answer_subscription", (JULIET, False))


@pytest.mark.asyncio
async def test_later_answers_nothing(env: Env, qtbot: QtBot) -> None:
    dialog = dialog_for(env, qtbot)
    before = list(env.backend.calls)
    assert await answer(dialog, "later") == QDialog.DialogCode.Rejected
    assert env.backend.calls == before


@pytest.mark.asyncio
async def test_a_contact_already_is_not_offered_to_be_added(
    env: Env, qtbot: QtBot
) -> None:
    dialog = dialog_for(env, qtbot, is_contact=True)
    assert not dialog.approve_and_add.isVisible()
    dialog.reject()


@pytest.mark.asyncio
async def test_a_failure_is_shown_and_the_dialog_stays(env: Env, qtbot: QtBot) -> None:
    dialog = dialog_for(env, qtbot)
    await env.core.disconnect_account(env.account.id)

    dialog.approve.click()
    await slots_done(dialog)

    assert dialog.isVisible()
    assert dialog.error.text() == "The account is not connected."
    assert dialog.approve.isEnabled()
    dialog.reject()
