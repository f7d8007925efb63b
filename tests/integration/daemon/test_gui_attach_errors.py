# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A GUI process that cannot reach its core says why in a dialog, then exits 1.

Real processes (``python -m messenger --smoke-test --attach ...``, offscreen):
a smoke test shows the dialog and closes it at once, and logs which kind it
showed. Pairings go to the test bed's Secret Service, as a user's would.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.integration.daemon.conftest import TIMEOUT
from tests.integration.daemon.conftest import Daemon
from tests.integration.daemon.test_remote_attach import enabled_daemon
from tests.testbed.ports import free_ports

SHOWN = "Showed the attach error ({})"
MESSENGER = [sys.executable, "-m", "messenger"]


def gui(
    env: dict[str, str], *args: str, display: bool = True
) -> subprocess.CompletedProcess[str]:
    """A smoke-test GUI start, offscreen (``display`` False: no display at all)."""
    environment = {
        name: value
        for name, value in env.items()
        if name not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    if display:
        environment["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [*MESSENGER, "--smoke-test", "--log-level", "info", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=TIMEOUT,
        check=False,
    )


def pair(ui: Daemon, address: str, fingerprint: str, credential: str) -> None:
    paired = ui.cli(
        "pair",
        address,
        "--fingerprint",
        fingerprint,
        "--credential-stdin",
        stdin=credential + "\n",
    )
    assert paired.returncode == 0, paired.stderr


def test_no_core_running_is_told_without_a_main_window(
    daemon_env: dict[str, str], tmp_path: Path
) -> None:
    result = gui(daemon_env, "--attach", "--profile", str(tmp_path / "nothing"))
    assert result.returncode == 1
    assert SHOWN.format("no_core") in result.stderr
    assert "No core is running for the profile" in result.stderr
    assert "first-frame" not in result.stderr
    assert "ready" not in result.stdout


def test_a_bad_address_and_a_missing_pairing_are_told(
    daemon_env: dict[str, str], tmp_path: Path
) -> None:
    profile = str(tmp_path / "ui")
    bad = gui(daemon_env, "--attach", "home:port", "--profile", profile)
    assert bad.returncode == 1
    assert SHOWN.format("bad_address") in bad.stderr
    unpaired = gui(daemon_env, "--attach", "127.0.0.1:9", "--profile", profile)
    assert unpaired.returncode == 1
    assert SHOWN.format("not_paired") in unpaired.stderr


def test_a_paired_core_that_does_not_answer_is_told_over_the_window(
    daemon_env: dict[str, str], tmp_path: Path
) -> None:
    (port,) = free_ports(1)  # nothing listens there
    ui = Daemon(tmp_path / "ui", daemon_env)  # only for its cli()
    pair(ui, f"127.0.0.1:{port}", "AB:" * 31 + "AB", "ui-0123456789ab:" + "s" * 43)

    result = gui(
        daemon_env, "--attach", f"127.0.0.1:{port}", "--profile", str(ui.profile.root)
    )

    assert result.returncode == 1, result.stderr
    assert SHOWN.format("unreachable") in result.stderr
    assert f"Cannot attach to 127.0.0.1:{port}: no core answers" in result.stderr
    assert "Messenger failed" not in result.stderr  # no traceback: a known failure
    assert "ready" not in result.stdout


def test_a_quit_request_does_not_wait_for_the_user_to_close_the_dialog(
    daemon_env: dict[str, str], tmp_path: Path
) -> None:
    (port,) = free_ports(1)
    ui = Daemon(tmp_path / "ui", daemon_env)
    pair(ui, f"127.0.0.1:{port}", "AB:" * 31 + "AB", "ui-0123456789ab:" + "s" * 43)
    command = [*MESSENGER, "--log-level", "info", "--attach", f"127.0.0.1:{port}"]
    process = subprocess.Popen(
        [*command, "--profile", str(ui.profile.root)],
        stderr=subprocess.PIPE,
        text=True,
        env=dict(daemon_env, QT_QPA_PLATFORM="offscreen"),
    )
    shown = threading.Event()
    lines: list[str] = []

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            lines.append(line)
            if SHOWN.format("unreachable") in line:
                shown.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        assert shown.wait(TIMEOUT), "".join(lines)
        time.sleep(0.2)  # the dialog waits for the user...
        assert process.poll() is None, "".join(lines)
        process.send_signal(signal.SIGTERM)  # ...but the session ends, say
        assert process.wait(TIMEOUT) == 1
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_a_changed_certificate_and_a_revoked_credential_are_told(
    daemon_env: dict[str, str], tmp_path: Path
) -> None:
    core, port, fingerprint, credential = enabled_daemon(daemon_env, tmp_path)
    address = f"127.0.0.1:{port}"
    ui = Daemon(tmp_path / "ui", daemon_env)
    try:
        pair(ui, address, "CD:" * 31 + "CD", credential)
        changed = gui(
            daemon_env, "--attach", address, "--profile", str(ui.profile.root)
        )
        assert changed.returncode == 1
        assert SHOWN.format("certificate_changed") in changed.stderr
        assert fingerprint in changed.stderr  # the detail names what it saw

        pair(ui, address, fingerprint, credential)
        attached = gui(
            daemon_env, "--attach", address, "--profile", str(ui.profile.root)
        )
        assert attached.returncode == 0, attached.stderr
        assert attached.stdout.startswith("ready ")

        revoked = core.cli("daemon", "remote", "revoke", credential.split(":")[0])
        assert revoked.returncode == 0, revoked.stderr
        refused = gui(
            daemon_env, "--attach", address, "--profile", str(ui.profile.root)
        )
        assert refused.returncode == 1
        assert SHOWN.format("auth_failed") in refused.stderr
    finally:
        assert core.stop() == 0, core.log


def test_without_a_display_the_reason_is_logged_and_the_status_kept(
    daemon_env: dict[str, str], tmp_path: Path
) -> None:
    nothing = str(tmp_path / "nothing")
    result = gui(daemon_env, "--attach", "--profile", nothing, display=False)
    assert result.returncode == 1
    assert "No core is running for the profile" in result.stderr
    assert SHOWN.format("no_core") not in result.stderr
