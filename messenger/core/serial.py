# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""JSON encoding of domain values and events (the attach protocol's payloads).

``to_json`` turns dataclasses, enums, datetimes, addresses, bytes (base64),
tuples and frozensets into plain JSON values; ``from_json(type, value)``
rebuilds them from the dataclass field types, validating as it goes (a peer UI
or core is as untrusted as any network input). Events travel as
``{"type": name, ...fields}``.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import functools
import types
import typing
from datetime import datetime
from enum import Enum
from typing import Any
from typing import TypeVar
from typing import Union

from messenger.core.events import EVENT_TYPES
from messenger.core.events import Event
from messenger.core.model import Address
from messenger.core.model import JsonValue

T = TypeVar("T")


class DecodeError(ValueError):
    """A JSON value does not describe the expected type."""


def to_json(value: object) -> JsonValue:  # noqa: PLR0911 (one case per kind)
    """Encode a domain value as plain JSON data."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return to_json(value.value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.isoformat()
    if isinstance(value, Address):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)
        }
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, frozenset | set):
        return sorted((to_json(v) for v in value), key=str)
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    raise TypeError(f"cannot encode {type(value).__name__}")


def event_to_json(event: Event) -> dict[str, JsonValue]:
    data = to_json(event)
    assert isinstance(data, dict)
    return {"type": type(event).__name__, **data}


def event_from_json(data: JsonValue) -> Event:
    if not isinstance(data, dict):
        raise DecodeError("event is not an object")
    name = data.get("type")
    cls = EVENT_TYPES.get(name) if isinstance(name, str) else None
    if cls is None:
        raise DecodeError(f"unknown event type {name!r}")
    return from_json(cls, {k: v for k, v in data.items() if k != "type"})


def from_json(target: type[T], value: JsonValue) -> T:
    """Decode ``value`` as ``target`` (a dataclass or any supported type)."""
    return typing.cast(T, _decode(target, value))


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(target: Any, value: JsonValue) -> object:  # noqa: PLR0911
    origin = typing.get_origin(target)
    if origin is Union or origin is types.UnionType:
        return _decode_union(typing.get_args(target), value)
    if target is Any:
        return value
    if getattr(target, "__supertype__", None) is not None:  # NewType
        return _decode(target.__supertype__, value)
    if origin in {tuple, list, frozenset}:
        return _decode_sequence(target, origin, value)
    if origin is dict:
        key_type, value_type = typing.get_args(target)
        if not isinstance(value, dict):
            raise DecodeError("expected an object")
        return {_decode(key_type, k): _decode(value_type, v) for k, v in value.items()}
    if isinstance(target, type):
        return _decode_plain(target, value)
    if target == JsonValue:
        return value
    raise DecodeError(f"unsupported type {target!r}")


def _decode_union(options: tuple[Any, ...], value: JsonValue) -> object:
    if value is None and type(None) in options:
        return None
    if set(options) >= {str, int, float, bool}:  # JsonValue
        return value
    errors = []
    for option in options:
        if option is type(None):
            continue
        try:
            return _decode(option, value)
        except (DecodeError, ValueError, TypeError) as exc:
            errors.append(str(exc))
    raise DecodeError("; ".join(errors) or "no option matched")


def _decode_sequence(target: Any, origin: type, value: JsonValue) -> object:
    if not isinstance(value, list):
        raise DecodeError("expected an array")
    args = typing.get_args(target)
    if origin is tuple and args and args[-1] is not Ellipsis:  # tuple[A, B]
        if len(value) != len(args):
            raise DecodeError(f"expected an array of {len(args)}")
        return tuple(_decode(a, v) for a, v in zip(args, value, strict=True))
    item = args[0] if args else Any
    items = [_decode(item, v) for v in value]
    return origin(items)


def _decode_plain(target: type, value: JsonValue) -> object:
    scalar = _SCALARS.get(target)
    if scalar is not None:
        return scalar(value)
    if dataclasses.is_dataclass(target):
        return _decode_dataclass(target, value)
    if issubclass(target, Enum):
        return target(value)
    raise DecodeError(f"unsupported type {target.__name__}")


def _decode_dataclass(target: type, value: JsonValue) -> object:
    if not isinstance(value, dict):
        raise DecodeError(f"expected an object for {target.__name__}")
    hints = _hints(target)
    kwargs = {
        f.name: _decode(hints[f.name], value[f.name])
        for f in dataclasses.fields(target)
        if f.name in value
    }
    try:
        return target(**kwargs)
    except TypeError as exc:
        raise DecodeError(str(exc)) from None


def _expect(
    kind: type | tuple[type, ...], what: str
) -> typing.Callable[[JsonValue], object]:
    def check(value: JsonValue) -> object:
        if not isinstance(value, kind) or (
            isinstance(value, bool) and kind is not bool
        ):
            raise DecodeError(f"expected {what}")
        return value

    return check


def _timestamp(value: JsonValue) -> datetime:
    if not isinstance(value, str):
        raise DecodeError("expected a timestamp")
    stamp = datetime.fromisoformat(value)
    if stamp.tzinfo is None:
        raise DecodeError("timestamp without time zone")
    return stamp


def _address(value: JsonValue) -> Address:
    if not isinstance(value, str):
        raise DecodeError("expected an address")
    return Address.parse(value)


def _bytes(value: JsonValue) -> bytes:
    if not isinstance(value, str):
        raise DecodeError("expected base64 data")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise DecodeError("invalid base64 data") from None


def _none(value: JsonValue) -> None:
    if value is not None:
        raise DecodeError("expected null")


_SCALARS: dict[type, typing.Callable[[JsonValue], object]] = {
    str: _expect(str, "a string"),
    bool: _expect(bool, "a boolean"),
    int: _expect(int, "an integer"),
    float: lambda v: float(typing.cast(float, _expect((int, float), "a number")(v))),
    datetime: _timestamp,
    Address: _address,
    bytes: _bytes,
    type(None): _none,
}
