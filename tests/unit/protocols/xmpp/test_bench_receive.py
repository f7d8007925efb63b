# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``bench.xmpp_receive`` still runs (tiny sizes, no server): every result line
is JSON of the expected shape, so the benchmark cannot rot."""

from __future__ import annotations

import json

import pytest

from bench import xmpp_receive


@pytest.mark.parametrize("client", ["ours", "bare", "parse"])
def test_receive_benchmark_runs(
    client: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        xmpp_receive.main(["--client", client, "--messages", "30", "--rounds", "1"])
        == 0
    )

    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["benchmark"] for r in records} == {"xmpp_receive"}
    assert [r["result"] for r in records] == ["machine", "round", "receive"]
    for record in records[1:]:
        assert (record["client"], record["messages"]) == (client, 30)
        for key in ("cpu_per_message_us", "loop_thread_cpu_per_message_us"):
            assert isinstance(record[key], float), key
            assert record[key] > 0, key
