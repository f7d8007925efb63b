# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A content-addressed avatar cache on disk (file I/O off the event loop).

Images are stored under their SHA-1 hex digest, the hash XEP-0084/0153 use, and
the cache checks it: a peer cannot poison another contact's avatar by claiming
its hash. Attached UIs get avatars as bytes (``CoreApi.get_avatar``), never as
paths, so they work across machines.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import re
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_AVATAR_BYTES = 1024 * 1024
_HASH = re.compile(r"^[0-9a-f]{40}$")


class AvatarError(ValueError):
    """The avatar is too big or does not match its hash."""


class AvatarCache:
    def __init__(self, directory: Path) -> None:
        self._dir = directory
        self._known: set[str] = set()

    async def load(self) -> None:
        """Learn which hashes are cached (one directory listing, off the loop)."""
        self._known = await asyncio.to_thread(self._scan)

    def _scan(self) -> set[str]:
        if not self._dir.is_dir():
            return set()
        return {p.name for p in self._dir.iterdir() if _HASH.match(p.name)}

    def __contains__(self, avatar_hash: str) -> bool:
        return avatar_hash in self._known

    async def put(self, avatar_hash: str, data: bytes) -> None:
        if len(data) > MAX_AVATAR_BYTES:
            raise AvatarError(f"avatar of {len(data)} bytes is too big")
        if hashlib.sha1(data, usedforsecurity=False).hexdigest() != avatar_hash:
            raise AvatarError("avatar does not match its hash")
        if avatar_hash not in self._known:
            await asyncio.to_thread(self._write, avatar_hash, data)
            self._known.add(avatar_hash)

    def _write(self, avatar_hash: str, data: bytes) -> None:
        self._dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self._dir, prefix=".avatar-")
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        Path(tmp).replace(self._dir / avatar_hash)

    async def get(self, avatar_hash: str) -> bytes | None:
        if not _HASH.match(avatar_hash) or avatar_hash not in self._known:
            return None
        try:
            return await asyncio.to_thread((self._dir / avatar_hash).read_bytes)
        except OSError:
            log.warning("cached avatar %s is unreadable", avatar_hash)
            self._known.discard(avatar_hash)
            return None
