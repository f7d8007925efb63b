# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Where a core listens for local UIs, and who may connect there.

POSIX: a Unix socket ``core-<profile runtime id>.sock`` in the user's runtime
directory (platformdirs; ``$XDG_RUNTIME_DIR/messenger`` on Linux). The directory
is the user's alone (0700, owned by the user, not a symbolic link: checked,
since the fallback location is under /tmp where anyone could have made it
first), the socket is 0600, and on Linux the core also checks the connecting
process's user id (``SO_PEERCRED``).

Windows has no such socket permissions here: the core listens on 127.0.0.1 on
a free port and writes ``{"port", "token"}`` to ``core-<id>.json`` in the
user's runtime directory; a client must send that token in its hello. (This
path is written but cannot be tested on the Linux CI.)
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
import struct
import sys
import warnings
from pathlib import Path

from messenger.storage.paths import APP_NAME
from messenger.storage.paths import Profile

# sockaddr_un.sun_path holds 108 bytes on Linux (104 on macOS), with its NUL.
MAX_SOCKET_PATH = 103
IS_WINDOWS = sys.platform == "win32"


class TransportError(OSError):
    """The local endpoint cannot be used safely; the message says why."""


def runtime_dir() -> Path:
    """The user's private runtime directory for messenger (created, checked)."""
    import platformdirs  # noqa: PLC0415 (not needed by an embedded start's first frame)

    with warnings.catch_warnings():
        # Without XDG_RUNTIME_DIR platformdirs warns and uses /tmp/runtime-<uid>.
        warnings.simplefilter("ignore")
        base = Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False))
    ensure_private_dir(base)
    return base


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (0700); refuse it unless it is the user's own directory."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if IS_WINDOWS:
        return
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise TransportError(f"{path} is not a directory")
    if info.st_uid != os.getuid():
        raise TransportError(f"{path} belongs to another user")
    if info.st_mode & 0o077:
        os.chmod(path, 0o700)


def socket_path(profile: Profile) -> Path:
    """The Unix socket of ``profile``'s core."""
    path = runtime_dir() / f"core-{profile.runtime_id}.sock"
    if len(os.fsencode(path)) > MAX_SOCKET_PATH:
        raise TransportError(f"socket path too long for the OS: {path}")
    return path


def endpoint_file(profile: Profile) -> Path:
    """Windows: the file naming the core's port and token."""
    return runtime_dir() / f"core-{profile.runtime_id}.json"


def write_endpoint(path: Path, port: int, token: str) -> None:
    """Write the Windows endpoint file, readable by the user only."""
    data = json.dumps({"port": port, "token": token}).encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as file:
        file.write(data)


def read_endpoint(path: Path) -> tuple[int, str]:
    """(port, token) from a Windows endpoint file; OSError/ValueError if bad."""
    data = json.loads(path.read_text(encoding="utf-8"))
    port, token = data.get("port"), data.get("token")
    if not isinstance(port, int) or not isinstance(token, str):
        raise ValueError("bad endpoint file")
    return port, token


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def peer_uid(sock: socket.socket | None) -> int | None:
    """The user id of the process at the other end (Linux), else None."""
    option = getattr(socket, "SO_PEERCRED", None)
    if sock is None or option is None or not sys.platform.startswith("linux"):
        return None
    try:
        raw = sock.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    except OSError:
        return None
    _pid, uid, _gid = struct.unpack("3i", raw)
    return int(uid)


def same_user(sock: socket.socket | None) -> bool:
    """Is the peer this process's user (True where the OS cannot tell)?"""
    uid = peer_uid(sock)
    return uid is None or uid == os.getuid()


def is_listening(path: Path, timeout: float = 1.0) -> bool:
    """Does a process accept connections on the Unix socket ``path``?"""
    if IS_WINDOWS or not path.exists():
        return False
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(timeout)
    try:
        probe.connect(os.fspath(path))
    except OSError:
        return False
    finally:
        probe.close()
    return True
