# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The language of the UI: which catalogs are installed, and switching them live.

Qt looks a text up in the installed ``QTranslator``s, the last installed
first. :class:`Localizer` installs, lowest priority first:

- ``messenger_en.qm``: the English plural forms ("1 contact", "2 contacts"),
  under every language, so a text a catalog lacks still reads right;
- ``qtbase_<lang>.qm`` (Qt's own, from ``QLibraryInfo.TranslationsPath``):
  standard buttons and dialogs;
- ``messenger_<lang>.qm``: ours. Ours and Qt's both say whether the language
  is written right to left (``QT_LAYOUT_DIRECTION``); Qt mirrors the layout
  from that when the catalogs change;
- with ``MESSENGER_PSEUDO_LOCALE=1`` (development, see docs/ui-development.md)
  the pseudo-locale ``messenger_en_XA.qm`` instead of the language: every text
  accented and ~40% longer; ``=rtl`` mirrors the layout as well.

The language: the preference ``language`` (a shipped code; "" follows the
system), else the first of the system's UI languages we ship, else English.
``QLocale.setDefault`` makes ``QLocale()`` format dates, times and numbers for
that language (the system's own locale when the language is the system's), and
open windows re-read it. Swapping catalogs makes Qt send ``LanguageChange`` to
every window; widgets redo their texts in ``retranslate_ui()`` from
``changeEvent``.

Start-up: the preference lives in the core's database, which opens after the
first frame. So the app keeps a one-line hint file (the last preference seen);
:meth:`Localizer.start` installs from it before the first frame (two small
files, read at once), :meth:`Localizer.follow` then applies the snapshot's
setting and every later change (files read in a thread).

Catalogs come from ``translations/`` in the package resources (built with the
package, see setup.py). In a source checkout ``build/translations`` is searched
too, and a catalog counts only while it is newer than its ``.ts``: when one is
missing or stale, :meth:`Localizer.follow` rebuilds them there in the
background (``scripts/translations.py build``) and reinstalls; the first frame
never waits for that.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLibraryInfo
from PySide6.QtCore import QLocale
from PySide6.QtCore import QObject
from PySide6.QtCore import QTranslator
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication

from messenger.assets import resource_path

if TYPE_CHECKING:
    import asyncio

    from messenger.core.events import SettingChanged
    from messenger.core.model import JsonValue
    from messenger.ui.bridge import CoreBridge

log = logging.getLogger(__name__)

LANGUAGE_SETTING = "language"
PSEUDO_LOCALE_ENV = "MESSENGER_PSEUDO_LOCALE"
PSEUDO_LANGUAGE = "en_XA"
SOURCE_LANGUAGE = "en"
CATALOG = "messenger"
REBUILD_TIMEOUT = 120


# where the catalogs are ------------------------------------------------------
@functools.cache
def checkout_root() -> Path | None:
    """The source checkout this package runs from (None when installed)."""
    root = Path(__file__).resolve().parents[2]
    scripts = root / "scripts" / "translations.py"
    return root if scripts.is_file() and (root / "translations").is_dir() else None


def catalog_dirs() -> tuple[Path, ...]:
    """Where our .qm files are looked for, in order."""
    dirs = [resource_path("translations")]
    if (root := checkout_root()) is not None:
        dirs.append(root / "build" / "translations")
    return tuple(dirs)


@functools.cache
def shipped_languages() -> tuple[str, ...]:
    """The UI languages there are (codes such as "de", "pt_BR"; English first).

    A checkout has its .ts sources; an installed package its .qm files.
    """
    root = checkout_root()
    if root is not None:
        files = (root / "translations").glob(f"{CATALOG}_*.ts")
    else:
        files = resource_path("translations").glob(f"{CATALOG}_*.qm")
    codes = {path.stem.removeprefix(f"{CATALOG}_") for path in files}
    codes -= {PSEUDO_LANGUAGE, SOURCE_LANGUAGE}
    return (SOURCE_LANGUAGE, *sorted(codes))


def language_name(code: str) -> str:
    """A language in its own words: "Deutsch", "Português (Brasil)"."""
    if code == SOURCE_LANGUAGE:
        return "English"
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    if "_" in code:
        name = f"{name} ({locale.nativeTerritoryName()})"
    return name[:1].upper() + name[1:]


def match_language(locale: QLocale, available: Iterable[str]) -> str | None:
    """The first of ``locale``'s UI languages in ``available`` (de-AT -> de)."""
    by_key = {code.lower(): code for code in available}
    for tag in locale.uiLanguages():
        parts = tag.replace("_", "-").split("-")
        # The region subtag: two letters or three digits (not a script).
        regions = [p for p in parts[1:] if len(p) == 2 or (len(p) == 3 and p.isdigit())]
        keys = [f"{parts[0]}_{region}".lower() for region in regions[:1]]
        for key in [*keys, parts[0].lower()]:
            if key in by_key:
                return by_key[key]
    return None


def layout_direction() -> str:
    """What the installed catalogs say: "RTL" mirrors the layout (Qt reads it)."""
    #: Translate as "LTR", or "RTL" for a language written right to left.
    return QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION")


# choosing and reading ---------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Catalogs:
    """The catalogs of one UI language, read: install them on the GUI thread."""

    language: str  # what the UI speaks: a shipped code, or "en"
    locale: QLocale  # for formats (the system's own, with its overrides, if so)
    data: tuple[bytes, ...]  # lowest priority first
    rtl: bool = False  # force a mirrored layout (pseudo-locale "rtl")


def pseudo_mode() -> str:
    """The pseudo-locale asked for: off (""), "ltr" or "rtl" (the environment)."""
    value = os.environ.get(PSEUDO_LOCALE_ENV, "").strip().lower()
    if value in {"", "0", "no", "off"}:
        return ""
    return "rtl" if value == "rtl" else "ltr"


def choose(preference: str, system: QLocale | None = None) -> tuple[str, QLocale]:
    """The UI language for ``preference`` ("" = the system's) and its locale."""
    system = QLocale.system() if system is None else system
    available = shipped_languages()
    if preference in available:
        chosen = QLocale(preference)
        if chosen.language() == system.language():
            return preference, system  # the system's territory formats
        return preference, chosen
    return match_language(system, available) or SOURCE_LANGUAGE, system


def read_catalogs(
    preference: str, *, directories: Sequence[Path] | None = None, pseudo: str = ""
) -> Catalogs:
    """Choose the language and read its catalogs (blocking: files)."""
    dirs = catalog_dirs() if directories is None else tuple(directories)
    language, locale = choose(preference)
    base = _read(find_catalog(f"{CATALOG}_{SOURCE_LANGUAGE}.qm", dirs))
    if pseudo:
        extra = _read(find_catalog(f"{CATALOG}_{PSEUDO_LANGUAGE}.qm", dirs))
        return Catalogs(SOURCE_LANGUAGE, locale, (*base, *extra), pseudo == "rtl")
    ours = _read(find_catalog(f"{CATALOG}_{language}.qm", dirs))
    if language == SOURCE_LANGUAGE or not ours:
        return Catalogs(SOURCE_LANGUAGE, locale, base)
    qt = _read(qt_catalog(language))
    return Catalogs(language, locale, (*base, *qt, *ours))


def find_catalog(name: str, directories: Sequence[Path]) -> Path | None:
    """The first usable ``name`` in ``directories`` (in a checkout: up to date)."""
    for directory in directories:
        path = directory / name
        if path.is_file() and _up_to_date(path):
            return path
    return None


def qt_catalog(language: str) -> Path | None:
    """Qt's own catalog for ``language`` (qtbase_pt_BR.qm, else qtbase_pt.qm)."""
    directory = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for code in (language, language.split("_", maxsplit=1)[0]):
        path = directory / f"qtbase_{code}.qm"
        if path.is_file():
            return path
    return None


def stale_catalogs(directories: Sequence[Path] | None = None) -> list[str]:
    """In a checkout: the catalogs missing or older than their .ts (blocking)."""
    if checkout_root() is None:
        return []
    dirs = catalog_dirs() if directories is None else tuple(directories)
    names = [f"{CATALOG}_{code}.qm" for code in (*shipped_languages(), PSEUDO_LANGUAGE)]
    return [name for name in names if find_catalog(name, dirs) is None]


def _up_to_date(path: Path) -> bool:
    root = checkout_root()
    if root is None:
        return True
    sources = root / "translations"
    code = path.stem.removeprefix(f"{CATALOG}_")
    if code == PSEUDO_LANGUAGE:
        newest = max((p.stat().st_mtime for p in sources.glob("*.ts")), default=0.0)
    else:
        ts_file = sources / f"{path.stem}.ts"
        newest = ts_file.stat().st_mtime if ts_file.is_file() else 0.0
    return path.stat().st_mtime >= newest


def _read(path: Path | None) -> tuple[bytes, ...]:
    if path is None:
        return ()
    try:
        return (path.read_bytes(),)
    except OSError as exc:
        log.warning("Cannot read the translation %s: %s", path, exc)
        return ()


def read_hint(path: Path | None) -> str:
    """The preference saved by :func:`write_hint` ("" when none or unknown)."""
    if path is None:
        return ""
    try:
        value = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return value if value in shipped_languages() else ""


def write_hint(path: Path, preference: str) -> None:
    """Save ``preference`` for the next start (atomically; blocking)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.write_text(f"{preference}\n", encoding="utf-8")
    partial.replace(path)


# installing -------------------------------------------------------------------
class Localizer(QObject):
    """Installs the UI's catalogs and swaps them when the preference changes.

    One per application; :meth:`close` uninstalls everything (tests).
    """

    # The UI language now installed ("en", "de", ...).
    language_changed = Signal(str)

    def __init__(
        self,
        app: QCoreApplication,
        *,
        directories: Sequence[Path] | None = None,
        hint_file: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._directories = directories
        self._hint_file = hint_file
        self._pseudo = pseudo_mode()
        self._translators: list[QTranslator] = []
        # QTranslator.load(data) does not copy: the bytes live as long as it.
        self._buffers: tuple[bytes, ...] = ()
        self._task: asyncio.Task[None] | None = None
        self._forced_direction = False
        self.preference = ""
        self.language = SOURCE_LANGUAGE

    @staticmethod
    def of(app: QCoreApplication) -> Localizer | None:
        """The localizer made with ``parent=app``, if any."""
        return app.findChild(Localizer)

    def start(self) -> None:
        """Install the hinted preference's catalogs now (before the loop runs)."""
        self.preference = read_hint(self._hint_file)
        self.install(self._read(self.preference))

    def install(self, catalogs: Catalogs) -> None:
        """Swap in ``catalogs``; Qt then sends ``LanguageChange`` to every window."""
        while self._translators:
            # Each is deleted here (Python owns it), before its buffer goes.
            self._app.removeTranslator(self._translators.pop())
        QLocale.setDefault(catalogs.locale)
        for data in catalogs.data:
            translator = QTranslator()
            if translator.load(data):
                self._app.installTranslator(translator)
                self._translators.append(translator)
        self._buffers = catalogs.data
        self.language = catalogs.language
        for window in QApplication.topLevelWidgets():
            window.unsetLocale()  # re-read QLocale(): spin boxes, date edits
        if catalogs.rtl or self._forced_direction:
            # Only the pseudo-locale forces a direction; else the catalogs say.
            from PySide6.QtCore import Qt  # noqa: PLC0415 (start-up time, dev only)

            direction = Qt.LayoutDirection
            QApplication.setLayoutDirection(
                direction.RightToLeft if catalogs.rtl else direction.LayoutDirectionAuto
            )
            self._forced_direction = catalogs.rtl
        formats = catalogs.locale.name()
        log.info(
            "UI language %s (%s), formats %s",
            catalogs.language,
            layout_direction(),
            formats,
        )
        self.language_changed.emit(self.language)

    def close(self) -> None:
        """Uninstall our catalogs and stop following the preference."""
        if self._task is not None:
            self._task.cancel()
        self.install(Catalogs(SOURCE_LANGUAGE, QLocale.system(), ()))

    # following the preference -------------------------------------------------
    def follow(
        self, bridge: CoreBridge, settings: Mapping[str, JsonValue]
    ) -> asyncio.Task[None]:
        """Apply ``settings``' language, then every change (call on the loop).

        Returns the task applying it (see :attr:`switching`).
        """
        bridge.setting_changed.connect(self._on_bridge_setting_changed)
        preference = _preference(settings.get(LANGUAGE_SETTING))
        return self._switch(preference, check_catalogs=True)

    @property
    def switching(self) -> asyncio.Task[None] | None:
        """The task applying the latest preference (done once it shows)."""
        return self._task

    async def set_preference(
        self, preference: str, *, check_catalogs: bool = False
    ) -> None:
        """Switch to ``preference`` ("" = the system's language) at once."""
        import asyncio  # noqa: PLC0415 (start-up time: the loop is running now)

        self.preference = preference
        if check_catalogs and self._directories is None:
            await self._rebuild_stale()
        catalogs = await asyncio.to_thread(self._read, preference)
        if preference != self.preference:
            return  # a newer choice is being applied
        if catalogs != self._current():
            self.install(catalogs)
        if self._hint_file is not None:
            try:
                await asyncio.to_thread(write_hint, self._hint_file, preference)
            except OSError as exc:
                log.warning("Cannot save the language hint: %s", exc)

    def _on_bridge_setting_changed(self, event: SettingChanged) -> None:
        if event.key == LANGUAGE_SETTING:
            self._switch(_preference(event.value))

    def _switch(
        self, preference: str, *, check_catalogs: bool = False
    ) -> asyncio.Task[None]:
        import asyncio  # noqa: PLC0415 (see set_preference)

        if self._task is not None:
            self._task.cancel()
        self._task = task = asyncio.ensure_future(
            self.set_preference(preference, check_catalogs=check_catalogs)
        )
        task.add_done_callback(_log_failure)
        return task

    def _read(self, preference: str) -> Catalogs:
        return read_catalogs(
            preference, directories=self._directories, pseudo=self._pseudo
        )

    def _current(self) -> Catalogs:
        rtl = self._pseudo == "rtl"
        return Catalogs(self.language, QLocale(), self._buffers, rtl)

    async def _rebuild_stale(self) -> None:
        """In a checkout: compile missing or stale catalogs (in a thread)."""
        import asyncio  # noqa: PLC0415 (see set_preference)
        import subprocess  # noqa: PLC0415 (start-up time)

        root = checkout_root()
        stale = await asyncio.to_thread(stale_catalogs)
        if root is None or not stale:
            return
        log.info("Building the translations %s", ", ".join(stale))
        command = [
            sys.executable,
            str(root / "scripts" / "translations.py"),
            "build",
            str(root / "build" / "translations"),
            "--pseudo",
        ]
        try:
            result = await asyncio.to_thread(
                subprocess.run,
                command,
                capture_output=True,
                text=True,
                timeout=REBUILD_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.warning("Building the translations failed: %s", exc)
            return
        if result.returncode != 0:
            log.warning("Building the translations failed: %s", result.stderr.strip())


def _preference(value: JsonValue) -> str:
    return value if isinstance(value, str) and value in shipped_languages() else ""


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and (exc := task.exception()) is not None:
        log.error("Switching the language failed", exc_info=exc)
