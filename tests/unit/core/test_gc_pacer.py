# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The daemon's garbage collection: off automatically, due generations collected
on the event loop's thread at a steady pace."""

from __future__ import annotations

import asyncio
import gc
import threading

import pytest

from messenger.core.gc_pacer import GcPacer
from messenger.core.gc_pacer import collect_due


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _make_garbage_in_a_thread(count: int) -> None:
    def work() -> None:
        for _ in range(count):
            _Cycle()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()


@pytest.mark.asyncio
async def test_due_generations_are_collected_on_the_loop_only() -> None:
    was_enabled = gc.isenabled()
    pacer = GcPacer(interval=0.05)
    pacer.start()
    try:
        assert not gc.isenabled()
        threshold = gc.get_threshold()[0]
        _make_garbage_in_a_thread(threshold * 5)
        # Nothing collected it in the thread that made it...
        assert gc.get_count()[0] > threshold
        await asyncio.sleep(0.2)
        # ...the pacer's check on the loop did.
        assert gc.get_count()[0] <= threshold
    finally:
        pacer.stop()
        assert gc.isenabled()
        if not was_enabled:
            gc.disable()


def test_nothing_is_collected_before_a_threshold_is_passed() -> None:
    gc.collect()
    assert collect_due((10**9, 10**9, 10**9)) == -1
    assert collect_due((0, 10**9, 10**9)) in {-1, 0}


@pytest.mark.asyncio
async def test_stop_turns_automatic_collection_back_on() -> None:
    was_enabled = gc.isenabled()
    gc.enable()
    pacer = GcPacer()
    pacer.start()
    pacer.start()  # idempotent
    pacer.stop()
    pacer.stop()
    assert gc.isenabled()
    if not was_enabled:
        gc.disable()
