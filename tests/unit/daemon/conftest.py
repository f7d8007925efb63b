# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A real core (in-memory storage, scripted network) served on a Unix socket."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import AsyncIterator
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio

from messenger.core.local import LocalCore
from messenger.daemon.client import LocalTarget
from messenger.daemon.client import RemoteCore
from messenger.daemon.server import CoreServer
from tests.doubles.backend import BackendRecorder
from tests.doubles.cores import memory_core


@dataclass
class Served:
    core: LocalCore
    recorder: BackendRecorder
    server: CoreServer
    path: Path
    clients: list[RemoteCore]

    async def attach(self, **options: object) -> RemoteCore:
        client = RemoteCore(LocalTarget(path=self.path), **options)  # type: ignore[arg-type]
        await client.start()
        self.clients.append(client)
        return client


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """A directory with a short path (Unix socket paths hold ~100 bytes)."""
    path = Path(tempfile.mkdtemp(prefix="msg-", dir="/tmp"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@pytest_asyncio.fixture
async def served(tmp_path: Path, short_dir: Path) -> AsyncIterator[Served]:
    core, recorder = await memory_core(tmp_path)
    server = CoreServer(core)
    path = short_dir / "core.sock"
    await server.serve_unix(str(path))
    served = Served(core, recorder, server, path, [])
    try:
        yield served
    finally:
        for client in served.clients:
            await client.close()
        await server.close()
        await core.close()
