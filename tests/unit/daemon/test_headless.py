# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``messenger daemon`` runs without Qt and shuts down cleanly on SIGTERM."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = """
import os, signal, sys, threading, time
from pathlib import Path

runtime = Path(os.environ["XDG_RUNTIME_DIR"]) / "messenger"

def stop_when_listening():
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if list(runtime.glob("core-*.sock")):
            os.kill(os.getpid(), signal.SIGTERM)
            return
        time.sleep(0.02)

threading.Thread(target=stop_when_listening, daemon=True).start()
from messenger.cli import main
status = main(["daemon", "--profile", sys.argv[1]])
qt = sorted(m for m in ("PySide6", "shiboken6", "qasync") if m in sys.modules)
print("status", status, "qt", qt, "left", sorted(p.name for p in runtime.iterdir()))
"""


def test_the_daemon_never_imports_qt_and_stops_on_sigterm(
    tmp_path: Path, short_dir: Path
) -> None:
    env = dict(os.environ, XDG_RUNTIME_DIR=str(short_dir), PYTHONFAULTHANDLER="1")
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCRIPT), str(tmp_path / "profile")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "messenger daemon ready" in result.stdout
    assert "status 0 qt [] left []" in result.stdout, result.stdout + result.stderr
    assert oct((short_dir / "messenger").stat().st_mode & 0o777) == "0o700"
