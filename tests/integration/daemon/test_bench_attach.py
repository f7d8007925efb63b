# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The attach benchmark still runs (tiny sizes), so it cannot rot."""

from __future__ import annotations

import json

import pytest

from bench import attach


def test_attach_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    status = attach.main(
        [
            "--contacts",
            "50",
            "--conversations",
            "5",
            "--messages",
            "3",
            "--rounds",
            "1",
            "--events",
            "20",
        ]
    )
    assert status == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["result"] for line in lines] == ["attach", "ui_to_ui", "event"]
    assert lines[0]["usable_s"] >= lines[0]["snapshot_s"] > 0
    assert lines[2]["latency_p99_ms"] >= lines[2]["latency_p50_ms"] > 0
