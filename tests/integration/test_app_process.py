# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The real ``python -m messenger`` in subprocesses (offscreen, tmp profiles)."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from messenger.core.local import LocalCore
from messenger.core.model import ProtocolKind
from messenger.storage.paths import Profile
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore

START_TIMEOUT = 60.0
READY_LINE = "Main window ready"
MESSENGER = [sys.executable, "-m", "messenger"]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Offscreen, no keyring, no inherited profile, private temp and data dirs."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    environ = dict(os.environ)
    for name in (
        "MESSENGER_PROFILE",
        "MESSENGER_TEST_QUIT_ON_ACTIVATION",
        "MESSENGER_TRACE_STARTUP",
    ):
        environ.pop(name, None)
    environ.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        TMPDIR=str(temp),
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        XDG_CACHE_HOME=str(tmp_path / "xdg-cache"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
        PYTHONFAULTHANDLER="1",
    )
    return environ


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*MESSENGER, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=START_TIMEOUT,
        check=False,
    )


class Running:
    """A GUI process whose stderr is read (and kept) by a thread."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [*MESSENGER, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self._changed:
                self.lines.append(line)
                self._changed.notify_all()

    @property
    def stderr(self) -> str:
        with self._changed:
            return "".join(self.lines)

    def wait_for(self, text: str, timeout: float = START_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not any(text in line for line in self.lines):
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self.process.poll() is not None:
                    raise AssertionError(f"no {text!r} in:\n{''.join(self.lines)}")
                self._changed.wait(min(remaining, 0.2))

    def wait(self, timeout: float = START_TIMEOUT) -> int:
        status = self.process.wait(timeout=timeout)
        self._reader.join(timeout)
        return status

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def running(env: dict[str, str]) -> Iterator[list[Running]]:
    started: list[Running] = []
    yield started
    for process in started:
        process.stop()


def test_smoke_test_prints_ready_and_exits_cleanly(
    tmp_path: Path, env: dict[str, str]
) -> None:
    profile = tmp_path / "profile"

    result = run(["--smoke-test", "--profile", str(profile)], env)

    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"ready \d+\.\d{3}\n", result.stdout), result.stdout
    assert 0 < float(result.stdout.split()[1]) < START_TIMEOUT
    assert Profile(profile).database.exists()
    log = (Profile(profile).log_dir / "messenger.log").read_text(encoding="utf-8")
    assert "Shut down cleanly" in log
    # The lock was released: the profile can be used again at once.
    assert run(["--smoke-test", "--profile", str(profile)], env).returncode == 0


# Nothing of this may load before the window's first frame (see messenger.app).
NOT_BEFORE_FIRST_FRAME = {
    "asyncio",
    "qasync",
    "sqlite3",
    "keyring",
    "platformdirs",
    "filelock",
    "messenger.core",
    "messenger.daemon",
    "messenger.storage.store",
    "messenger.storage.secrets",
    "messenger.ui.bridge",
    "messenger.ui.models.contacts",
    "PySide6.QtNetwork",
}


def _imported(stderr_lines: list[str]) -> set[str]:
    """Module names in ``-X importtime`` lines."""
    return {
        line.rsplit("|", 1)[-1].strip()
        for line in stderr_lines
        if line.startswith("import time:")
    }


def test_the_first_frame_is_traced_and_comes_before_the_core_is_loaded(
    tmp_path: Path, env: dict[str, str]
) -> None:
    traced = dict(env, MESSENGER_TRACE_STARTUP="1", PYTHONPROFILEIMPORTTIME="1")

    result = run(["--smoke-test", "--profile", str(tmp_path / "profile")], traced)

    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"ready \d+\.\d{3}\n", result.stdout), result.stdout
    lines = result.stderr.splitlines()
    frames = [i for i, line in enumerate(lines) if line.startswith("first-frame ")]
    assert len(frames) == 1, result.stderr
    (frame,) = frames
    assert re.fullmatch(r"first-frame \d+\.\d{3}", lines[frame])
    assert 0 < float(lines[frame].split()[1]) <= float(result.stdout.split()[1])
    assert not NOT_BEFORE_FIRST_FRAME & _imported(lines[:frame])
    assert {"asyncio", "qasync", "sqlite3", "messenger.core"} <= _imported(
        lines[frame:]
    )


def test_no_first_frame_line_without_the_trace(
    tmp_path: Path, env: dict[str, str]
) -> None:
    result = run(["--smoke-test", "--profile", str(tmp_path / "profile")], env)

    assert result.returncode == 0, result.stderr
    assert "first-frame" not in result.stderr


def test_smoke_test_without_a_profile_uses_and_removes_a_temporary_one(
    tmp_path: Path, env: dict[str, str]
) -> None:
    result = run(["--smoke-test", "--log-level", "info"], env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ready ")
    match = re.search(r"temporary profile (\S+)", result.stderr)
    assert match, result.stderr
    temporary = Path(match.group(1))
    assert temporary.parent == Path(env["TMPDIR"])
    assert not temporary.exists()
    assert list(Path(env["TMPDIR"]).iterdir()) == []  # the socket went too
    assert not (tmp_path / "xdg-data").exists()  # the default profile untouched


def test_a_second_start_activates_the_first_and_exits(
    tmp_path: Path, env: dict[str, str], running: list[Running]
) -> None:
    profile = str(tmp_path / "profile")
    first = Running(
        ["--profile", profile, "--log-level", "debug"],
        dict(env, MESSENGER_TEST_QUIT_ON_ACTIVATION="1"),
    )
    running.append(first)
    first.wait_for(READY_LINE)

    started = time.monotonic()
    second = run(["--profile", profile, "--log-level", "info"], env)
    elapsed = time.monotonic() - started

    assert second.returncode == 0, second.stderr
    assert "activated it" in second.stderr
    assert second.stdout == ""
    assert elapsed < 10
    assert first.wait() == 0, first.stderr
    assert "Another start asked to activate this one" in first.stderr
    assert "['--profile', " in first.stderr
    assert "'--log-level', 'info']" in first.stderr
    assert "Shut down cleanly" in first.stderr


async def _prepare_profile(profile: Profile) -> None:
    core = LocalCore(
        SqliteStore(profile.database), MemorySecretStore(), {}, profile.cache_dir
    )
    await core.start()
    await core.add_account(ProtocolKind.XMPP, "romeo@montague.example", enabled=False)
    await core.close()


async def _account_addresses(profile: Profile) -> list[str]:
    core = LocalCore(
        SqliteStore(profile.database), MemorySecretStore(), {}, profile.cache_dir
    )
    await core.start()
    try:
        return [account.address for account in (await core.snapshot()).accounts]
    finally:
        await core.close()


def test_sigterm_quits_cleanly_and_leaves_the_database_consistent(
    tmp_path: Path, env: dict[str, str], running: list[Running]
) -> None:
    profile = Profile(tmp_path / "profile")
    profile.ensure()
    asyncio.run(_prepare_profile(profile))
    app = Running(["--profile", str(profile.root), "--log-level", "info"], env)
    running.append(app)
    app.wait_for(READY_LINE)

    app.process.send_signal(signal.SIGTERM)

    assert app.wait() == 0, app.stderr
    assert "Shut down cleanly" in app.stderr
    with sqlite3.connect(profile.database) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert asyncio.run(_account_addresses(profile)) == ["romeo@montague.example"]
    lock = profile.lock()
    assert lock.acquire()
    lock.release()


def test_a_busy_profile_fails_a_smoke_test(tmp_path: Path, env: dict[str, str]) -> None:
    profile = Profile(tmp_path / "profile")
    profile.ensure()
    lock = profile.lock()
    assert lock.acquire()
    try:
        result = run(["--smoke-test", "--profile", str(profile.root)], env)
    finally:
        lock.release()
    assert result.returncode == 1
    assert result.stdout == ""
    assert "in use by another process" in result.stderr
