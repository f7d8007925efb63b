# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The attach protocol's frames and message table (docs/sessions.md has the spec).

A frame is a 4-byte big-endian length followed by that many bytes of UTF-8
JSON holding one object with a ``"type"``. Both sides treat the other as
hostile: a frame over the size limit, invalid UTF-8 or JSON, NaN, a non-object
or nesting deep enough to exhaust the parser is a :class:`WireError`, never a
crash. Frames before authentication are small (:data:`MAX_HANDSHAKE_FRAME`).

Remote calls map 1:1 to :class:`~messenger.core.api.CoreApi` methods
(:data:`METHODS`); parameters and results travel through
:mod:`messenger.core.serial` and are decoded against the method's own type
hints; a new ``CoreApi`` method is served as soon as ``RemoteCore`` has it.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import struct
import typing
from typing import Any

from messenger.core.api import CoreApi
from messenger.core.model import JsonValue
from messenger.core.serial import DecodeError
from messenger.core.serial import from_json
from messenger.core.serial import to_json

PROTOCOL_VERSION = 1
# Client -> core after login (an avatar is at most 1 MiB, ~1.4 MiB in base64).
MAX_FRAME = 8 * 1024 * 1024
# Core -> client (a snapshot of a big profile is a few MiB).
MAX_CORE_FRAME = 64 * 1024 * 1024
# Anything before the login is done.
MAX_HANDSHAKE_FRAME = 64 * 1024
# Seconds a client has for the whole greeting/login/hello exchange.
HANDSHAKE_TIMEOUT = 10.0
# Frames this big are decoded off the event loop.
THREAD_DECODE_BYTES = 256 * 1024
_HEADER = struct.Struct(">I")

# Message types.
GREETING = "greeting"
AUTH_START = "auth_start"
AUTH_CHALLENGE = "auth_challenge"
AUTH_PROOF = "auth_proof"
AUTH_OK = "auth_ok"
HELLO = "hello"
WELCOME = "welcome"
REQUEST = "request"
RESPONSE = "response"
EVENT = "event"
BYE = "bye"

# Authentication schemes a greeting offers.
AUTH_NONE = "none"  # the local socket: the OS checked who connects
AUTH_SCRAM = "scram-sha-256"  # remote: see daemon/auth.py

# CoreApi methods a client may call: every async method except ``close`` (a UI
# detaches by closing its connection; it never shuts the core down). Derived
# from the Protocol, so the table cannot drift from it; RemoteCore spells each
# one out (mypy checks that it is a CoreApi).
METHODS: tuple[str, ...] = tuple(
    sorted(
        name
        for name, member in inspect.getmembers(CoreApi)
        if inspect.iscoroutinefunction(member) and name != "close"
    )
)

Message = dict[str, JsonValue]


class WireError(Exception):
    """The peer broke the protocol; the message says how (safe to log)."""


class ConnectionClosedError(WireError):
    """The peer closed the connection (possibly in the middle of a frame)."""


def encode_frame(message: Message) -> bytes:
    """One frame holding ``message`` (already plain JSON data)."""
    body = json.dumps(
        message, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")
    return _HEADER.pack(len(body)) + body


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def decode_body(body: bytes) -> Message:
    """Parse a frame's body; raise WireError for anything but a JSON object."""
    try:
        value = json.loads(body.decode("utf-8"), parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise WireError("frame is not UTF-8") from None
    except RecursionError:
        raise WireError("frame is nested too deeply") from None
    except ValueError as exc:
        raise WireError(f"frame is not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise WireError("frame is not a JSON object")
    if not isinstance(value.get("type"), str):
        raise WireError("frame has no type")
    return value


async def read_frame(reader: asyncio.StreamReader, max_size: int) -> Message:
    """Read one frame; WireError if it is bad, ConnectionClosedError at EOF."""
    try:
        header = await reader.readexactly(_HEADER.size)
        (size,) = _HEADER.unpack(header)
        if size > max_size:
            raise WireError(f"frame of {size} bytes exceeds {max_size}")
        body = await reader.readexactly(size)
    except asyncio.IncompleteReadError:
        raise ConnectionClosedError("connection closed") from None
    except (ConnectionError, OSError) as exc:
        raise ConnectionClosedError(f"connection lost: {exc}") from None
    if size >= THREAD_DECODE_BYTES:
        return await asyncio.to_thread(decode_body, body)
    return decode_body(body)


def expect(message: Message, kind: str) -> Message:
    """``message`` if it has type ``kind``, else WireError."""
    if message.get("type") != kind:
        raise WireError(f"expected {kind}, got {str(message.get('type'))[:40]!r}")
    return message


def field(message: Message, name: str, kind: type[Any]) -> Any:
    """A required field of ``kind`` (bool is not an int here)."""
    value = message.get(name)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise WireError(
            f"{message.get('type')}.{name} is missing or not {kind.__name__}"
        )
    return value


# ---------------------------------------------------------------- remote calls
@functools.cache
def _signature(method: str) -> tuple[inspect.Signature, dict[str, Any]]:
    function = getattr(CoreApi, method)
    return inspect.signature(function), typing.get_type_hints(function)


def encode_params(method: str, params: dict[str, object]) -> Message:
    """The JSON ``params`` of a call (keyword arguments of the CoreApi method)."""
    return {name: to_json(value) for name, value in params.items()}


def decode_params(method: str, params: JsonValue) -> dict[str, object]:
    """Validate and decode a call's ``params``; DecodeError when they do not fit."""
    if method not in METHODS:
        raise KeyError(method)
    if not isinstance(params, dict):
        raise DecodeError("params is not an object")
    signature, hints = _signature(method)
    decoded: dict[str, object] = {}
    for name, value in params.items():
        parameter = signature.parameters.get(name)
        if parameter is None or name == "self":
            raise DecodeError(f"unknown parameter {name[:40]!r}")
        decoded[name] = from_json(hints[name], value)
    try:
        signature.bind(None, **decoded)
    except TypeError as exc:
        raise DecodeError(str(exc)) from None
    return decoded


def encode_result(value: object) -> JsonValue:
    return to_json(value)


def decode_result(method: str, value: JsonValue) -> object:
    """Decode a call's result against the method's return type."""
    _, hints = _signature(method)
    return from_json(hints["return"], value)
