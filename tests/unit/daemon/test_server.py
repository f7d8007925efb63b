# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""CoreServer against well-behaved and hostile clients on a real Unix socket."""

from __future__ import annotations

import asyncio
import struct

import pytest

from messenger.core.events import SettingChanged
from messenger.core.model import JsonValue
from messenger.core.model import ProtocolKind
from messenger.core.model import Show
from messenger.daemon import server as server_module
from messenger.daemon import wire
from tests.doubles.cores import scripted_account
from tests.unit.daemon.conftest import Served
from tests.unit.daemon.raw import JULIET
from tests.unit.daemon.raw import RawClient
from tests.unit.daemon.raw import incoming


async def still_serves(served: Served) -> None:
    """A well-behaved client still gets a snapshot and answers."""
    client = await RawClient.connect(served.path)
    welcome = await client.hello()
    assert "snapshot" in welcome
    response = await client.call(1, "set_setting", key="probe", value=1)
    assert response == {"type": "response", "id": 1, "result": None}
    client.close()


@pytest.mark.asyncio
async def test_greeting_then_welcome_with_a_snapshot(served: Served) -> None:
    await served.core.add_account(ProtocolKind.XMPP, "romeo@montague.example")
    client = await RawClient.connect(served.path)
    greeting = await client.greeting()
    assert greeting["protocol_version"] == wire.PROTOCOL_VERSION
    assert greeting["auth"] == wire.AUTH_NONE
    assert greeting["core_id"] == served.server.core_id
    client.send({"type": "hello", "protocol_version": 1, "client_id": "c"})
    welcome = await client.recv()
    assert welcome["type"] == wire.WELCOME
    snapshot = welcome["snapshot"]
    assert isinstance(snapshot, dict)
    assert [a["address"] for a in snapshot["accounts"]] == ["romeo@montague.example"]
    client.close()


@pytest.mark.asyncio
async def test_events_follow_the_snapshot_in_order(served: Served) -> None:
    client = await RawClient.connect(served.path)
    welcome = await client.hello()
    for n in range(3):
        await served.core.set_setting(f"k{n}", n)
    seqs = []
    for n in range(3):
        message = await client.recv()
        assert message["type"] == wire.EVENT
        assert message["event"] == {
            "type": "SettingChanged",
            "key": f"k{n}",
            "value": n,
        }
        seqs.append(message["seq"])
    assert seqs == [welcome["seq"] + 1, welcome["seq"] + 2, welcome["seq"] + 3]
    client.close()


@pytest.mark.asyncio
async def test_a_call_is_answered_and_its_events_come_first(served: Served) -> None:
    account, _ = await scripted_account(served.core, served.recorder)
    client = await RawClient.connect(served.path)
    await client.hello()
    client.send(
        {
            "type": "request",
            "id": 7,
            "method": "send_message",
            "params": {"account_id": account.id, "peer": str(JULIET), "text": "hi"},
        }
    )
    kinds = []
    while True:
        message = await client.recv()
        kinds.append(
            message["event"]["type"] if message["type"] == "event" else "response"
        )
        if message["type"] == "response":
            break
    assert message["id"] == 7
    assert message["result"]["body"] == "hi"
    assert "MessageAdded" in kinds
    assert kinds[-1] == "response"
    client.close()


@pytest.mark.asyncio
async def test_core_errors_become_error_responses(served: Served) -> None:
    client = await RawClient.connect(served.path)
    await client.hello()
    response = await client.call(
        1, "send_message", account_id="nobody", peer=str(JULIET), text="hi"
    )
    assert response["error"] == {"code": "not_found", "message": "no account nobody"}
    await still_serves(served)
    client.close()


@pytest.mark.asyncio
async def test_unknown_methods_and_bad_params_are_errors_not_disconnects(
    served: Served,
) -> None:
    client = await RawClient.connect(served.path)
    await client.hello()
    for method in ("close", "_drop_session", "__init__", "events", "no_such"):
        response = await client.call(1, method)
        assert response["error"]["code"] == "unsupported"
    response = await client.call(2, "set_presence", show="sleeping")
    assert response["error"]["code"] == "invalid_input"
    response = await client.call(3, "set_setting", key="k", value=1, extra=2)
    assert response["error"]["code"] == "invalid_input"
    client.send({"type": "request", "id": 4, "method": "set_setting", "params": [1]})
    response = await client.recv_type(wire.RESPONSE)
    assert response["error"]["code"] == "invalid_input"
    response = await client.call(5, "set_setting", key="fine", value=True)
    assert "error" not in response
    client.close()


