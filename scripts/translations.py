#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Keep the translations in step with the code, check them and compile them.

Run from the checkout's virtualenv (the Qt Linguist tools ship in the PySide6
wheel)::

    .venv/bin/python scripts/translations.py update      # sources -> every .ts
    .venv/bin/python scripts/translations.py check       # what CI runs
    .venv/bin/python scripts/translations.py build DEST  # .ts -> DEST/*.qm
    .venv/bin/python scripts/translations.py pseudo DEST # the pseudo-locale .qm
    .venv/bin/python scripts/translations.py stats

:data:`LANGUAGES` is the one list of shipped languages. English is the source
language; ``messenger_en.ts`` holds only its plural forms ("%n contact(s)" ->
"1 contact" / "2 contacts"). The .ts files are written without source
locations (``-locations none``): with line numbers, every edit of a UI module
would change fifteen .ts files and ``check`` would fail on it; translators get
their context from the class name, disambiguations and translator comments.

Stdlib only (plus the tools): ``setup.py`` imports this module to compile the
catalogs when the package is built.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
# What lupdate scans, relative to ROOT (resources/ui once there are .ui files).
SOURCES = ("messenger", "resources/ui")
CATALOG = "messenger"
SOURCE_LANGUAGE = "en"
PSEUDO_LANGUAGE = "en_XA"
# The shipped languages: the one list (add a language here, then `update`).
LANGUAGES = (
    "de",
    "fr",
    "es",
    "it",
    "pt_BR",
    "ru",
    "uk",
    "pl",
    "nl",
    "bg",
    "tr",
    "zh_CN",
    "ja",
    "ar",
)
# Plural forms Qt knows for each language (what lupdate writes; a test keeps
# this table honest). A language missing here is checked against lupdate's
# own count in its .ts.
NUMERUS_FORMS = {
    "en": 2,
    "de": 2,
    "fr": 2,
    "es": 2,
    "it": 2,
    "pt_BR": 2,
    "ru": 3,
    "uk": 3,
    "pl": 3,
    "nl": 2,
    "bg": 2,
    "tr": 1,
    "zh_CN": 1,
    "ja": 1,
    "ar": 6,
}
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "ug", "sd", "dv", "ckb"})
# Qt mirrors the layout when this entry reads "RTL" (QGuiApplication).
LAYOUT_DIRECTION = ("QGuiApplication", "QT_LAYOUT_DIRECTION")
TOOL_TIMEOUT = 120

_PLACEHOLDER = re.compile(r"%L?(\d{1,2})")
_COUNT = re.compile(r"%L?n")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
_MNEMONIC = re.compile(r"&(?=[^&\s])")


class ToolError(RuntimeError):
    """A Linguist tool is missing or failed."""


# tools ------------------------------------------------------------------------
def tool(name: str) -> Path:
    """The path of Qt's ``lupdate`` or ``lrelease`` (PySide6's, else on PATH)."""
    suffix = ".exe" if sys.platform == "win32" else ""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        candidate = Path(spec.origin).parent / f"{name}{suffix}"
        if candidate.is_file():
            return candidate
    for command in (f"pyside6-{name}", f"{name}6", f"{name}-qt6", name):
        found = shutil.which(command)
        if found is not None:
            return Path(found)
    raise ToolError(
        f"Qt's {name} was not found: install PySide6-Essentials (it ships "
        f"{name}) or put {name} on PATH"
    )


