# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``messenger daemon``: the core of a profile, headless, serving attached UIs.

It takes the profile lock (one core per profile), starts the core (accounts
connect as in the GUI), listens on the profile's local socket and, when
``messenger daemon remote enable`` switched it on, on the TLS port. It prints
``messenger daemon ready <local endpoint>`` on stdout when it serves, and shuts
down cleanly (connections closed, storage flushed, socket removed) on SIGTERM
or SIGINT. Nothing here imports Qt (tests/unit/daemon/test_headless.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from pathlib import Path

from messenger import __version__
from messenger.core.gc_pacer import GcPacer
from messenger.daemon.remote import RemoteConfigError
from messenger.daemon.remote import load_config
from messenger.daemon.remote import start_remote_listener
from messenger.daemon.server import CoreServer
from messenger.daemon.service import build_local_core
from messenger.daemon.transport import TransportError
from messenger.logsetup import LogSetup
from messenger.storage.paths import Profile

log = logging.getLogger(__name__)

CLOSE_TIMEOUT = 15.0
READY = "messenger daemon ready"


def run_daemon(root: Path, log_level: str | None) -> int:
    """Run the daemon on the profile at ``root`` until signalled; exit status."""
    logs = LogSetup(log_level)
    logs.start()
    profile = Profile(root)
    try:
        profile.ensure()
        lock = profile.lock()
        if not lock.acquire():
            pid = lock.holder_pid()
            print(
                f"messenger daemon: the profile {root} is in use by another "
                f"process (pid {pid or 'unknown'}): quit it first",
                file=sys.stderr,
            )
            return 1
        try:
            return asyncio.run(_serve(profile, logs))
        finally:
            lock.release()
    except KeyboardInterrupt:
        return 0
    finally:
        logs.stop()


async def _serve(profile: Profile, logs: LogSetup) -> int:
    logs.go_async(profile.log_dir)
    log.info("messenger %s daemon on profile %s", __version__, profile.root)
    core = build_local_core(profile)
    await core.start()
    pacer = GcPacer()
    pacer.start()
    server = CoreServer(core, kind="daemon")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signum, stop.set)
    status = 0
    try:
        endpoint = await server.serve_local(profile)
        config = await asyncio.to_thread(load_config, profile)
        if config.enabled:
            host, port = await start_remote_listener(server, profile, config)
            log.info("Remote UIs may attach on %s:%d", host, port)
        print(f"{READY} {endpoint}", flush=True)
        await stop.wait()
        log.info("Shutting down")
    except (TransportError, RemoteConfigError, OSError) as exc:
        print(f"messenger daemon: cannot serve: {exc}", file=sys.stderr)
        status = 1
    finally:
        await server.close()
        try:
            async with asyncio.timeout(CLOSE_TIMEOUT):
                await core.close()
        except TimeoutError:
            log.error("The core did not close within %.0f s", CLOSE_TIMEOUT)
        pacer.stop()
    return status