@pytest.mark.parametrize(
    "first",
    [
        {"type": "request", "id": 1, "method": "snapshot", "params": {}},
        {"type": "welcome", "core_id": "x"},
        {"type": "event", "seq": 1, "event": {}},
        {"type": "hello", "protocol_version": 99, "client_id": "c"},
        {"type": "hello", "protocol_version": "1", "client_id": "c"},
        {"type": "hello", "protocol_version": 1, "client_name": "x" * 500},
        {"type": "auth_proof", "proof": "AAAA"},
    ],
)
@pytest.mark.asyncio
async def test_anything_but_a_valid_hello_first_ends_the_connection(
    served: Served, first: dict[str, JsonValue]
) -> None:
    client = await RawClient.connect(served.path)
    await client.greeting()
    client.send(first)
    reason = await client.closed_with_bye()
    assert reason
    await still_serves(served)


@pytest.mark.parametrize(
    "after_hello",
    [
        {"type": "hello", "protocol_version": 1, "client_id": "again"},
        {"type": "response", "id": 1, "result": None},
        {"type": "request", "method": "snapshot", "params": {}},  # no id
        {"type": "request", "id": True, "method": "snapshot", "params": {}},
        {"type": "request", "id": "x" * 100, "method": "snapshot", "params": {}},
    ],
)
@pytest.mark.asyncio
async def test_out_of_order_frames_after_the_hello_end_the_connection(
    served: Served, after_hello: dict[str, JsonValue]
) -> None:
    client = await RawClient.connect(served.path)
    await client.hello()
    client.send(after_hello)
    assert await client.closed_with_bye()
    await still_serves(served)


@pytest.mark.parametrize(
    "data",
    [
        struct.pack(">I", wire.MAX_HANDSHAKE_FRAME + 1),
        struct.pack(">I", 0xFFFFFFFF),
        struct.pack(">I", 9) + b"\xff" * 9,
        struct.pack(">I", 5) + b"[1,2]",
        struct.pack(">I", 2) + b"{}",
    ],
)
@pytest.mark.asyncio
async def test_malformed_and_oversized_frames_in_the_handshake(
    served: Served, data: bytes
) -> None:
    client = await RawClient.connect(served.path)
    await client.greeting()
    client.send_bytes(data)
    assert await client.closed_with_bye()
    await still_serves(served)


@pytest.mark.asyncio
async def test_an_oversized_frame_after_the_hello(served: Served) -> None:
    client = await RawClient.connect(served.path)
    await client.hello()
    client.send_bytes(struct.pack(">I", wire.MAX_FRAME + 1) + b"x" * 1000)
    assert "exceeds" in await client.closed_with_bye()
    await still_serves(served)


@pytest.mark.asyncio
async def test_a_silent_client_is_dropped_after_the_handshake_timeout(
    served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wire, "HANDSHAKE_TIMEOUT", 0.2)
    client = await RawClient.connect(served.path)
    await client.greeting()
    assert await client.closed_with_bye() == "handshake timeout"


@pytest.mark.asyncio
async def test_a_flood_of_hostile_connections_leaves_the_core_serving(
    served: Served,
) -> None:
    async def hostile(n: int) -> None:
        client = await RawClient.connect(served.path)
        payloads = [
            b"\x00\x00\x00\x03abc",
            struct.pack(">I", 1 << 30),
            wire.encode_frame({"type": "request", "id": n, "method": "snapshot"}),
            b"\x00",
        ]
        client.send_bytes(payloads[n % len(payloads)])
        with pytest.raises((wire.ConnectionClosedError, wire.WireError, TimeoutError)):  # noqa: PT012
            while True:
                await client.recv()
        client.close()

    await asyncio.gather(*(hostile(n) for n in range(60)))
    await still_serves(served)


@pytest.mark.asyncio
async def test_a_client_that_does_not_read_is_disconnected(
    served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_module, "MAX_BACKLOG", 64 * 1024)
    lazy = await RawClient.connect(served.path)
    await lazy.hello()
    # The test's reader would buffer for the lazy client: stop reading at all.
    lazy.writer.transport.pause_reading()  # type: ignore[attr-defined]
    watcher = await RawClient.connect(served.path)
    await watcher.hello()

    async def read_all() -> None:
        for _ in range(400):
            assert (await watcher.recv())["type"] == wire.EVENT

    reading = asyncio.create_task(read_all())
    for n in range(400):
        await served.core.set_setting("big", "x" * 4096 + str(n))
        await asyncio.sleep(0)
    await reading
    assert served.server.clients == 1  # only the watcher is left
    watcher.close()
    lazy.close()


