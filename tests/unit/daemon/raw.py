# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A raw attach-protocol client for tests: sends whatever it is told to."""

from __future__ import annotations

import asyncio
import struct
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

from messenger.core.interfaces import IncomingMessage
from messenger.core.model import Address
from messenger.core.model import JsonValue
from messenger.daemon import wire

TIMEOUT = 5.0
JULIET = Address.parse("juliet@capulet.example")


class RawClient:
    def __init__(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def connect(cls, path: Path) -> RawClient:
        reader, writer = await asyncio.open_unix_connection(str(path))
        return cls(reader, writer)

    def send(self, message: dict[str, JsonValue]) -> None:
        self.writer.write(wire.encode_frame(message))

    def send_bytes(self, data: bytes) -> None:
        self.writer.write(data)

    def send_body(self, body: bytes) -> None:
        self.writer.write(struct.pack(">I", len(body)) + body)

    async def recv(self) -> dict[str, Any]:
        async with asyncio.timeout(TIMEOUT):
            message: dict[str, Any] = await wire.read_frame(
                self.reader, wire.MAX_CORE_FRAME
            )
            return message

    async def recv_type(self, kind: str) -> dict[str, Any]:
        """Skip events until a frame of ``kind``."""
        while True:
            message = await self.recv()
            if message["type"] == kind:
                return message

    async def greeting(self) -> dict[str, Any]:
        message = await self.recv()
        assert message["type"] == wire.GREETING
        return message

    async def hello(self, **fields: JsonValue) -> dict[str, Any]:
        await self.greeting()
        self.send(
            {
                "type": wire.HELLO,
                "protocol_version": wire.PROTOCOL_VERSION,
                "client_id": "raw",
                "client_name": "raw test client",
                **fields,
            }
        )
        message = await self.recv()
        assert message["type"] == wire.WELCOME, message
        return message

    async def call(
        self, request_id: int, method: str, **params: JsonValue
    ) -> dict[str, Any]:
        self.send(
            {"type": wire.REQUEST, "id": request_id, "method": method, "params": params}
        )
        while True:
            message = await self.recv_type(wire.RESPONSE)
            if message.get("id") == request_id:
                return message

    async def closed_with_bye(self) -> str:
        """The reason of the core's bye; asserts the connection then ends."""
        while True:
            message = await self.recv()
            if message["type"] == wire.BYE:
                break
        async with asyncio.timeout(TIMEOUT):
            assert await self.reader.read() == b""
        return str(message["reason"])

    def close(self) -> None:
        self.writer.close()


def incoming(body: str, stanza_id: str) -> IncomingMessage:
    return IncomingMessage(
        peer=JULIET,
        sender=JULIET.with_resource("balcony"),
        body=body,
        timestamp=datetime.now(UTC),
        stanza_id=stanza_id,
    )
