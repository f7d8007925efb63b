# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The Contact info dialog: loading, the profile, clients, errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from messenger.core.errors import CoreError
from messenger.core.model import Address
from messenger.core.model import ContactInfo
from messenger.core.model import ErrorCode
from messenger.core.model import ResourceInfo
from messenger.ui.dialogs.contact_info import ContactInfoDialog
from tests.gui.buddy_fixtures import JULIET
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import png
from tests.gui.buddy_fixtures import sha1
from tests.gui.buddy_fixtures import slots_done


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


def make_dialog(env: Env, qtbot: QtBot) -> ContactInfoDialog:
    dialog = ContactInfoDialog(env.core, env.account.id, JULIET, "Juliet")
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


@pytest.mark.asyncio
async def test_the_profile_clients_and_picture_are_shown_as_plain_text(
    env: Env, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    picture = png(40, 30, "#c03030")
    await env.roster(env.contact(JULIET, "Juliet"))
    await env.sink.avatar_received(JULIET, sha1(picture), picture)
    balcony = datetime(2026, 7, 14, 23, 30, tzinfo=timezone(timedelta(hours=2)))
    info = ContactInfo(
        address=JULIET,
        full_name="<b>Juliet</b> Capulet",
        nickname="Jules",
        emails=("juliet@capulet.example", "j@verona.example"),
        url="https://capulet.example/<script>",
        note="Line one\nLine two \u202egnp.exe",
        avatar_hash=sha1(picture),
        resources=(
            ResourceInfo(
                resource="balcony",
                client_name="Gajim",
                client_version="1.9",
                os="Linux",
                local_time=balcony,
                idle_since=datetime(2026, 7, 14, 21, 0, tzinfo=UTC),
            ),
        ),
    )

    async def fetch(address: Address) -> ContactInfo:
        assert address == JULIET
        return info

    monkeypatch.setattr(env.backend, "fetch_contact_info", fetch)
    dialog = make_dialog(env, qtbot)
    dialog.refresh()
    assert dialog.state.text() == "Loading…"
    await slots_done(dialog)

    assert not dialog.state.isVisible()
    values = dialog.values
    assert values["full_name"].text() == "<b>Juliet</b> Capulet"
    assert values["emails"].text() == "juliet@capulet.example\nj@verona.example"
    assert values["note"].text() == "Line one\nLine two gnp.exe"
    assert values["url"].text() == "https://capulet.example/<script>"
    assert all(v.textFormat() == Qt.TextFormat.PlainText for v in values.values())
    assert "phones" not in values  # empty fields are left out
    item = dialog.resources.topLevelItem(0)
    assert item is not None
    assert [item.text(c) for c in range(4)] == ["balcony", "Gajim", "1.9", "Linux"]
    assert item.text(4).endswith("(UTC+02:00)")
    assert "23" in item.text(4) or "11" in item.text(4)
    assert item.text(5)
    assert dialog.avatar.pixmap() is not None
    assert not dialog.avatar.pixmap().isNull()


@pytest.mark.asyncio
async def test_an_error_is_shown_with_try_again(
    env: Env, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def fail(address: Address) -> ContactInfo:
        raise CoreError(ErrorCode.TIMEOUT, str(address))

    monkeypatch.setattr(env.backend, "fetch_contact_info", fail)
    dialog = make_dialog(env, qtbot)
    dialog.refresh()
    await slots_done(dialog)

    assert dialog.state.text() == "The server did not answer in time."
    assert dialog.retry.isVisible()
    monkeypatch.undo()
    dialog.retry.click()
    await slots_done(dialog)
    assert not dialog.retry.isVisible()
    assert dialog.values["full_name"].text() == f"Info of {JULIET}"


@pytest.mark.asyncio
async def test_an_account_without_contact_info_says_so(env: Env, qtbot: QtBot) -> None:
    await env.core.disconnect_account(env.account.id)
    dialog = make_dialog(env, qtbot)
    dialog.refresh()
    await slots_done(dialog)
    assert dialog.state.text() == "The account is not connected."
    dialog.reject()
