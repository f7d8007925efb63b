# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Remote attach to a daemon process over TLS, set up with the command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from messenger.daemon.client import AttachError
from messenger.daemon.client import AttachFailure
from messenger.daemon.client import RemoteCore
from messenger.daemon.client import RemoteTarget
from tests.integration.daemon.conftest import Daemon
from tests.testbed.ports import free_ports


def enabled_daemon(
    daemon_env: dict[str, str], tmp_path: Path
) -> tuple[Daemon, int, str, str]:
    """A daemon with remote attach on: (daemon, port, fingerprint, credential)."""
    (port,) = free_ports(1)
    core = Daemon(tmp_path / "core-profile", daemon_env)
    result = core.cli("daemon", "remote", "enable", "--listen", f"127.0.0.1:{port}")
    assert result.returncode == 0, result.stderr
    fingerprint = re.search(r"fingerprint: +(\S+)", result.stdout)
    credential = re.search(r"credential: +(\S+)", result.stdout)
    assert fingerprint is not None
    assert credential is not None
    assert (
        oct((core.profile.root / "remote" / "core.key").stat().st_mode & 0o777)
        == "0o600"
    )
    assert (
        credential.group(1).split(":")[1]
        not in (core.profile.root / "remote" / "remote.json").read_text()
    )
    core.start()
    return core, port, fingerprint.group(1), credential.group(1)


@pytest.mark.asyncio
async def test_remote_attach_with_pairing_and_refusals(
    daemon_env: dict[str, str], tmp_path: Path
) -> None:
    core, port, fingerprint, credential = enabled_daemon(daemon_env, tmp_path)
    address = f"127.0.0.1:{port}"
    ui = Daemon(tmp_path / "ui-profile", daemon_env)  # only for its cli()
    try:
        paired = ui.cli(
            "pair",
            address,
            "--fingerprint",
            fingerprint,
            "--credential-stdin",
            stdin=credential + "\n",
        )
        assert paired.returncode == 0, paired.stderr
        status = ui.cli("status", "--attach", address)
        assert status.returncode == 0, status.stderr
        assert status.stdout.startswith("available")
        changed = ui.cli("status", "away", "--attach", address)
        assert changed.returncode == 0, changed.stderr
        assert core.cli("status").stdout.startswith("away")  # the core's local view

        good = RemoteTarget(
            host="127.0.0.1", port=port, credential=credential, fingerprint=fingerprint
        )
        remote_ui = RemoteCore(good)
        await remote_ui.start()
        assert (await remote_ui.snapshot()).own_presence.show.value == "away"
        await remote_ui.close()

        ui_id, secret = credential.split(":", 1)
        for target, failure in (
            (
                RemoteTarget(
                    host="127.0.0.1",
                    port=port,
                    credential=f"{ui_id}:{secret[::-1]}",
                    fingerprint=fingerprint,
                ),
                AttachFailure.AUTH_FAILED,
            ),
            (
                RemoteTarget(
                    host="127.0.0.1",
                    port=port,
                    credential=credential,
                    fingerprint="AA:" * 31 + "AA",
                ),
                AttachFailure.CERTIFICATE_CHANGED,
            ),
        ):
            client = RemoteCore(target, reconnect=False)
            with pytest.raises(AttachError) as caught:
                await client.start()
            await client.close()
            assert caught.value.failure is failure

        repaired = ui.cli(
            "pair",
            address,
            "--fingerprint",
            "BB:" * 31 + "BB",
            "--credential-stdin",
            stdin=credential + "\n",
        )
        assert repaired.returncode == 0
        refused = ui.cli("status", "--attach", address)
        assert refused.returncode == 1
        assert "certificate" in refused.stderr
        assert "changed" in refused.stderr

        ui.cli(
            "pair",
            address,
            "--fingerprint",
            fingerprint,
            "--credential-stdin",
            stdin=credential + "\n",
        )
        revoked = core.cli("daemon", "remote", "revoke", ui_id)
        assert revoked.returncode == 0, revoked.stderr
        locked_out = ui.cli("status", "--attach", address)
        assert locked_out.returncode == 1
        assert "credential" in locked_out.stderr
        listed = core.cli("daemon", "remote", "list")
        assert ui_id not in listed.stdout
    finally:
        assert core.stop() == 0, core.log


def test_remote_attach_is_off_by_default(
    daemon_env: dict[str, str], tmp_path: Path
) -> None:
    core = Daemon(tmp_path / "plain", daemon_env)
    core.start()
    try:
        listed = core.cli("daemon", "remote", "list")
        assert listed.stdout.startswith("Remote attach is off")
        assert "Remote UIs may attach" not in core.log
    finally:
        assert core.stop() == 0
