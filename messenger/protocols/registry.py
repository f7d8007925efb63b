# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The protocol backends this build offers, by protocol.

Factories import their protocol library only when an account of that kind is
built, so start-up never pays for slixmpp or aioimaplib it does not use.
"""

from __future__ import annotations

from messenger.core.interfaces import BackendContext
from messenger.core.interfaces import BackendFactory
from messenger.core.interfaces import ProtocolBackend
from messenger.core.model import ProtocolKind


def xmpp_factory(context: BackendContext) -> ProtocolBackend:
    """Build an XMPP backend; slixmpp is imported here, on first use."""
    from messenger.protocols.xmpp.backend import XmppBackend  # noqa: PLC0415

    return XmppBackend(context)


def backend_factories() -> dict[ProtocolKind, BackendFactory]:
    """Return the factory of every protocol implemented so far."""
    return {ProtocolKind.XMPP: xmpp_factory}