def _run(command: Sequence[str | Path], cwd: Path) -> None:
    result = subprocess.run(  # noqa: S603 (our own tool paths and arguments)
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TOOL_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        raise ToolError(
            f"{Path(command[0]).name} failed ({result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )


# update -----------------------------------------------------------------------
def ts_path(language: str, ts_dir: Path = TS_DIR) -> Path:
    return ts_dir / f"{CATALOG}_{language}.ts"


def all_languages() -> tuple[str, ...]:
    """The languages with a .ts file: the shipped ones plus English (plurals)."""
    return (SOURCE_LANGUAGE, *LANGUAGES)


def lupdate_command(
    language: str, ts_file: Path, root: Path = ROOT, *, plural_only: bool = False
) -> list[str]:
    """lupdate for one .ts: no obsolete entries, no source locations."""
    sources = [source for source in SOURCES if (root / source).is_dir()]
    return [
        str(tool("lupdate")),
        "-silent",
        "-extensions",
        "py,ui",
        *sources,
        "-no-obsolete",
        "-locations",
        "none",
        *(["-pluralonly"] if plural_only else []),
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
        "-ts",
        str(ts_file),
    ]


def update(ts_dir: Path = TS_DIR, root: Path = ROOT) -> list[Path]:
    """Bring every .ts in ``ts_dir`` up to date with the sources (creating any)."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in all_languages():
        target = ts_path(language, ts_dir)
        command = lupdate_command(
            language, target.resolve(), root, plural_only=language == SOURCE_LANGUAGE
        )
        _run(command, cwd=root)
        written.append(target)
    return written


# reading .ts files -----------------------------------------------------------
@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One message of a .ts file."""

    context: str
    source: str
    comment: str
    numerus: bool
    state: str  # the translation's type: "" (finished), unfinished, vanished...
    forms: tuple[str, ...]

    def where(self) -> str:
        text = self.source if len(self.source) <= 60 else self.source[:57] + "..."
        return f"{self.context}: {text!r}"


@dataclass(frozen=True, slots=True, kw_only=True)
class TsFile:
    language: str
    entries: tuple[Entry, ...]


def read_ts(path: Path) -> TsFile:
    """Parse a Qt Linguist .ts file (our own files: trusted XML)."""
    root = ET.parse(path).getroot()  # noqa: S314 (a file of this repository)
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                state = "unfinished"
            else:
                state = translation.get("type", "")
                if numerus:
                    forms = tuple(
                        form.text or "" for form in translation.iter("numerusform")
                    )
                else:
                    forms = (translation.text or "",)
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    state=state,
                    forms=forms,
                )
            )
    return TsFile(language=root.get("language", ""), entries=tuple(entries))


def language_of(path: Path) -> str:
    return path.stem.removeprefix(f"{CATALOG}_")


# check ------------------------------------------------------------------------
def entry_problems(entry: Entry, language: str) -> list[str]:
    """What is wrong with one entry of ``language`` (empty: nothing)."""
    if not entry.numerus and _COUNT.search(entry.source):
        # QCoreApplication.translate(context, text, "", n) is such a call.
        return [
            "%n without plural forms: lupdate extracts plurals only from "
            'self.tr(text, "", n) in a class'
        ]
    if entry.state == "unfinished":
        return ["unfinished"]
    if entry.state:
        return [f"{entry.state} entry (run update)"]
    problems = _form_problems(entry, language)
    if problems:
        return problems
    if (entry.context, entry.source) == LAYOUT_DIRECTION:
        return _direction_problems(entry, language)
    return [*_placeholder_problems(entry), *_markup_problems(entry)]


def _form_problems(entry: Entry, language: str) -> list[str]:
    if not entry.numerus:
        return [] if entry.forms and entry.forms[0].strip() else ["empty translation"]
    needed = NUMERUS_FORMS.get(language, len(entry.forms))
    if len(entry.forms) != needed:
        return [f"{len(entry.forms)} plural forms, {language} has {needed}"]
    empty = [str(i + 1) for i, form in enumerate(entry.forms) if not form.strip()]
    return [f"plural form {', '.join(empty)} empty"] if empty else []


def _direction_problems(entry: Entry, language: str) -> list[str]:
    base = language.split("_", maxsplit=1)[0]
    expected = "RTL" if base in RTL_LANGUAGES else "LTR"
    return [] if entry.forms[0] == expected else [f"must be {expected}"]


def _placeholder_problems(entry: Entry) -> list[str]:
    problems = []
    wanted = set(_PLACEHOLDER.findall(entry.source))
    for form in entry.forms:
        found = set(_PLACEHOLDER.findall(form))
        if found != wanted:
            problems.append(
                "placeholders "
                + " ".join(f"%{n}" for n in sorted(found, key=int))
                + " instead of "
                + " ".join(f"%{n}" for n in sorted(wanted, key=int))
            )
            break
    counted = bool(_COUNT.search(entry.source))
    with_count = [bool(_COUNT.search(form)) for form in entry.forms]
    if counted and not any(with_count):
        # Some languages word one form without the number ("one message").
        problems.append("%n is in no plural form")
    if not counted and any(with_count):
        problems.append("%n where the source has none")
    return problems


