# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A screenshot of the account wizard's e-mail page for docs/screenshots.

``QT_QPA_PLATFORM=offscreen python -m tests.gui.email_screenshot [PNG]`` runs
the real account wizard on a real ``LocalCore`` (in-memory SQLite), picks
"E-mail", types an address, a name and a password, and opens the "Server
settings" section: the servers guessed from the address are what the picture
shows, at the size the wizard takes by itself. Nothing is added or connected
(that happens on the next page). The default PNG is
docs/screenshots/email-account.png.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget

from messenger.core.local import LocalCore
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from messenger.ui.bridge import CoreBridge
from messenger.ui.dialogs.account_wizard import EMAIL_PAGE
from messenger.ui.dialogs.account_wizard import AccountWizard
from tests.gui.screenshot_kit import run
from tests.gui.screenshot_kit import settle
from tests.gui.screenshot_kit import speaking

# What the user types, by language.
TYPED = {
    "en": ("juliet@capulet.example", "Juliet Capulet"),
    "de": ("anna@beispiel.example", "Anna Schneider"),
    "ar": ("layla@najd.example", "ليلى العامرية"),
}


async def make(app: QApplication, out: Path, language: str = "en") -> None:
    """Save the wizard's e-mail page, servers open, to ``out``."""
    address, name = TYPED[language]
    async with speaking(app, language):
        with tempfile.TemporaryDirectory() as tmp:
            core = LocalCore(
                SqliteStore(":memory:"), MemorySecretStore(), {}, Path(tmp)
            )
            await core.start()
            holder = QWidget()
            bridge = CoreBridge(core, holder)
            await bridge.attach(lambda _snapshot: None)
            wizard = AccountWizard(core, bridge, holder)
            wizard.open()
            wizard.protocol_page.email.setChecked(True)
            wizard.next()
            if wizard.currentId() != EMAIL_PAGE:
                raise RuntimeError("the wizard did not go to its e-mail page")
            page = wizard.email_page
            # As typed: the servers follow the address (textChanged).
            page.address.setText(address)
            page.display_name.setText(name)
            page.password.setText("correct horse battery staple")
            page.servers.set_expanded(True)
            page.address.setFocus()
            await settle(app)
            wizard.grab().save(str(out))
            wizard.done(0)
            bridge.close()
            await core.close()


def main() -> None:
    print(run(make, "email-account"))


if __name__ == "__main__":
    main()
