# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The e-mail benchmarks still run: both, at tiny sizes, against real mail servers.

Each benchmark starts a mail server of its own. Figures are not checked (the
machines are shared and noisy), only that every result line is JSON of the
expected shape and that the messages really arrived, so the benchmarks cannot
rot.
"""

from __future__ import annotations

import json

import pytest

from bench import email_latency
from bench import email_sync


def results(out: str) -> dict[str, list[dict[str, object]]]:
    """The printed JSON lines, by their ``result`` name."""
    found: dict[str, list[dict[str, object]]] = {}
    for line in out.splitlines():
        record = json.loads(line)
        found.setdefault(str(record["result"]), []).append(record)
    return found


def test_latency_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--messages", "3", "--rounds", "1", "--no-warm-up"]

    assert email_latency.main(argv) == 0

    found = results(capsys.readouterr().out)
    assert {r["benchmark"] for rs in found.values() for r in rs} == {"email_latency"}
    assert found["machine"][0]["cpus"]
    rounds = found["round"]
    assert [(r["client"], r["mode"]) for r in rounds] == [
        ("bare", "sequential"),
        ("ours", "sequential"),
        ("bare", "burst"),
        ("ours", "burst"),
    ]
    for record in rounds:
        assert record["messages"] == 3
        for key in ("p50_s", "p99_s", "max_s", "submit_p50_s", "cpu_ms_per_msg"):
            assert isinstance(record[key], float), key
        p50, top = record["p50_s"], record["max_s"]
        assert isinstance(p50, float)
        assert isinstance(top, float)
        assert 0 < p50 <= top
    for mode in ("sequential", "burst"):
        (summary,) = found[mode]
        assert summary["messages"] == 3
        for key in (
            "ours_p50_s",
            "ours_p99_s",
            "bare_p50_s",
            "bare_p99_s",
            "ours_added_p50_ms",
            "ours_added_p99_ms",
            "ours_submit_p50_s",
            "bare_submit_p50_s",
        ):
            assert isinstance(summary[key], float), key


def test_sync_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--mails", "60", "--senders", "3", "--own-every", "4", "--profile"]

    assert email_sync.main(argv) == 0

    found = results(capsys.readouterr().out)
    assert {r["benchmark"] for rs in found.values() for r in rs} == {"email_sync"}
    (fill,) = found["fill"]
    assert fill["mails"] == 60
    assert fill["own_mails"] == 15
    (sync,) = found["first_sync"]
    assert sync["stored"] == 60  # every mail became a message in the database
    assert sync["profiled"] is True
    for key in ("online_s", "all_stored_s", "cpu_s", "db_thread_cpu_s"):
        assert isinstance(sync[key], float), key
    for key in ("rss_before_mb", "rss_peak_mb"):
        assert isinstance(sync[key], float), key
    writes = sync["store_writes"]
    assert isinstance(writes, int)
    assert 1 <= writes <= 60
    (profile,) = found["profile"]
    parts = profile["self_s"]
    assert isinstance(parts, dict)
    assert "parse" in parts
    assert isinstance(profile["top"], list)
    assert profile["top"]