def _markup_problems(entry: Entry) -> list[str]:
    tags = sorted(tag.lower() for tag in _TAG.findall(entry.source))
    mnemonics = len(_MNEMONIC.findall(entry.source.replace("&&", "")))
    problems = []
    for form in entry.forms:
        if sorted(tag.lower() for tag in _TAG.findall(form)) != tags:
            problems.append(
                "markup that the source does not have"
                if not tags
                else "markup differs from the source"
            )
            break
    for form in entry.forms:
        if len(_MNEMONIC.findall(form.replace("&&", ""))) != mnemonics:
            problems.append(f"needs {mnemonics} keyboard mnemonic(s) (&)")
            break
    return problems


def file_problems(path: Path) -> list[str]:
    """Every problem of one .ts file, one line each."""
    language = language_of(path)
    try:
        ts = read_ts(path)
    except ET.ParseError as exc:
        return [f"{path.name}: not a valid .ts file: {exc}"]
    problems = []
    if ts.language != language:
        problems.append(f"{path.name}: language is {ts.language!r}, not {language!r}")
    for entry in ts.entries:
        problems.extend(
            f"{path.name}: {entry.where()}: {problem}"
            for problem in entry_problems(entry, language)
        )
    return problems


def drift(ts_dir: Path = TS_DIR, root: Path = ROOT) -> list[str]:
    """The .ts files that ``update`` would change (run on a temporary copy)."""
    with tempfile.TemporaryDirectory(prefix="messenger-ts-") as temporary:
        copy = Path(temporary)
        for language in all_languages():
            if ts_path(language, ts_dir).is_file():
                shutil.copy2(ts_path(language, ts_dir), ts_path(language, copy))
        update(copy, root)
        return [
            ts_path(language, ts_dir).name
            for language in all_languages()
            if not ts_path(language, ts_dir).is_file()
            or ts_path(language, ts_dir).read_bytes()
            != ts_path(language, copy).read_bytes()
        ]


def check(
    ts_dir: Path = TS_DIR, root: Path = ROOT, *, sources: bool = True
) -> list[str]:
    """Every problem of the translations (empty when all is well).

    ``sources``: also run lupdate on a copy and report files it would change.
    """
    problems: list[str] = []
    expected = {ts_path(language, ts_dir).name for language in all_languages()}
    present = {path.name for path in ts_dir.glob(f"{CATALOG}_*.ts")}
    problems.extend(
        f"{name}: missing (run update)" for name in sorted(expected - present)
    )
    problems.extend(
        f"{name}: not in LANGUAGES (scripts/translations.py)"
        for name in sorted(present - expected)
    )
    if sources:
        problems.extend(
            f"{name}: out of date with the sources (run update)"
            for name in drift(ts_dir, root)
        )
    for name in sorted(expected & present):
        problems.extend(file_problems(ts_dir / name))
    return problems


# build ------------------------------------------------------------------------
def build(
    dest: Path, ts_dir: Path = TS_DIR, *, languages: Iterable[str] | None = None
) -> list[Path]:
    """Compile the .ts of ``languages`` (default: all, English too) into ``dest``.

    Unfinished entries are left out (Qt then shows the English source): an
    entry lupdate marked unfinished may no longer fit its source.
    """
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    built = []
    for language in all_languages() if languages is None else languages:
        target = dest / f"{CATALOG}_{language}.qm"
        _release(ts_path(language, ts_dir), target)
        built.append(target)
    return built


def _release(ts_file: Path, target: Path) -> None:
    """lrelease into a temporary name, then rename: readers never see half a file."""
    partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        _run(
            [tool("lrelease"), "-silent", "-nounfinished", ts_file, "-qm", partial],
            cwd=ts_file.parent,
        )
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


# pseudo-locale ----------------------------------------------------------------
_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept as they are: placeholders, markup, entities, mnemonics with their letter.
_PROTECTED = re.compile(r"%L?(?:\d{1,2}|n)|<[^<>]*>|&[A-Za-z]+;|&&|&.")
PSEUDO_GROWTH = 0.4


