# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A real ``python -m messenger daemon`` process, and UIs attached to it.

The daemon keeps passwords in the test bed's private Secret Service (so a
restarted daemon logs in again, as a user's would) and its socket in a short
private runtime directory. ``Daemon.kill()`` is SIGKILL (a crash),
``Daemon.stop()`` SIGTERM (a clean stop); ``start()`` again reuses the profile.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol
from typing import TypeVar

import pytest
import pytest_asyncio

from messenger.core.events import Event
from messenger.daemon.client import LocalTarget
from messenger.daemon.client import RemoteCore
from messenger.daemon.transport import socket_path
from messenger.storage.paths import Profile
from tests.testbed.secret_service import SecretService

READY = "messenger daemon ready"
TIMEOUT = 30.0
E = TypeVar("E", bound=Event)


class Daemon:
    def __init__(self, profile: Path, env: dict[str, str]) -> None:
        self.profile = Profile(profile)
        self.env = env
        self.process: subprocess.Popen[str] | None = None
        self.output: list[str] = []

    def start(self) -> None:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "messenger",
                "daemon",
                "--profile",
                str(self.profile.root),
                "--log-level",
                "info",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=self.env,
        )
        self.process = process
        ready = threading.Event()

        def read() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                self.output.append(line)
                if line.startswith(READY):
                    ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(TIMEOUT):
            raise AssertionError("the daemon did not start:\n" + self.log)

    @property
    def log(self) -> str:
        return "".join(self.output)

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait(TIMEOUT)

    def stop(self) -> int:
        assert self.process is not None
        self.process.terminate()
        return self.process.wait(TIMEOUT)

    def target(self) -> LocalTarget:
        old = os.environ.get("XDG_RUNTIME_DIR")
        os.environ["XDG_RUNTIME_DIR"] = self.env["XDG_RUNTIME_DIR"]
        try:
            return LocalTarget(path=socket_path(self.profile))
        finally:
            if old is None:
                os.environ.pop("XDG_RUNTIME_DIR", None)
            else:
                os.environ["XDG_RUNTIME_DIR"] = old

    def cli(
        self, *args: str, stdin: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        """``python -m messenger ARGS --profile <this profile>``."""
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "messenger",
                *args,
                "--profile",
                str(self.profile.root),
            ],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env,
            timeout=TIMEOUT,
            check=False,
        )


class Watcher:
    """Records a RemoteCore's events; waits for them (with a timeout)."""

    def __init__(self, core: RemoteCore) -> None:
        self.core = core
        self.events: list[Event] = []
        self._changed = asyncio.Event()
        core.events.subscribe_all(self._on)

    def _on(self, _seq: int, event: Event) -> None:
        self.events.append(event)
        self._changed.set()

    def of(self, kind: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, kind)]

    async def until(
        self, condition: Callable[[], object], limit: float = TIMEOUT
    ) -> None:
        async with asyncio.timeout(limit):
            while not condition():
                self._changed.clear()
                await self._changed.wait()


@pytest.fixture
def runtime_dir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="msgd-", dir="/tmp"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def daemon_env(
    keyring_env: SecretService, runtime_dir: Path, tmp_path: Path
) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        keyring_env.env,
        PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring",
        XDG_RUNTIME_DIR=str(runtime_dir),
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        PYTHONFAULTHANDLER="1",
    )
    env.pop("MESSENGER_PROFILE", None)
    return env


@pytest.fixture
def daemon(daemon_env: dict[str, str], tmp_path: Path) -> Iterator[Daemon]:
    running = Daemon(tmp_path / "profile", daemon_env)
    running.start()
    try:
        yield running
    finally:
        if running.process is not None and running.process.poll() is None:
            running.process.terminate()
            try:
                running.process.wait(TIMEOUT)
            except subprocess.TimeoutExpired:
                running.process.kill()


@pytest_asyncio.fixture
async def attach(daemon: Daemon) -> AsyncIterator[Attach]:
    """``await attach(name)``: a RemoteCore UI on the daemon, and its Watcher."""
    cores: list[RemoteCore] = []

    async def make(name: str = "ui", **options: object) -> tuple[RemoteCore, Watcher]:
        core = RemoteCore(
            daemon.target(),
            client_name=name,
            backoff=(0.1, 0.2, 0.5),
            **options,  # type: ignore[arg-type]
        )
        watcher = Watcher(core)
        await core.start()
        cores.append(core)
        return core, watcher

    yield make
    for core in cores:
        await core.close()


def wait_until(condition: Callable[[], bool], limit: float = TIMEOUT) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


class Attach(Protocol):
    async def __call__(
        self, name: str = "ui", **options: object
    ) -> tuple[RemoteCore, Watcher]: ...
