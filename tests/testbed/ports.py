# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Free TCP ports on the loopback interface, and whether a port accepts.

The kernel hands out a free port when binding to port 0. All sockets of one call
stay open until every port is known, so one call never returns the same port
twice. Another process may still take a port between this call and the server's
bind; the test bed accepts that small race instead of passing sockets around.
"""

from __future__ import annotations

import contextlib
import socket

LOOPBACK = "127.0.0.1"


def free_ports(count: int) -> list[int]:
    """Return ``count`` distinct TCP ports that are free on 127.0.0.1 right now."""
    with contextlib.ExitStack() as stack:
        ports: list[int] = []
        for _ in range(count):
            sock = stack.enter_context(
                socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            )
            sock.bind((LOOPBACK, 0))
            ports.append(sock.getsockname()[1])
        return ports


def free_port() -> int:
    """Return one TCP port that is free on 127.0.0.1 right now."""
    return free_ports(1)[0]


def accepts(host: str, port: int) -> bool:
    """Whether a TCP connection to ``host``:``port`` succeeds within a second."""
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False
