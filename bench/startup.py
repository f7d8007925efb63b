# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Cold start to a window on screen, against a bare PySide6 window (the floor).

Each round starts, alternately, ``python -m messenger --smoke-test`` on a fresh
profile and a minimal PySide6 script that shows an empty QMainWindow, and times
each from spawn. Both run offscreen. For messenger two moments are taken:

- ``first_frame``: the ``first-frame`` line on stderr
  (``MESSENGER_TRACE_STARTUP=1``), printed once the window shell has painted;
- ``ready``: the ``ready`` line on stdout, once the window shows the core's
  snapshot (a functional start).

The bare script prints ``ready`` once its window is shown. The budget
(<= 1.5x) is about ``first_frame`` against the bare window: both are "cold
start to a window on screen". ``ready`` is reported next to it.

Both programs run with bytecode caching (``PYTHONDONTWRITEBYTECODE`` is removed
from their environment) and are warmed up once each, so ``.pyc`` files exist, as
they do in a user's install.

``--executable PATH`` times that messenger executable instead of
``python -m messenger``: the PyInstaller bundle's
(``build/pyinstaller/dist/messenger/messenger``) or an installed one
(``/usr/bin/messenger`` of the .deb). The size of the folder it is in is
reported as well (the bundle's size).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench.common import emit
from bench.common import machine
from bench.common import percentile

BUDGET = 1.5
TIMEOUT = 30.0
TRACE_ENV = "MESSENGER_TRACE_STARTUP"

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(300, 600)
window.show()
app.processEvents()
print("ready", flush=True)
"""


@dataclass(frozen=True, slots=True)
class Timing:
    """Seconds from spawn to each line (``first_frame`` None if never printed)."""

    ready: float
    first_frame: float | None


def _read_stderr(
    process: subprocess.Popen[str], start: float, seen: dict[str, float]
) -> None:
    """Drain stderr (so the child never blocks on it), noting ``first-frame``."""
    assert process.stderr is not None
    for line in process.stderr:
        if line.startswith("first-frame") and "first_frame" not in seen:
            seen["first_frame"] = time.perf_counter() - start


def _time_start(command: list[str], env: dict[str, str]) -> Timing:
    seen: dict[str, float] = {}
    start = time.perf_counter()
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        reader = threading.Thread(
            target=_read_stderr, args=(process, start, seen), daemon=True
        )
        reader.start()
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("ready"):
                ready = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"{command[:3]} never printed ready")
        process.wait(timeout=TIMEOUT)
        reader.join(TIMEOUT)
    if process.returncode != 0:
        raise RuntimeError(f"{command[:3]} exited with {process.returncode}")
    return Timing(ready=ready, first_frame=seen.get("first_frame"))


def child_env() -> dict[str, str]:
    """Offscreen, start-up tracing on, bytecode caching on (as in an install)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env[TRACE_ENV] = "1"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _summary(values: list[float]) -> dict[str, object]:
    return {
        "rounds": len(values),
        "median_s": round(statistics.median(values), 4),
        "p90_s": round(percentile(values, 90), 4),
        "min_s": round(min(values), 4),
    }


def _folder_bytes(folder: Path) -> int:
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench startup")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument(
        "--executable",
        type=Path,
        help="time this messenger executable instead of python -m messenger",
    )
    args = parser.parse_args(argv)
    env = child_env()
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    program: list[str] = [sys.executable, "-m", "messenger"]
    if args.executable is not None:
        # Through symlinks (/usr/bin/messenger): the folder is the bundle's.
        executable = Path(shutil.which(args.executable) or args.executable).resolve()
        program = [str(executable)]
        emit(
            "startup",
            "bundle_size",
            path=str(executable.parent),
            megabytes=round(_folder_bytes(executable.parent) / 1e6, 1),
        )
    messenger: list[Timing] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:

        def messenger_command(name: str) -> list[str]:
            profile = Path(tmp) / name
            return [*program, "--smoke-test", "--profile", str(profile)]

        # One warm-up of each: .pyc files get written, and the page cache
        # holds Qt for both alike.
        _time_start(bare_command, env)
        _time_start(messenger_command("warm-up"), env)
        for round_ in range(args.rounds):
            messenger.append(_time_start(messenger_command(f"p{round_}"), env))
            bare.append(_time_start(bare_command, env).ready)
    frames = [t.first_frame for t in messenger if t.first_frame is not None]
    ready = [t.ready for t in messenger]
    bare_median = statistics.median(bare)
    label = {"program": " ".join(program)}
    if frames:
        emit("startup", "messenger_first_frame", **label, **_summary(frames))
    emit("startup", "messenger_ready", **label, **_summary(ready))
    emit("startup", "bare_pyside6_window", **_summary(bare))
    emit(
        "startup",
        "ratio",
        first_frame_ratio=(
            round(statistics.median(frames) / bare_median, 3) if frames else None
        ),
        ready_ratio=round(statistics.median(ready) / bare_median, 3),
        budget=BUDGET,
        budget_applies_to="first_frame_ratio",
        **machine(),
    )
    return 0
