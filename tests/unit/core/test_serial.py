# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Every event survives a JSON round trip; hostile JSON is refused cleanly."""

from __future__ import annotations

import json

import pytest

from messenger.core.events import EVENT_TYPES
from messenger.core.events import Event
from messenger.core.model import JsonValue
from messenger.core.model import Message
from messenger.core.serial import DecodeError
from messenger.core.serial import event_from_json
from messenger.core.serial import event_to_json
from messenger.core.serial import from_json
from messenger.core.serial import to_json
from tests.unit.core.samples import ALL_EVENTS
from tests.unit.core.samples import MESSAGE


def test_samples_cover_every_event_type() -> None:
    assert {type(e).__name__ for e in ALL_EVENTS} == set(EVENT_TYPES)


@pytest.mark.parametrize("event", ALL_EVENTS, ids=lambda e: type(e).__name__)
def test_event_round_trip_through_json_text(event: Event) -> None:
    text = json.dumps(event_to_json(event))
    assert event_from_json(json.loads(text)) == event


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"type": "NoSuchEvent"},
        {"type": "__class__"},
        {"type": "MessageAdded"},
        {"type": "MessageAdded", "message": "x"},
        {"type": "ConversationRemoved", "conversation_id": "7"},
        {"type": "ConversationRemoved", "conversation_id": True},
        {"type": "ContactsRemoved", "account_id": "a", "addresses": ["bad\x00@x"]},
        {"type": "ContactsRemoved", "account_id": "a", "addresses": "a@b"},
        {
            "type": "AccountStatusChanged",
            "status": {"account_id": "a", "state": "nope"},
        },
    ],
)
def test_hostile_event_json_is_refused(data: JsonValue) -> None:
    with pytest.raises((DecodeError, ValueError)):
        event_from_json(data)


def test_naive_timestamps_are_refused() -> None:
    data = to_json(MESSAGE)
    assert isinstance(data, dict)
    data["timestamp"] = "2026-11-21T12:00:00"
    with pytest.raises(DecodeError):
        from_json(Message, data)
