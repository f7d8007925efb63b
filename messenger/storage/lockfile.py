# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""An exclusive, non-blocking OS lock on one file, dropped when the process dies.

POSIX uses ``fcntl.flock`` on the whole file; Windows uses ``msvcrt.locking`` on
its first byte. Both locks belong to the open file, so the OS releases them when
the holder exits or crashes: there is never a stale lock to clean up. Two
:class:`LockFile` objects on one path exclude each other even within a process
(each opens the file on its own).

The holder writes its process id into the file, for diagnostics only (who has
the profile?): the lock, not the file's content, decides. The file itself is
never deleted, since removing a lock file while another process opens it races.

Cheap to import (no third-party modules): the GUI takes the profile lock before
its first frame.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
from pathlib import Path
from types import TracebackType

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

log = logging.getLogger(__name__)

# Owner-only: the lock file sits in the profile, next to the message history.
_FILE_MODE = 0o600
# O_BINARY: no newline translation on Windows (0 elsewhere). Python opens the
# file non-inheritable, so child processes never hold the lock.
_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
# A pid is a handful of digits; anything longer is not ours.
_MAX_PID_BYTES = 32


class LockHeldError(OSError):
    """Another process (or another :class:`LockFile`) holds the lock."""


class LockFile:
    """An exclusive lock on ``path`` (see the module docstring).

    :meth:`acquire` makes one attempt and never waits. Acquiring a lock this
    object holds already is a no-op; :meth:`release` of a lock not held is too.
    As a context manager it acquires (raising :class:`LockHeldError` when the
    lock is taken) and releases on exit.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    @property
    def path(self) -> Path:
        return self._path

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock now; return False when someone else holds it."""
        if self._fd is not None:
            return True
        fd = os.open(self._path, _OPEN_FLAGS, _FILE_MODE)
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            log.info(
                "Lock %s is held by another process (pid %s)",
                self._path,
                self.holder_pid() or "unknown",
            )
            return False
        self._fd = fd
        try:
            _write_pid(fd)
        except OSError as exc:  # diagnostics only: the lock is what counts
            log.warning("Could not write the pid into %s: %s", self._path, exc)
        return True

    def release(self) -> None:
        """Give the lock up (the file stays, emptied)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        # Empty it while still holding the lock: afterwards the next holder may
        # have written its own pid.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def holder_pid(self) -> int | None:
        """The pid the current holder wrote, if readable (diagnostics only)."""
        try:
            with self._path.open("rb") as file:
                text = file.read(_MAX_PID_BYTES)
        except OSError:  # missing, or its first byte locked (Windows)
            return None
        try:
            return int(text.strip() or b"-")
        except ValueError:
            return None

    def __enter__(self) -> LockFile:
        if not self.acquire():
            raise LockHeldError(f"{self._path} is locked by another process")
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def _write_pid(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{os.getpid()}\n".encode("ascii"))


if sys.platform == "win32":

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            # One byte from the current position, which may lie beyond the end.
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            # The no-wait failure: locked by someone else.
            if exc.errno in (errno.EACCES, errno.EDEADLOCK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # EWOULDBLOCK: locked by someone else
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
