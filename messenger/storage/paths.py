# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Where a profile lives, and the lock that gives one process its use.

A profile is one directory: the database, a cache, logs and a lock file. Its
location is, in order of precedence, ``--profile DIR``, the ``MESSENGER_PROFILE``
environment variable, or the platform's user data directory (platformdirs).
Every other module gets its paths from a :class:`Profile`, so tests and portable
installs only have to choose the root.

Only one process may use a profile at a time: :meth:`Profile.lock` returns a
:class:`~messenger.storage.lockfile.LockFile` on ``<profile>/lock``, an OS lock
that the OS drops when the holder dies, so a crashed daemon never leaves a stale
lock behind.

Cheap to import: the GUI resolves and locks its profile before its first frame,
so platformdirs is imported only when the default location is asked for (and
hashlib only for :attr:`Profile.runtime_id`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from messenger.storage.lockfile import LockFile

log = logging.getLogger(__name__)

APP_NAME = "messenger"
PROFILE_ENV = "MESSENGER_PROFILE"
# Owner-only: the profile holds message history and account settings.
_DIR_MODE = 0o700


def default_profile_dir() -> Path:
    """The platform's per-user data directory for messenger."""
    import platformdirs  # noqa: PLC0415 (start-up time: see the module docstring)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_profile_dir(cli_value: str | None, environ: Mapping[str, str]) -> Path:
    """The profile root: ``--profile``, else ``$MESSENGER_PROFILE``, else the default.

    An empty value counts as unset. ``~`` is expanded and the result is absolute
    and normalised (``..`` removed); symbolic links are left alone.
    """
    chosen = cli_value or environ.get(PROFILE_ENV) or ""
    path = Path(chosen).expanduser() if chosen else default_profile_dir()
    return Path(os.path.abspath(path))


@dataclass(frozen=True, slots=True)
class Profile:
    """The files of one profile under ``root``."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "messenger.sqlite3"

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    @property
    def lock_file(self) -> Path:
        return self.root / "lock"

    @property
    def runtime_id(self) -> str:
        """A short id, stable for this profile, for socket and instance names.

        It hashes the resolved root, so two spellings of one directory (a
        symbolic link, different case on Windows) get the same id.
        """
        import hashlib  # noqa: PLC0415 (OpenSSL: not needed before the first frame)

        key = os.path.normcase(str(self.root.resolve()))
        return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def ensure(self) -> None:
        """Create the profile directories (owner-only where the OS has modes).

        Existing directories keep their permissions: the root may be a directory
        the user chose, and it is not ours to change.
        """
        for path in (self.root, self.cache_dir, self.log_dir):
            if not path.is_dir():
                log.info("Creating %s", path)
            path.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)

    def lock(self) -> LockFile:
        """A lock on this profile (not yet acquired). Call :meth:`ensure` first."""
        return LockFile(self.lock_file)
