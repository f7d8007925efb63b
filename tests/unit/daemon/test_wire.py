# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Frames and the remote-call table of the attach protocol."""

from __future__ import annotations

import asyncio
import inspect
import struct
from datetime import UTC
from datetime import datetime

import pytest

from messenger.core.api import CoreApi
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import JsonValue
from messenger.core.model import ProtocolKind
from messenger.core.model import Show
from messenger.core.serial import DecodeError
from messenger.daemon import wire
from messenger.daemon.calls import RemoteCalls
from messenger.daemon.client import RemoteCore


def reader_with(data: bytes) -> asyncio.StreamReader:
    reader = asyncio.StreamReader()
    reader.feed_data(data)
    reader.feed_eof()
    return reader


@pytest.mark.asyncio
async def test_a_frame_round_trips() -> None:
    message: wire.Message = {"type": "hello", "text": "grüße 💬", "n": [1, 2.5, None]}
    frame = wire.encode_frame(message)
    assert frame[:4] == struct.pack(">I", len(frame) - 4)
    assert await wire.read_frame(reader_with(frame), wire.MAX_FRAME) == message


@pytest.mark.asyncio
async def test_an_oversized_frame_is_refused_before_its_body_is_read() -> None:
    reader = reader_with(struct.pack(">I", wire.MAX_FRAME + 1))
    with pytest.raises(wire.WireError, match="exceeds"):
        await wire.read_frame(reader, wire.MAX_FRAME)


@pytest.mark.asyncio
async def test_a_big_frame_is_decoded_in_a_thread_and_still_correct() -> None:
    message: wire.Message = {"type": "x", "blob": "a" * (wire.THREAD_DECODE_BYTES + 10)}
    frame = wire.encode_frame(message)
    assert await wire.read_frame(reader_with(frame), wire.MAX_FRAME) == message


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b"\xff\xfe{}", "UTF-8"),
        (b"{not json", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'"text"', "not a JSON object"),
        (b'{"no": "type"}', "no type"),
        (b'{"type": 5}', "no type"),
        (b'{"type": "x", "v": NaN}', "not JSON"),
        (b'{"type": "x", "v": Infinity}', "not JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
@pytest.mark.asyncio
async def test_hostile_bodies_are_wire_errors(body: bytes, why: str) -> None:
    frame = struct.pack(">I", len(body)) + body
    with pytest.raises(wire.WireError, match=why):
        await wire.read_frame(reader_with(frame), wire.MAX_FRAME)


@pytest.mark.parametrize("data", [b"", b"\x00\x00", b"\x00\x00\x00\x10{}"])
@pytest.mark.asyncio
async def test_a_truncated_frame_is_a_closed_connection(data: bytes) -> None:
    with pytest.raises(wire.ConnectionClosedError):
        await wire.read_frame(reader_with(data), wire.MAX_FRAME)


def test_every_core_api_command_is_served_and_close_is_not() -> None:
    commands = {
        name
        for name, member in inspect.getmembers(CoreApi)
        if inspect.iscoroutinefunction(member)
    }
    assert set(wire.METHODS) == commands - {"close"}
    for name in wire.METHODS:  # and RemoteCore forwards each one itself
        assert name in RemoteCore.__dict__ or name in RemoteCalls.__dict__, name
    assert "snapshot" in wire.METHODS


def test_params_decode_against_the_method_signature() -> None:
    account = Account(
        id=AccountId("a1"), protocol=ProtocolKind.XMPP, address="r@x.example"
    )
    params = wire.encode_params(
        "update_account", {"account": account, "password": None}
    )
    assert wire.decode_params("update_account", params) == {
        "account": account,
        "password": None,
    }
    stamp = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    assert wire.decode_params("report_idle", {"idle_since": stamp.isoformat()}) == {
        "idle_since": stamp
    }
    assert wire.decode_params("set_presence", {"show": "away"}) == {"show": Show.AWAY}
    avatar = wire.encode_params(
        "set_own_avatar", {"account_id": "a1", "data": b"\x89PNG"}
    )
    assert wire.decode_params("set_own_avatar", avatar)["data"] == b"\x89PNG"


@pytest.mark.parametrize(
    ("method", "params"),
    [
        ("send_message", {"account_id": "a", "peer": "x@y", "text": 5}),
        ("send_message", {"account_id": "a", "peer": "no spaces@x y", "text": "t"}),
        ("send_message", {"account_id": "a", "text": "missing peer"}),
        ("send_message", {"account_id": "a", "peer": "x@y", "text": "t", "evil": 1}),
        ("set_presence", {"show": "sleeping"}),
        ("report_idle", {"idle_since": "2026-01-01T00:00:00"}),  # no time zone
        ("set_own_avatar", {"account_id": "a", "data": "not base64!"}),
        ("fetch_history", {"conversation_id": True}),
        ("fetch_history", []),
    ],
)
def test_bad_params_are_decode_errors(method: str, params: JsonValue) -> None:
    with pytest.raises((DecodeError, ValueError)):
        wire.decode_params(method, params)


def test_results_decode_against_the_return_type() -> None:
    peer = Address.parse("juliet@capulet.example")
    assert wire.decode_result("get_avatar", wire.encode_result(b"img")) == b"img"
    assert wire.decode_result("get_avatar", None) is None
    assert wire.decode_result("remove_contact", None) is None
    info = wire.decode_result("fetch_contact_info", {"address": str(peer)})
    assert getattr(info, "address", None) == peer
