# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Sanitising peer-supplied text and timestamps; batching writes."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from datetime import timezone

import pytest

from messenger.core.intake import MAX_BATCH
from messenger.core.intake import MAX_BODY_CHARS
from messenger.core.intake import MessageIntake
from messenger.core.intake import sanitize_body
from messenger.core.intake import sanitize_timestamp
from messenger.core.interfaces import AddResult
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import NewMessage

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def test_plausible_timestamps_are_kept_in_utc() -> None:
    stamp = datetime(2026, 11, 21, 13, 30, tzinfo=timezone(timedelta(hours=2)))
    kept = sanitize_timestamp(stamp, NOW)
    assert kept == stamp
    assert kept.utcoffset() == timedelta(0)
    old = datetime(2005, 12, 9, tzinfo=UTC)
    assert sanitize_timestamp(old, NOW) == old
    assert sanitize_timestamp(NOW + timedelta(minutes=4), NOW) == NOW + timedelta(
        minutes=4
    )


def test_far_future_past_naive_and_missing_timestamps() -> None:
    assert sanitize_timestamp(datetime(9999, 12, 31, tzinfo=UTC), NOW) == NOW
    assert sanitize_timestamp(NOW + timedelta(hours=1), NOW) == NOW
    assert sanitize_timestamp(datetime(1, 1, 1, tzinfo=UTC), NOW) == NOW
    assert sanitize_timestamp(None, NOW) == NOW
    naive = datetime(2026, 11, 21, 11, 0)
    assert sanitize_timestamp(naive, NOW) == naive.replace(tzinfo=UTC)


def test_body_keeps_text_newlines_tabs_and_markup_as_is() -> None:
    text = "<b>not bold</b>\n\tindented & 'quoted' — ünïcödé 😀 \u200d"
    assert sanitize_body(text) == text


def test_body_drops_control_characters_and_lone_surrogates() -> None:
    assert sanitize_body("a\x00b\x07c\x1bd\x7fe\x85f\ud800g\r\nh") == "abcdefg\nh"


def test_body_is_capped() -> None:
    assert len(sanitize_body("x" * (MAX_BODY_CHARS + 10))) == MAX_BODY_CHARS


PEER = Address("juliet", "capulet.example")


def new_messages(count: int, prefix: str) -> list[NewMessage]:
    return [
        NewMessage(
            account_id=AccountId("a"),
            peer=PEER,
            direction=Direction.INCOMING,
            sender=PEER,
            body=f"{prefix}{n}",
            timestamp=NOW,
            state=DeliveryState.RECEIVED,
        )
        for n in range(count)
    ]


@pytest.mark.asyncio
async def test_writes_take_whole_submissions_up_to_the_cap() -> None:
    writes: list[list[str]] = []

    async def write(messages: Sequence[NewMessage]) -> AddResult:
        writes.append([m.body for m in messages])
        return AddResult(messages=[None] * len(messages), conversations=[])

    intake = MessageIntake(write, lambda _: None)
    part = MAX_BATCH * 3 // 5
    futures = [
        intake.submit(new_messages(part, "a")),
        intake.submit(new_messages(part, "b")),
        intake.submit(new_messages(MAX_BATCH + 1, "c")),  # bigger: written whole
        intake.submit(new_messages(1, "d")),
    ]
    results = await asyncio.gather(*futures)

    assert [len(w) for w in writes] == [part, part, MAX_BATCH + 1, 1]
    assert [w[0] for w in writes] == ["a0", "b0", "c0", "d0"]
    assert [len(r) for r in results] == [part, part, MAX_BATCH + 1, 1]
