# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Cold start to a usable main window, against a bare PySide6 window (the floor).

Each round starts, alternately, ``python -m messenger --smoke-test`` on a fresh
profile and a minimal PySide6 script that shows an empty QMainWindow, and times
each from spawn until it prints its ``ready`` line. Both run offscreen. The
ratio of medians is the figure the budget (<= 1.5x) is about.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import emit
from bench.common import machine
from bench.common import percentile

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


def _time_until_ready(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("ready"):
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"{command[:3]} never printed ready")
        process.wait(timeout=30)
    if process.returncode != 0:
        raise RuntimeError(f"{command[:3]} exited with {process.returncode}")
    return elapsed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench startup")
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args(argv)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    app: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        # One warm-up of each, so the page cache holds Qt for both alike.
        _time_until_ready([sys.executable, "-c", BARE_WINDOW], env)
        for round_ in range(args.rounds):
            profile = Path(tmp) / f"p{round_}"
            app.append(
                _time_until_ready(
                    [
                        sys.executable,
                        "-m",
                        "messenger",
                        "--smoke-test",
                        "--profile",
                        str(profile),
                    ],
                    env,
                )
            )
            bare.append(_time_until_ready([sys.executable, "-c", BARE_WINDOW], env))
    ratio = statistics.median(app) / statistics.median(bare)
    for name, values in (("messenger", app), ("bare_pyside6_window", bare)):
        emit(
            "startup",
            name,
            rounds=len(values),
            median_s=round(statistics.median(values), 4),
            p90_s=round(percentile(values, 90), 4),
            min_s=round(min(values), 4),
        )
    emit("startup", "ratio", median_ratio=round(ratio, 3), budget=1.5, **machine())
    return 0
