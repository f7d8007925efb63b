# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Screenshots of the real UI on a real X server (Xvfb) for docs/screenshots.

``python -m tests.testbed.screenshots [OUT_DIR]`` starts Xvfb, then a child
process that runs the real main window with a real core (SQLite in a temporary
profile, passwords in a private gnome-keyring) on the xcb platform and saves
PNGs. The contact list is filled through
the ``ScriptedBackend`` test double (tests/doubles), the same way the GUI tests
drive it: the pictures show the real widgets with made-up contacts.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.testbed.secret_service import SecretService
from tests.testbed.xvfb import Xvfb

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import asyncio, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
import qasync
from messenger.core.local import LocalCore
from messenger.core.model import Address, Contact, PresenceUpdate, ProtocolKind, Show
from messenger.core.model import Subscription
from messenger.storage.secrets import KeyringSecretStore
from messenger.storage.store import SqliteStore
from messenger.ui.windows.main_window import MainWindow
from tests.doubles.backend import BackendRecorder

out = Path(sys.argv[1])
app = QApplication([])
app.setStyle("Fusion")

async def settle():
    for _ in range(10):
        await asyncio.sleep(0.05)
        app.processEvents()

async def main():
    tmp = Path(tempfile.mkdtemp())
    recorder = BackendRecorder()
    core = LocalCore(SqliteStore(tmp / "db"), KeyringSecretStore(),
                     {ProtocolKind.XMPP: recorder}, tmp)
    await core.start()
    window = MainWindow(core)
    window.resize(320, 560)
    window.show()
    await window.load()
    await settle()
    window.grab().save(str(out / "main-window.png"))
    account = await core.add_account(ProtocolKind.XMPP, "romeo@montague.example")
    await settle()
    sink = recorder.built[account.id].sink
    people = [("juliet", "Juliet", Show.AVAILABLE, "On the balcony"),
              ("mercutio", "Mercutio", Show.CHAT, "A plague on both your houses"),
              ("nurse", "Nurse", Show.AWAY, "Back soon"),
              ("friar", "Friar Laurence", Show.DND, "Brewing"),
              ("benvolio", "Benvolio", Show.OFFLINE, ""),
              ("tybalt", "Tybalt", Show.OFFLINE, "")]
    await sink.roster_received([
        Contact(account_id=account.id, address=Address(local, "verona.example"),
                name=name, subscription=Subscription.BOTH, groups=("Verona",))
        for local, name, _, _ in people], complete=True)
    sink.presences_received([
        PresenceUpdate(address=Address(local, "verona.example", "phone"),
                       show=show, status=status)
        for local, _, show, status in people if show is not Show.OFFLINE])
    await settle()
    window.grab().save(str(out / "contact-list.png"))
    await core.close()

with qasync.QEventLoop(app) as loop:
    loop.run_until_complete(main())
"""


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with Xvfb() as xvfb, SecretService() as secrets:
        env = {
            **os.environ,
            **xvfb.env,
            **secrets.env,
            "QT_QPA_PLATFORM": "xcb",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
        }
        subprocess.run(
            [sys.executable, "-c", CHILD, str(out)],
            check=True,
            cwd=ROOT,
            env=env,
            timeout=60,
        )
    for name in ("main-window.png", "contact-list.png"):
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
