# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``quick_init`` builds the same values as the dataclass's own constructor."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from typing import Any

import pytest

from messenger.core.interfaces import IncomingMessage
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import ConversationId
from messenger.core.model import ConversationKind
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.core.model import NewMessage
from messenger.core.values import quick_init
from messenger.protocols.xmpp.mapping import Origin
from messenger.protocols.xmpp.mapping import ParsedMessage


class _Fields:
    """Every kind of field a value can have, for two classes made from it."""

    name: str
    count: int = 3
    tags: list[str] = field(default_factory=list)
    derived: str = field(init=False, default="")
    cache: dict[str, int] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "derived", self.name.upper())


def _value_class(name: str) -> type[Any]:
    namespace = {
        key: value
        for key, value in vars(_Fields).items()
        if key not in {"__dict__", "__weakref__"}
    }
    return dataclass(frozen=True, slots=True, kw_only=True)(type(name, (), namespace))


_Plain = _value_class("_Plain")  # the dataclass's own constructor
Quick = quick_init(_value_class("Quick"))


def _values(obj: Any) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


@pytest.mark.parametrize(
    "kwargs",
    [{"name": "a"}, {"name": "b", "count": 7}, {"name": "c", "tags": ["x"]}],
)
def test_same_fields_defaults_factories_and_post_init(kwargs: dict[str, Any]) -> None:
    assert _values(Quick(**kwargs)) == _values(_Plain(**kwargs))


def test_factories_give_each_instance_its_own_value() -> None:
    first, second = Quick(name="a"), Quick(name="b")
    assert first.tags == []
    assert first.tags is not second.tags
    assert first.cache == {}
    assert first.cache is not second.cache


def test_the_rules_of_the_generated_constructor_hold() -> None:
    with pytest.raises(TypeError):
        Quick()  # a required field is missing
    with pytest.raises(TypeError):
        Quick(name="a", colour="red")  # no such field
    with pytest.raises(TypeError):
        Quick("a")  # keyword-only
    with pytest.raises(dataclasses.FrozenInstanceError):
        Quick(name="a").name = "b"


def test_only_frozen_keyword_only_dataclasses_are_accepted() -> None:
    @dataclass(slots=True, kw_only=True)
    class Mutable:
        name: str

    @dataclass(frozen=True, slots=True)
    class Positional:
        name: str

    with pytest.raises(TypeError):
        quick_init(Mutable)
    with pytest.raises(TypeError):
        quick_init(Positional)


_SENDER = Address("ann", "example.org", "phone")
_NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
_COMMON = {"body": "hi", "timestamp": _NOW, "origin_id": "o", "remote_id": "r"}


@pytest.mark.parametrize(
    ("cls", "kwargs"),
    [
        (Message, {
            **_COMMON, "id": LocalMessageId(1), "conversation_id": ConversationId(2),
            "account_id": AccountId("acc"), "peer": _SENDER.bare,
            "direction": Direction.INCOMING, "sender": _SENDER,
            "state": DeliveryState.RECEIVED, "error": "e", "stanza_id": "s",
            "edited_at": _NOW,
        }),
        (NewMessage, {
            **_COMMON, "account_id": AccountId("acc"), "peer": _SENDER.bare,
            "direction": Direction.INCOMING, "sender": _SENDER,
            "state": DeliveryState.RECEIVED,
            "conversation_kind": ConversationKind.GROUP, "stanza_id": "s",
        }),
        (IncomingMessage, {
            **_COMMON, "peer": _SENDER.bare, "sender": _SENDER, "outgoing": True,
            "conversation_kind": ConversationKind.GROUP, "stanza_id": "s",
        }),
        (ParsedMessage, {
            **_COMMON, "origin": Origin.LIVE, "type": "chat", "sender": _SENDER,
            "peer": _SENDER.bare, "outgoing": False, "archive_id": "a",
            "receipt_request": True, "receipt_for": "f", "displayed_for": "d",
            "replaces": "x", "error": "e",
        }),
    ],
)  # fmt: skip
def test_the_message_values_keep_every_field(
    cls: type[Any], kwargs: dict[str, Any]
) -> None:
    value = cls(**kwargs)
    assert {name: getattr(value, name) for name in kwargs} == kwargs
    assert dataclasses.replace(value) == value
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.body = "changed"
