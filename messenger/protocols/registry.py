# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The protocol backends this build offers, by protocol.

Factories import their protocol library only when an account of that kind is
built, so start-up never pays for slixmpp or aioimaplib it does not use; their
``prepare()`` does that import in a worker thread (about 0.1 s for slixmpp and
our backend), so connecting the first account does not freeze the event loop.
"""

from __future__ import annotations

import asyncio
import importlib

from messenger.core.interfaces import BackendContext
from messenger.core.interfaces import BackendFactory
from messenger.core.interfaces import ProtocolBackend
from messenger.core.model import ProtocolKind


class _LazyFactory:
    """A backend factory whose module is imported on first use."""

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name

    async def prepare(self) -> None:
        """Import the backend's module (and its protocol library) off the loop."""
        await asyncio.to_thread(importlib.import_module, self._module)

    def __call__(self, context: BackendContext) -> ProtocolBackend:
        backend: type[ProtocolBackend] = getattr(
            importlib.import_module(self._module), self._name
        )
        return backend(context)  # type: ignore[call-arg]


xmpp_factory = _LazyFactory("messenger.protocols.xmpp.backend", "XmppBackend")
email_factory = _LazyFactory("messenger.protocols.email.backend", "EmailBackend")


def backend_factories() -> dict[ProtocolKind, BackendFactory]:
    """Return the factory of every protocol implemented so far."""
    return {ProtocolKind.XMPP: xmpp_factory, ProtocolKind.EMAIL: email_factory}
