# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Helpers shared by the benchmarks: JSON output and percentiles."""

from __future__ import annotations

import json
import os
import platform
import sys
from collections.abc import Sequence


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0..100) by nearest rank."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def machine() -> dict[str, object]:
    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(terse=True),
    }


def emit(benchmark: str, name: str, **figures: object) -> None:
    """Print one result as a JSON object on its own line."""
    print(json.dumps({"benchmark": benchmark, "result": name, **figures}), flush=True)
    sys.stdout.flush()
