# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Avatars in the buddy list: loaded on demand, decoded off the loop, cached."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtGui import QColor
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from messenger.core.model import AccountId
from messenger.ui.aio import signal_future
from messenger.ui.models.avatars import AvatarImages
from messenger.ui.models.avatars import decode_avatar
from messenger.ui.models.contacts import ContactRole
from tests.gui.buddy_fixtures import JULIET
from tests.gui.buddy_fixtures import TIMEOUT
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import drained
from tests.gui.buddy_fixtures import png
from tests.gui.buddy_fixtures import sha1


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


def test_decoding_crops_scales_and_refuses_junk() -> None:
    image = decode_avatar(png(120, 60), 32)
    assert image is not None
    assert (image.width(), image.height()) == (32, 32)
    assert image.pixelColor(16, 16) == QColor("#3070c0")
    assert image.pixelColor(0, 0).alpha() == 0  # round
    assert decode_avatar(b"<svg onload=alert(1)>", 32) is None
    assert decode_avatar(b"", 32) is None
    assert decode_avatar(png(5000, 2), 32) is None  # too big to decode


@pytest.mark.asyncio
async def test_a_contact_s_avatar_loads_when_drawn(env: Env) -> None:
    picture = png(64, 64)
    await env.roster(env.contact(JULIET, "Juliet"))
    await env.sink.avatar_received(JULIET, sha1(picture), picture)
    await drained(env.window)
    index = env.index(JULIET)
    assert index.data(ContactRole.AVATAR_HASH) == sha1(picture)
    changed = signal_future(env.model.dataChanged)

    image = index.data(ContactRole.AVATAR)  # the first ask starts the load
    if image is None:  # (painting the row may have asked first)
        async with asyncio.timeout(TIMEOUT):
            top, _bottom, roles = await changed
        assert top == index
        assert roles == [ContactRole.AVATAR]
        image = index.data(ContactRole.AVATAR)
    assert isinstance(image, QImage)
    assert image.width() == 32


@pytest.mark.asyncio
async def test_a_missing_avatar_is_asked_for_once(qtbot: QtBot) -> None:
    asked: list[str] = []

    async def fetch(account_id: AccountId, avatar_hash: str) -> bytes | None:
        asked.append(avatar_hash)
        return None

    images = AvatarImages(fetch, 32)
    assert images.image(AccountId("a"), "ab" * 20) is None
    assert images.image(AccountId("a"), "ab" * 20) is None  # loading
    for _ in range(5):
        await asyncio.sleep(0)
    assert images.image(AccountId("a"), "ab" * 20) is None  # known missing
    assert asked == ["ab" * 20]
    assert images.image(AccountId("a"), "") is None
    images.close()
