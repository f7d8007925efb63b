# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Start messenger with the desktop session: the XDG autostart entry.

Freedesktop desktops (GNOME, KDE, Xfce, ...) start every
``$XDG_CONFIG_HOME/autostart/*.desktop`` when the user logs in (XDG Autostart
Specification). Turning the preference on writes
``~/.config/autostart/org.messenger.Messenger.desktop`` with the command that
started this messenger (the bundle's executable, the installed ``messenger``
script, else ``python -m messenger``); turning it off removes the file. The
file itself is the setting: it belongs to this machine and user, not to the
profile (whose settings every attached UI shares, wherever it runs).

Qt-free and blocking (small file I/O): the UI calls it with
``asyncio.to_thread``. Windows (a ``Run`` registry value) and macOS (a login
item) are not covered: :func:`autostart_supported` is False there.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path

from messenger import APP_ID

# Characters that oblige an Exec argument to be quoted (Desktop Entry
# Specification, "The Exec key").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#`()")
# Inside double quotes these take a backslash.
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def autostart_supported(platform: str = sys.platform) -> bool:
    """True where desktops read XDG autostart entries (not Windows, not macOS)."""
    return platform not in {"win32", "cygwin", "darwin"}


def autostart_file(environ: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_CONFIG_HOME/autostart/<app id>.desktop`` (default ``~/.config``)."""
    config = environ.get("XDG_CONFIG_HOME", "")
    # The XDG Base Directory spec: a relative value is invalid and ignored.
    base = Path(config) if os.path.isabs(config) else Path.home() / ".config"
    return base / "autostart" / f"{APP_ID}.desktop"


def launch_command() -> list[str]:
    """The command that starts this messenger again, as an argument list."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        return [sys.executable]
    # pip puts the ``messenger`` script beside the interpreter (venv, pipx).
    script = Path(sys.executable).with_name(
        "messenger.exe" if sys.platform == "win32" else "messenger"
    )
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "messenger"]


def exec_value(argv: Sequence[str]) -> str:
    """``argv`` as the value of a desktop entry's ``Exec`` key.

    Arguments with reserved characters are double-quoted, with ``"`$\\``
    escaped inside; ``%`` is doubled (field codes); then backslashes are
    escaped once more, as in every string value of the file.
    """
    if not argv:
        raise ValueError("empty command")
    quoted = []
    for argument in argv:
        if not argument or any(c in "\n\r\0" for c in argument):
            raise ValueError("an argument a desktop entry cannot hold")
        text = argument.replace("%", "%%")
        if any(char in _RESERVED for char in text):
            inner = "".join(f"\\{c}" if c in _ESCAPED_IN_QUOTES else c for c in text)
            text = f'"{inner}"'
        quoted.append(text)
    return " ".join(quoted).replace("\\", "\\\\")


def entry_text(argv: Sequence[str]) -> str:
    """The autostart desktop entry that runs ``argv``."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Messenger\n"
        "Comment=Instant messenger for XMPP and chat over e-mail\n"
        f"Exec={exec_value(argv)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


class Autostart:
    """The autostart entry at ``path`` (blocking: call it off the event loop)."""

    def __init__(self, path: Path, command: Sequence[str]) -> None:
        self.path = path
        self.command = list(command)

    @classmethod
    def for_this_program(cls, environ: Mapping[str, str] = os.environ) -> Autostart:
        return cls(autostart_file(environ), launch_command())

    def is_enabled(self) -> bool:
        """True if the entry exists and is not switched off inside."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:  # missing (the usual case) or unreadable
            return False
        lines = {line.strip().replace(" ", "") for line in text.splitlines()}
        return not lines & {"Hidden=true", "X-GNOME-Autostart-enabled=false"}

    def set_enabled(self, enabled: bool) -> None:
        """Write or remove the entry; raises OSError when that fails."""
        if not enabled:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(f".{self.path.name}.tmp")
        temporary.write_text(entry_text(self.command), encoding="utf-8")
        os.replace(temporary, self.path)  # never a half-written entry
