# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""TLS policy for XMPP: the shared helpers of ``messenger.protocols.tls``.

Certificates are checked against the JID's domain (slixmpp passes
``server_hostname=default_domain``, which ``XmppClient`` keeps equal to the
JID domain, never a name from DNS or a redirect: CVE-2022-24968). When the
check fails, a second handshake with a non-verifying context learns the
presented certificate's fingerprint; ``XmppClient.connection_made`` uses that
connection further only if the fingerprint equals the one the user pinned.
"""

from __future__ import annotations

import ssl

from messenger.protocols.tls import MIN_TLS
from messenger.protocols.tls import describe_tls_error
from messenger.protocols.tls import format_fingerprint
from messenger.protocols.tls import normalize_fingerprint
from messenger.protocols.tls import peer_fingerprint
from messenger.protocols.tls import pinning_context
from messenger.protocols.tls import verifying_context

__all__ = [
    "MIN_TLS",
    "describe_tls_error",
    "format_fingerprint",
    "normalize_fingerprint",
    "peer_fingerprint",
    "pinning_context",
    "unconfigured_context",
    "verifying_context",
]


def unconfigured_context() -> ssl.SSLContext:
    """A verifying context that trusts no CA: a placeholder until ``prepare``."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = MIN_TLS
    return context
