# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The OS file lock behind the profile lock: exclusive, non-blocking, crash-safe."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from messenger.storage.lockfile import LockFile
from messenger.storage.lockfile import LockHeldError

TIMEOUT = 60

_HOLDER = """
import sys, time
from pathlib import Path
from messenger.storage.lockfile import LockFile
lock = LockFile(Path(sys.argv[1]))
assert lock.acquire()
print("locked", flush=True)
if sys.argv[2] == "exit":
    sys.exit(0)  # without release(): the OS drops the lock at exit
time.sleep(60)
"""


def _held(lock: LockFile) -> bool:
    # A function, so mypy does not keep the narrowed value of the property.
    return lock.held


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "lock"


@pytest.fixture
def holder(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the lock until it is killed."""
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), "sleep"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "locked"
        yield process
    finally:
        process.kill()
        process.wait(timeout=TIMEOUT)
        if process.stdout is not None:
            process.stdout.close()


def test_acquire_and_release(path: Path) -> None:
    lock = LockFile(path)
    assert lock.path == path
    assert not _held(lock)

    assert lock.acquire()
    assert _held(lock)
    assert lock.acquire()  # already ours: a no-op
    lock.release()
    assert not _held(lock)
    lock.release()  # harmless
    assert lock.acquire()  # and again
    lock.release()
    assert path.exists()  # never deleted (that would race with other openers)


def test_two_locks_on_one_file_exclude_each_other_in_one_process(
    path: Path,
) -> None:
    first, second = LockFile(path), LockFile(path)
    assert first.acquire()
    assert not second.acquire()
    assert not _held(second)
    first.release()
    assert second.acquire()
    assert not first.acquire()
    second.release()


def test_the_holder_writes_its_pid_and_empties_the_file_on_release(
    path: Path,
) -> None:
    path.write_text("garbage from an older run, longer than any pid\n")
    lock = LockFile(path)
    assert lock.holder_pid() is None

    assert lock.acquire()
    assert path.read_text(encoding="ascii") == f"{os.getpid()}\n"
    assert LockFile(path).holder_pid() == os.getpid()
    lock.release()

    assert path.read_bytes() == b""
    assert lock.holder_pid() is None


def test_holder_pid_of_a_missing_file_is_none(path: Path) -> None:
    assert LockFile(path).holder_pid() is None


@pytest.mark.skipif(sys.platform == "win32", reason="no POSIX modes on Windows")
def test_the_lock_file_is_owner_only(path: Path) -> None:
    with LockFile(path):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def test_context_manager_acquires_releases_and_refuses_a_held_lock(
    path: Path,
) -> None:
    with LockFile(path) as lock:
        assert _held(lock)
        with pytest.raises(LockHeldError), LockFile(path):
            pytest.fail("entered a lock held by another LockFile")
    assert not _held(lock)
    assert LockFile(path).acquire()


def test_a_lock_held_by_another_process_is_refused_until_it_is_killed(
    path: Path, holder: subprocess.Popen[str]
) -> None:
    lock = LockFile(path)
    assert not lock.acquire()
    assert lock.holder_pid() == holder.pid

    # Killed without any chance to clean up: the OS drops the lock.
    holder.kill()
    holder.wait(timeout=TIMEOUT)

    assert lock.acquire()
    assert lock.holder_pid() == os.getpid()
    lock.release()


def test_a_process_that_exits_without_releasing_leaves_no_stale_lock(
    path: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _HOLDER, str(path), "exit"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.stdout == "locked\n", result.stderr

    lock = LockFile(path)
    assert lock.acquire()
    lock.release()


def test_importing_the_module_loads_nothing_from_outside_the_stdlib() -> None:
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import messenger.storage.lockfile\n"
        "new = {m.partition('.')[0] for m in set(sys.modules) - before}\n"
        "print(sorted(new - set(sys.stdlib_module_names) - {'messenger'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"