@pytest.mark.asyncio
async def test_a_client_resumes_from_its_last_event(served: Served) -> None:
    client = await RawClient.connect(served.path)
    welcome = await client.hello()
    await served.core.set_setting("a", 1)
    seen = await client.recv()
    client.close()
    await served.core.set_setting("b", 2)
    await served.core.set_setting("c", 3)
    again = await RawClient.connect(served.path)
    welcome = await again.hello(core_id=welcome["core_id"], last_seq=seen["seq"])
    assert welcome["replay_from"] == seen["seq"]
    assert "snapshot" not in welcome
    replayed = [await again.recv(), await again.recv()]
    assert [m["event"]["key"] for m in replayed] == ["b", "c"]
    await served.core.set_setting("d", 4)
    assert (await again.recv())["event"]["key"] == "d"
    again.close()


@pytest.mark.parametrize("reason", ["overflow", "other core", "future seq"])
@pytest.mark.asyncio
async def test_a_gap_the_ring_cannot_fill_gets_a_snapshot(
    served: Served, monkeypatch: pytest.MonkeyPatch, reason: str
) -> None:
    monkeypatch.setattr(served.server, "_ring_events", 5)
    client = await RawClient.connect(served.path)
    welcome = await client.hello()
    client.close()
    last_seq = welcome["seq"]
    core_id = welcome["core_id"]
    if reason == "overflow":
        for n in range(10):
            await served.core.set_setting("k", n)
    elif reason == "other core":
        core_id = "0" * 32
    else:
        last_seq = 10_000
    again = await RawClient.connect(served.path)
    welcome = await again.hello(core_id=core_id, last_seq=last_seq)
    assert "snapshot" in welcome
    assert welcome["seq"] == served.core.events.last_seq
    again.close()


@pytest.mark.asyncio
async def test_one_clients_error_does_not_reach_another(served: Served) -> None:
    good = await RawClient.connect(served.path)
    await good.hello()
    bad = await RawClient.connect(served.path)
    await bad.hello()
    bad.send_body(b"garbage")
    await bad.closed_with_bye()
    await served.core.set_setting("after", 1)
    event = await good.recv()
    assert event["event"] == {"type": "SettingChanged", "key": "after", "value": 1}
    good.close()


@pytest.mark.asyncio
async def test_close_says_goodbye_to_every_client(served: Served) -> None:
    client = await RawClient.connect(served.path)
    await client.hello()
    await served.server.close()
    assert "shutting down" in await client.closed_with_bye()


@pytest.mark.asyncio
async def test_away_when_detached_and_back_when_a_ui_returns(served: Served) -> None:
    await served.core.set_presence(Show.AVAILABLE, "at the desk")
    await served.core.set_setting(server_module.AWAY_SETTING, True)
    ui = await RawClient.connect(served.path)
    await ui.hello()
    script = await RawClient.connect(served.path)
    await script.hello(ui=False)
    ui.close()
    await wait_for_show(served, Show.AWAY)
    assert (await served.core.snapshot()).own_presence.status == "at the desk"
    script.close()  # a script leaving changes nothing
    ui = await RawClient.connect(served.path)
    await ui.hello()
    await wait_for_show(served, Show.AVAILABLE)
    ui.close()


@pytest.mark.asyncio
async def test_detaching_keeps_the_presence_when_the_option_is_off(
    served: Served,
) -> None:
    ui = await RawClient.connect(served.path)
    await ui.hello()
    ui.close()
    changed = asyncio.Event()
    served.core.events.subscribe(SettingChanged, lambda _e: changed.set())
    await asyncio.sleep(0.2)
    assert (await served.core.snapshot()).own_presence.show is Show.AVAILABLE
    assert not changed.is_set()


async def wait_for_show(served: Served, show: Show) -> None:
    async with asyncio.timeout(5):
        while (await served.core.snapshot()).own_presence.show is not show:  # noqa: ASYNC110
            await asyncio.sleep(0.01)


@pytest.mark.asyncio
async def test_messages_received_while_attached_arrive_as_events(
    served: Served,
) -> None:
    _, backend = await scripted_account(served.core, served.recorder)
    client = await RawClient.connect(served.path)
    await client.hello()
    await backend.sink.messages_received([incoming("hello there", "s1")])
    while True:
        message = await client.recv()
        if message["event"]["type"] == "MessageAdded":
            break
    assert message["event"]["message"]["body"] == "hello there"
    client.close()


@pytest.mark.asyncio
async def test_a_client_name_cannot_forge_log_lines(
    served: Served, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="messenger.daemon.server")
    client = await RawClient.connect(served.path)
    await client.hello(client_name="evil\nCRITICAL fake line\r")
    client.close()
    attached = [r.getMessage() for r in caplog.records if "attached" in r.getMessage()]
    assert attached == ["Client evilCRITICAL fake line@local attached"]
