# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``quick_init``: a cheaper constructor for frozen dataclasses on hot paths.

A frozen dataclass sets each field in ``__init__`` with
``object.__setattr__(self, name, value)``: a global lookup, an attribute
lookup and a call through a slot wrapper per field, about 190 ns a field on
this machine. Every received message builds several such values (the
backend's parse result, ``IncomingMessage``, ``NewMessage``, ``Message``), so
during a burst this is several per cent of the CPU time. The constructor made
here binds ``object.__setattr__`` to the new instance once and calls that per
field: the same fields, defaults, keyword rules and ``__post_init__``, at
about half the cost. The instance stays frozen: assignment still raises.
"""

from __future__ import annotations

import dataclasses
from typing import Any
from typing import TypeVar

T = TypeVar("T")

_MISSING = dataclasses.MISSING


def quick_init(cls: type[T]) -> type[T]:
    """Replace the ``__init__`` of the frozen dataclass ``cls`` (apply it above
    ``@dataclass``). Only keyword-only classes without ``InitVar`` fields."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen:
        raise TypeError(f"{cls.__name__} is not a frozen dataclass")
    names: dict[str, Any] = {"_setattr": object.__setattr__, "_MISSING": _MISSING}
    signature: list[str] = []
    body = ["    s = _setattr.__get__(self)"]
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if not f.init:  # set from its default, as the dataclass would
            if f.default is not _MISSING:
                names[f"_d_{f.name}"] = f.default
                body.append(f"    s({f.name!r}, _d_{f.name})")
            elif f.default_factory is not _MISSING:
                names[f"_f_{f.name}"] = f.default_factory
                body.append(f"    s({f.name!r}, _f_{f.name}())")
            continue
        if not f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name} is not keyword-only")
        if f.default is not _MISSING:
            names[f"_d_{f.name}"] = f.default
            signature.append(f"{f.name}=_d_{f.name}")
            body.append(f"    s({f.name!r}, {f.name})")
        elif f.default_factory is not _MISSING:
            names[f"_f_{f.name}"] = f.default_factory
            signature.append(f"{f.name}=_MISSING")
            body.append(
                f"    s({f.name!r}, _f_{f.name}() if {f.name} is _MISSING"
                f" else {f.name})"
            )
        else:
            signature.append(f.name)
            body.append(f"    s({f.name!r}, {f.name})")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __init__(self, *, {', '.join(signature)}):\n" + "\n".join(body)
    if not signature:
        source = "def __init__(self):\n" + "\n".join(body)
    exec(source, names)  # noqa: S102 (generated from the class's own fields)
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    setattr(cls, "__init__", init)  # noqa: B010 (mypy: no method assignment)
    return cls
