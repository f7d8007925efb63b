# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Fixtures for the XMPP backend against the real Prosody: users with a core."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from collections.abc import Awaitable
from collections.abc import Callable
from pathlib import Path

import pytest_asyncio

from messenger.core.interfaces import BackendFactory
from messenger.core.model import JsonValue
from messenger.protocols.registry import xmpp_factory
from tests.integration.xmpp.helpers import CoreUser
from tests.integration.xmpp.helpers import settings_for
from tests.testbed.fixtures import UserFactory
from tests.testbed.prosody import ProsodyServer

MakeUser = Callable[..., Awaitable[CoreUser]]


@pytest_asyncio.fixture
async def make_user(
    prosody: ProsodyServer, xmpp_user: UserFactory, tmp_path: Path
) -> AsyncIterator[MakeUser]:
    """``await make_user("alice")``: a fresh account, logged in through its own core."""
    async with user_factory(prosody, xmpp_user, tmp_path) as make:
        yield make


@contextlib.asynccontextmanager
async def user_factory(
    server: ProsodyServer, register: UserFactory, tmp_path: Path
) -> AsyncIterator[MakeUser]:
    """Make ``CoreUser``s on ``server``; closes their cores at the end."""
    users: list[CoreUser] = []

    async def make(
        prefix: str = "user",
        *,
        jid: str = "",
        password: str = "",
        settings: dict[str, JsonValue] | None = None,
        start: bool = True,
        enabled: bool = True,
        factory: BackendFactory = xmpp_factory,
    ) -> CoreUser:
        if not jid:
            jid, password = register(prefix)
        user = CoreUser(tmp_path / f"{prefix}{len(users)}", jid, password, factory)
        users.append(user)
        if start:
            await user.start(settings or settings_for(server), enabled=enabled)
        return user

    try:
        yield make
    finally:
        for user in users:
            await user.close()
