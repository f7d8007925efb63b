# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The GUI process picks its core: attaches to a running daemon, else embeds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.integration.daemon.conftest import TIMEOUT
from tests.integration.daemon.conftest import Daemon


def gui(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "messenger",
            "--smoke-test",
            "--log-level",
            "info",
            *args,
        ],
        capture_output=True,
        text=True,
        env=dict(env, QT_QPA_PLATFORM="offscreen"),
        timeout=TIMEOUT,
        check=False,
    )


def test_a_gui_start_attaches_to_the_running_daemon(daemon: Daemon) -> None:
    result = gui(daemon.env, "--profile", str(daemon.profile.root))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ready ")
    assert "attaching to local" in result.stderr
    assert "Client messenger GUI@local attached" in daemon.log


def test_attach_without_a_core_is_a_clear_error(
    daemon_env: dict[str, str], tmp_path: Path
) -> None:
    result = gui(daemon_env, "--attach", "--profile", str(tmp_path / "nothing"))
    assert result.returncode == 1
    assert "No core is running for the profile" in result.stderr


def test_attach_to_an_unpaired_remote_core_is_a_clear_error(
    daemon_env: dict[str, str], tmp_path: Path
) -> None:
    result = gui(
        daemon_env, "--attach", "127.0.0.1:9", "--profile", str(tmp_path / "ui")
    )
    assert result.returncode == 1
    assert "not paired with 127.0.0.1:9" in result.stderr