def pseudo_text(text: str) -> str:
    """``text`` accented and ~40% longer, in brackets (a cut shows).

    Placeholders, markup, entities and mnemonics stay as they are, so the
    pseudo-translation works wherever the real one does.
    """
    if not text.strip():
        return text
    parts: list[str] = []
    position = 0
    letters = 0
    for match in _PROTECTED.finditer(text):
        plain = text[position : match.start()]
        parts.extend((plain.translate(_ACCENTS), match.group()))
        letters += len(plain)
        position = match.end()
    plain = text[position:]
    parts.append(plain.translate(_ACCENTS))
    letters += len(plain)
    padding = "·" * max(1, round(letters * PSEUDO_GROWTH) - 2)
    return f"[{''.join(parts)} {padding}]"


def pseudo(dest: Path, ts_dir: Path = TS_DIR, root: Path = ROOT) -> Path:
    """Write ``messenger_en_XA.qm`` (every string pseudo-translated) into ``dest``."""
    plurals = {
        (entry.context, entry.source, entry.comment): entry.forms
        for entry in read_ts(ts_path(SOURCE_LANGUAGE, ts_dir)).entries
        if not entry.state and all(entry.forms)
    }
    with tempfile.TemporaryDirectory(prefix="messenger-pseudo-") as temporary:
        ts_file = Path(temporary) / f"{CATALOG}_{PSEUDO_LANGUAGE}.ts"
        _run(lupdate_command(SOURCE_LANGUAGE, ts_file.resolve(), root), cwd=root)
        tree = ET.parse(ts_file)  # noqa: S314 (written just now by lupdate)
        _pseudo_translate(tree.getroot(), plurals)
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
        dest = dest.resolve()
        dest.mkdir(parents=True, exist_ok=True)
        target = dest / f"{CATALOG}_{PSEUDO_LANGUAGE}.qm"
        _release(ts_file, target)
        return target


def _pseudo_translate(
    root: ET.Element, plurals: dict[tuple[str, str, str], tuple[str, ...]]
) -> None:
    root.set("language", "en")
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                key = (name, source, message.findtext("comment") or "")
                forms = plurals.get(key, (source, source))
                for element, form in zip(
                    translation.iter("numerusform"), forms, strict=False
                ):
                    element.text = pseudo_text(form)
            elif (name, source) == LAYOUT_DIRECTION:
                translation.text = "LTR"
            else:
                translation.text = pseudo_text(source)


# stats ------------------------------------------------------------------------
def stats(ts_dir: Path = TS_DIR) -> list[str]:
    """One line per .ts: finished entries of all, and what is left."""
    lines = []
    for path in sorted(ts_dir.glob(f"{CATALOG}_*.ts")):
        entries = read_ts(path).entries
        done = sum(
            1 for entry in entries if not entry_problems(entry, language_of(path))
        )
        unfinished = sum(1 for entry in entries if entry.state == "unfinished")
        other = len(entries) - done - unfinished
        share = 100 * done / len(entries) if entries else 100.0
        lines.append(
            f"{language_of(path):<6} {done:>4}/{len(entries):<4} {share:5.1f}%  "
            f"unfinished {unfinished}, other problems {other}"
        )
    return lines


# command line -----------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="run lupdate: sources -> every .ts")
    checking = commands.add_parser("check", help="fail on anything to fix")
    checking.add_argument(
        "--no-sources", action="store_true", help="skip the lupdate comparison"
    )
    building = commands.add_parser("build", help="compile every .ts into DEST")
    building.add_argument("dest", type=Path)
    building.add_argument("--pseudo", action="store_true", help="and the pseudo-locale")
    pseudo_parser = commands.add_parser("pseudo", help="write the pseudo-locale .qm")
    pseudo_parser.add_argument(
        "dest", type=Path, nargs="?", default=ROOT / "build" / "translations"
    )
    commands.add_parser("stats", help="how complete each language is")
    args = parser.parse_args(argv)
    try:
        return _dispatch(args)
    except ToolError as exc:
        print(exc, file=sys.stderr)
        return 2


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "update":
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
    elif args.command == "check":
        problems = check(sources=not args.no_sources)
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1 if problems else 0
    elif args.command == "build":
        for path in build(args.dest):
            print(f"built {path}")
        if args.pseudo:
            print(f"built {pseudo(args.dest)}")
    elif args.command == "pseudo":
        print(f"built {pseudo(args.dest)}")
    else:
        print("\n".join(stats()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
