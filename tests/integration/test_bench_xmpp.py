# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The XMPP benchmarks still run: both, at tiny sizes, against real Prosodys.

Figures are not checked (the machines are shared and noisy), only that every
result line is JSON of the expected shape, so the benchmarks cannot rot.
"""

from __future__ import annotations

import json

import pytest

from bench import xmpp_burst
from bench import xmpp_login


def results(out: str) -> dict[str, list[dict[str, object]]]:
    """The printed JSON lines, by their ``result`` name."""
    found: dict[str, list[dict[str, object]]] = {}
    for line in out.splitlines():
        record = json.loads(line)
        found.setdefault(str(record["result"]), []).append(record)
    return found


def test_login_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--contacts", "20", "--online", "5", "--rounds", "1", "--no-warm-up"]

    assert xmpp_login.main(argv) == 0

    found = results(capsys.readouterr().out)
    assert {r["benchmark"] for rs in found.values() for r in rs} == {"xmpp_login"}
    assert found["machine"][0]["cpus"]
    rounds = found["round"]
    assert [r["client"] for r in rounds] == ["ours", "ours_caps_known", "bare"]
    for record in rounds:
        assert (record["contacts"], record["online"]) == (20, 5)
        assert isinstance(record["wall_s"], float)
        assert isinstance(record["cpu_s"], float)
    (summary,) = found["login"]
    assert summary["goal_wall_s"] == 1.5
    assert summary["goal_cpu_s"] == 0.5
    for key in ("ours_wall_s", "ours_cpu_s", "bare_wall_s", "ours_ratio_cpu"):
        assert isinstance(summary[key], float), key
    assert isinstance(summary["ours_meets_goal"], bool)
    assert isinstance(summary["ours_caps_known_meets_goal"], bool)


def test_burst_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--messages", "200", "--rounds", "1", "--no-warm-up"]

    assert xmpp_burst.main(argv) == 0

    found = results(capsys.readouterr().out)
    assert {r["benchmark"] for rs in found.values() for r in rs} == {"xmpp_burst"}
    rounds = found["round"]
    assert [r["client"] for r in rounds] == ["ours", "bare"]
    for record in rounds:
        assert record["messages"] == 200
        for key in ("first_to_last_s", "cpu_per_1000_s", "lag_p99_ms"):
            assert isinstance(record[key], float), key
    ours, bare = rounds
    assert isinstance(ours["db_thread_cpu_per_1000_s"], float)
    writes = ours["store_writes"]
    assert isinstance(writes, int)
    assert 1 <= writes <= 200
    assert "store_writes" not in bare
    (summary,) = found["burst"]
    assert summary["goal_ratio_cpu"] == 1.5
    for key in (
        "ours_cpu_per_1000_s",
        "ours_db_thread_cpu_per_1000_s",
        "bare_cpu_per_1000_s",
        "ratio_cpu",
    ):
        assert isinstance(summary[key], float), key
    assert isinstance(summary["meets_goal"], bool)


def test_burst_benchmark_sends_at_a_pace(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--messages", "200", "--rounds", "1", "--no-warm-up", "--pace", "400"]

    assert xmpp_burst.main(argv) == 0

    found = results(capsys.readouterr().out)
    (summary,) = found["burst"]
    assert summary["pace"] == 400
    for record in found["round"]:
        assert record["messages"] == 200
        # 200 messages at 400 a second: half a second from first to last (the
        # first one stored may wait for the worker's gathering, up to 0.15 s);
        # flat out they take about 0.05 s.
        spread = record["first_to_last_s"]
        assert isinstance(spread, float)
        assert 0.25 <= spread < 5.0
