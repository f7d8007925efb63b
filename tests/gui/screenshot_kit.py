# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""What the docs/screenshots makers share: language, clock, command line.

Each maker (``tests.gui.buddy_screenshot``, ``tests.gui.chat.screenshot``,
``tests.gui.email_screenshot``) renders the real UI offscreen and saves
``window.grab()``. :func:`speaking` installs the UI language the way the app
does (:class:`~messenger.ui.i18n.Localizer` with the catalogs compiled from
translations/ into a temporary folder), before the windows are built, so
Arabic comes out mirrored. :class:`SceneClock` is the core's clock, set by
the maker, so the times in a picture do not depend on when it was made.
Offscreen and on Xvfb the pictures come out the same, pixel for pixel; they
do depend on the fonts installed (Arabic: see :func:`arabic_fallback_fonts`).

``python -m tests.gui.screenshot_kit`` remakes every picture of
docs/screenshots that the makers own, each in its own process.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator
from collections.abc import Callable
from collections.abc import Coroutine
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import qasync
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from messenger.ui.i18n import SOURCE_LANGUAGE
from messenger.ui.i18n import Localizer
from scripts import translations

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"
# The languages the makers have sample data for (a picture reads naturally).
LANGUAGES = ("en", "de", "ar")
# The makers, the languages they are run in for the docs, and the file name.
MAKERS = (
    ("tests.gui.buddy_screenshot", LANGUAGES, "buddy-list"),
    ("tests.gui.chat.screenshot", LANGUAGES, "chat-window"),
    ("tests.gui.email_screenshot", ("en",), "email-account"),
)
MAKER_TIMEOUT = 120
ARABIC_FONT_HINT = (
    "warning: no Arabic font besides DejaVu: italic Arabic will show as boxes "
    "(Debian: apt-get install fonts-noto-ui-core)"
)


class SceneClock:
    """The core's clock in a screenshot: whatever time the maker set last."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def today_at(hour: int, minute: int) -> datetime:
    """Today at ``hour:minute`` local time (as shown), timezone-aware."""
    now = datetime.now().astimezone()
    return now.replace(hour=hour, minute=minute, second=0, microsecond=0)


async def settle(app: QApplication, rounds: int = 10) -> None:
    """Let queued events, slots and repaints run."""
    for _ in range(rounds):
        await asyncio.sleep(0.02)
        app.processEvents()


@contextlib.asynccontextmanager
async def speaking(app: QApplication, language: str) -> AsyncIterator[Localizer]:
    """The UI in ``language`` (English too: its plural forms) until the end.

    Windows built inside the block come up in that language and direction.
    """
    with tempfile.TemporaryDirectory(prefix="messenger-qm-") as tmp:
        directory = Path(tmp)
        codes = {SOURCE_LANGUAGE, language}
        await asyncio.to_thread(translations.build, directory, languages=codes)
        localizer = Localizer(app, directories=[directory], parent=app)
        await localizer.set_preference(language)
        if localizer.language != language:
            raise ValueError(f"no catalog for the language {language!r}")
        # Qt mirrors the layout when the application sees LanguageChange.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        if language == "ar" and not arabic_fallback_fonts():
            print(ARABIC_FONT_HINT, file=sys.stderr)
        try:
            yield localizer
        finally:
            localizer.close()


def arabic_fallback_fonts() -> list[str]:
    """Font families with Arabic letters besides DejaVu's.

    DejaVu Sans has Arabic, but its oblique face has none: without another
    Arabic font, italic Arabic (the chat header's status, ``_emphasis_``)
    shows as boxes.
    """
    families = QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    return [family for family in families if not family.startswith("DejaVu")]


def run(
    make: Callable[[QApplication, Path, str], Coroutine[object, object, None]],
    name: str,
    argv: Sequence[str] | None = None,
) -> Path:
    """A maker's command line: ``[--language CODE] [PNG]``; returns the PNG."""
    parser = argparse.ArgumentParser(description=f"Make docs/screenshots/{name}.")
    parser.add_argument("--language", default="en", choices=LANGUAGES)
    parser.add_argument("png", nargs="?", type=Path)
    args = parser.parse_args(argv)
    suffix = "" if args.language == "en" else f"-{args.language}"
    out: Path = args.png or SCREENSHOTS / f"{name}{suffix}.png"
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    app.setStyle("Fusion")
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        runner.run(make(app, out, args.language))
    return out


def maker_command(module: str, language: str, out: Path) -> list[str]:
    """The command that runs one maker offscreen (see :func:`maker_env`)."""
    return [sys.executable, "-m", module, "--language", language, str(out)]


def maker_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def main() -> int:
    """Remake every picture the makers own, into docs/screenshots."""
    for module, languages, name in MAKERS:
        for language in languages:
            suffix = "" if language == "en" else f"-{language}"
            out = SCREENSHOTS / f"{name}{suffix}.png"
            subprocess.run(
                maker_command(module, language, out),
                check=True,
                cwd=ROOT,
                env=maker_env(),
                timeout=MAKER_TIMEOUT,
            )  # the maker prints the PNG's path
    return 0


if __name__ == "__main__":
    sys.exit(main())
