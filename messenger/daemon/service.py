# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Composition of a core for a profile: SQLite store, keyring, protocol backends."""

from __future__ import annotations

from collections.abc import Mapping

from messenger.core.interfaces import BackendFactory
from messenger.core.interfaces import SecretStore
from messenger.core.local import LocalCore
from messenger.core.model import ProtocolKind
from messenger.protocols.registry import backend_factories
from messenger.storage.paths import Profile
from messenger.storage.secrets import KeyringSecretStore
from messenger.storage.store import SqliteStore


def build_local_core(
    profile: Profile,
    *,
    secrets: SecretStore | None = None,
    backends: Mapping[ProtocolKind, BackendFactory] | None = None,
) -> LocalCore:
    """Build (not start) the core of ``profile``; ``profile.ensure()`` first.

    ``backends`` replaces the protocol backends (``{}``: a core that edits the
    profile without connecting anywhere, as the command line does).
    """
    return LocalCore(
        SqliteStore(profile.database),
        secrets if secrets is not None else KeyringSecretStore(),
        backend_factories() if backends is None else backends,
        profile.cache_dir,
    )
