# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``messenger account add xmpp ...`` then the app's core connects with it.

The command runs as its own process with the password on stdin, storing it in
a real Secret Service (gnome-keyring on a private bus); the core started next
on that profile logs in to the real Prosody with what was provisioned.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from messenger.core.events import AccountStatusChanged
from messenger.core.model import ConnectionState
from messenger.daemon.service import build_local_core
from messenger.storage.paths import Profile
from tests.testbed.fixtures import UserFactory
from tests.testbed.prosody import ProsodyServer
from tests.testbed.secret_service import SecretService

TIMEOUT = 20.0


def provision(
    profile: Path, secrets: SecretService, stdin: str, *argv: str
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        **secrets.env,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
    }
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "messenger",
            "--profile",
            str(profile),
            "account",
            *argv,
        ],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.asyncio
async def test_provisioned_account_connects_on_the_next_start(
    tmp_path: Path,
    prosody: ProsodyServer,
    xmpp_user: UserFactory,
    keyring_env: SecretService,
) -> None:
    jid, password = xmpp_user("provisioned")
    done = await asyncio.to_thread(
        provision,
        tmp_path,
        keyring_env,
        password + "\n",
        "add", "xmpp", jid,
        "--host", prosody.host, "--port", str(prosody.c2s_port),
        "--ca-file", str(prosody.ca_file), "--password-stdin",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"added xmpp account {jid}" in done.stdout
    assert password not in done.stdout + done.stderr

    core = build_local_core(Profile(tmp_path))
    online = asyncio.get_running_loop().create_future()

    def on_status(event: AccountStatusChanged) -> None:
        if event.status.state is ConnectionState.ONLINE and not online.done():
            online.set_result(event.status)
        elif event.status.state is ConnectionState.FAILED and not online.done():
            online.set_exception(AssertionError(f"login failed: {event.status.error}"))

    core.events.subscribe(AccountStatusChanged, on_status)
    await core.start()
    try:
        async with asyncio.timeout(TIMEOUT):
            await online
        [account] = (await core.snapshot()).accounts
        assert account.address == jid
        assert "password" not in str(account.settings).lower()
    finally:
        await core.close()
    files = await asyncio.to_thread(
        lambda: b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    )
    assert password.encode() not in files
