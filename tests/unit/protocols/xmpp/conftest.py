# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``session``: a logged-in XMPP backend on a fake transport."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from tests.unit.protocols.xmpp.harness import Session


@pytest_asyncio.fixture
async def session() -> AsyncIterator[Session]:
    started = await Session.start()
    try:
        yield started
    finally:
        await started.close()
