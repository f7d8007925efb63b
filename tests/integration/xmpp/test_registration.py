# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0077 in-band registration through the real core against Prosody."""

from __future__ import annotations

import secrets

import pytest

from messenger.core.events import AccountStatusChanged
from messenger.core.model import ConnectionState
from messenger.core.model import ErrorCode
from tests.integration.xmpp.conftest import MakeUser
from tests.integration.xmpp.helpers import settings_for
from tests.testbed.prosody import ProsodyServer


@pytest.mark.asyncio
async def test_a_new_account_is_registered_once(
    make_user: MakeUser, prosody: ProsodyServer
) -> None:
    name = f"newcomer-{secrets.token_hex(4)}"
    jid, password = f"{name}@{prosody.domain}", secrets.token_urlsafe(12)
    settings = settings_for(prosody, register=True)

    user = await make_user("newcomer", jid=jid, password=password, settings=settings)

    await user.wait_state(ConnectionState.ONLINE, past=True)
    [account] = (await user.core.snapshot()).accounts
    assert account.settings["register"] is False

    await user.restart()  # a new core on the same profile: logs in, no registration
    await user.wait_state(ConnectionState.ONLINE, past=True)
    assert not any(
        isinstance(e, AccountStatusChanged) and e.status.state is ConnectionState.FAILED
        for e in user.events
    )


@pytest.mark.asyncio
async def test_registering_a_taken_name_fails_with_conflict(
    make_user: MakeUser, prosody: ProsodyServer
) -> None:
    taken = await make_user("taken", start=False)  # registered with prosodyctl
    settings = settings_for(prosody, register=True)

    user = await make_user(
        "again", jid=taken.jid, password="another-password", settings=settings
    )

    failed = await user.wait_state(ConnectionState.FAILED, past=True)
    assert failed.status.error is not None
    assert failed.status.error.code is ErrorCode.CONFLICT
    [account] = (await user.core.snapshot()).accounts
    assert account.settings["register"] is True  # still to do, once the user fixes it
