# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""scripts/translations.py: update, check, build and pseudo on small sources.

The sources are a tiny ``messenger`` package in a temporary directory; the
real lupdate and lrelease (from the PySide6 wheel) run on them. Two languages
(German, Arabic) stand for the list, so the tests stay quick.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from scripts import translations as tool

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
SOURCE = """
from PySide6.QtCore import QCoreApplication, QObject
from messenger.core.i18n import QT_TRANSLATE_NOOP

#: Translate as "LTR", or "RTL" for a language written right to left.
DIRECTION = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")


class Window(QObject):
    def texts(self, count: int) -> list[str]:
        return [
            self.tr("&Quit"),
            self.tr("Remove %1 from %2?"),
            self.tr("%n contact(s)", "", count),
            self.tr("<b>Bold</b> move"),
        ]
"""
# Complete translations: (context, source) -> forms.
DONE: dict[str, dict[tuple[str, str], tuple[str, ...]]] = {
    "en": {("Window", "%n contact(s)"): ("%n contact", "%n contacts")},
    "de": {
        ("QGuiApplication", "QT_LAYOUT_DIRECTION"): ("LTR",),
        ("Window", "&Quit"): ("&Beenden",),
        ("Window", "Remove %1 from %2?"): ("%1 aus %2 entfernen?",),
        ("Window", "%n contact(s)"): ("ein Kontakt", "%n Kontakte"),
        ("Window", "<b>Bold</b> move"): ("<b>Kühner</b> Zug",),
    },
    "ar": {
        ("QGuiApplication", "QT_LAYOUT_DIRECTION"): ("RTL",),
        ("Window", "&Quit"): ("إ&نهاء",),
        ("Window", "Remove %1 from %2?"): ("إزالة %1 من %2؟",),
        ("Window", "%n contact(s)"): (
            "لا جهات اتصال",
            "جهة اتصال واحدة",
            "جهتا اتصال",
            "%n جهات اتصال",
            "%n جهة اتصال",
            "%n جهة اتصال",
        ),
        ("Window", "<b>Bold</b> move"): ("<b>خطوة</b> جريئة",),
    },
}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checkout with the sources above and up-to-date, untranslated .ts files."""
    monkeypatch.setattr(tool, "LANGUAGES", ("de", "ar"))
    (tmp_path / "messenger").mkdir()
    (tmp_path / "messenger" / "window.py").write_text(SOURCE, encoding="utf-8")
    tool.update(tmp_path / "translations", tmp_path)
    return tmp_path


def translate(ts_file: Path, done: dict[tuple[str, str], tuple[str, ...]]) -> None:
    """Write ``done`` into ``ts_file`` as finished translations."""
    tree = ET.parse(ts_file)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            forms = done.get((name or "", message.findtext("source") or ""))
            translation = message.find("translation")
            if forms is None or translation is None:
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for element, form in zip(
                    translation.iter("numerusform"), forms, strict=True
                ):
                    element.text = form
            else:
                translation.text = forms[0]
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def edit(ts_file: Path, source: str, change: Callable[[ET.Element], None]) -> None:
    """Apply ``change`` to the <translation> of ``source``."""
    tree = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.findtext("source") == source and translation is not None:
            change(translation)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


@pytest.fixture
def translated(project: Path) -> Path:
    ts_dir = project / "translations"
    for language, done in DONE.items():
        translate(tool.ts_path(language, ts_dir), done)
    # What a translator's tool writes back is lupdate's format again.
    tool.update(ts_dir, project)
    return ts_dir


def problems(ts_dir: Path, *, sources: bool = True) -> list[str]:
    return tool.check(ts_dir, ts_dir.parent, sources=sources)


def test_update_writes_a_skeleton_per_language_and_english_plurals_only(
    project: Path,
) -> None:
    ts_dir = project / "translations"
    assert sorted(p.name for p in ts_dir.iterdir()) == [
        "messenger_ar.ts",
        "messenger_de.ts",
        "messenger_en.ts",
    ]
    german = tool.read_ts(ts_dir / "messenger_de.ts")
    assert german.language == "de"
    assert {entry.source for entry in german.entries} == {
        "QT_LAYOUT_DIRECTION",
        "&Quit",
        "Remove %1 from %2?",
        "%n contact(s)",
        "<b>Bold</b> move",
    }
    assert all(entry.state == "unfinished" for entry in german.entries)
    english = tool.read_ts(ts_dir / "messenger_en.ts")
    assert [entry.source for entry in english.entries] == ["%n contact(s)"]
    # No line numbers: editing the sources elsewhere changes no .ts file.
    assert "<location" not in (ts_dir / "messenger_de.ts").read_text(encoding="utf-8")


def test_the_plural_table_is_what_lupdate_writes(tmp_path: Path) -> None:
    (tmp_path / "messenger").mkdir()
    (tmp_path / "messenger" / "window.py").write_text(SOURCE, encoding="utf-8")
    ts_dir = tmp_path / "translations"
    tool.update(ts_dir, tmp_path)
    for language, forms in tool.NUMERUS_FORMS.items():
        entries = tool.read_ts(tool.ts_path(language, ts_dir)).entries
        plural = next(entry for entry in entries if entry.numerus)
        assert len(plural.forms) == forms, language


def test_untranslated_skeletons_fail_with_unfinished_entries(project: Path) -> None:
    found = problems(project / "translations")
    assert "messenger_de.ts: Window: '&Quit': unfinished" in found
    assert "messenger_en.ts: Window: '%n contact(s)': unfinished" in found
    assert not any("out of date" in problem for problem in found)


def test_complete_translations_pass(translated: Path) -> None:
    assert problems(translated) == []


def test_a_source_change_makes_the_ts_files_out_of_date(translated: Path) -> None:
    window = translated.parent / "messenger" / "window.py"
    window.write_text(
        SOURCE.replace('self.tr("&Quit"),', 'self.tr("&Quit"), self.tr("New"),'),
        encoding="utf-8",
    )
    found = problems(translated)
    assert "messenger_de.ts: out of date with the sources (run update)" in found
    assert "messenger_ar.ts: out of date with the sources (run update)" in found
    # English holds plurals only: a new plain string does not concern it.
    assert not any(p.startswith("messenger_en.ts") for p in found)
    assert tool.check(translated, translated.parent, sources=False) == []


def test_missing_and_unlisted_files(translated: Path) -> None:
    (translated / "messenger_ar.ts").rename(translated / "messenger_he.ts")
    found = problems(translated)
    assert "messenger_ar.ts: missing (run update)" in found
    assert "messenger_he.ts: not in LANGUAGES (scripts/translations.py)" in found


@pytest.mark.parametrize(
    ("source", "text", "problem"),
    [
        ("&Quit", "", "empty translation"),
        ("&Quit", "   ", "empty translation"),
        ("&Quit", "Beenden", "needs 1 keyboard mnemonic(s) (&)"),
        ("&Quit", "&Be&enden", "needs 1 keyboard mnemonic(s) (&)"),
        ("Remove %1 from %2?", "%1 entfernen?", "placeholders %1 instead of %1 %2"),
        ("Remove %1 from %2?", "%1 aus %3 entfernen?", "placeholders %1 %3 instead"),
        ("<b>Bold</b> move", "Kühner Zug", "markup differs from the source"),
        ("Remove %1 from %2?", "<i>%1</i> aus %2?", "markup that the source does"),
        ("QT_LAYOUT_DIRECTION", "RTL", "must be LTR"),
    ],
)
def test_wrong_german_texts(
    translated: Path, source: str, text: str, problem: str
) -> None:
    def change(translation: ET.Element) -> None:
        translation.text = text

    edit(translated / "messenger_de.ts", source, change)
    # (Edited by hand, the file is no longer in lupdate's format: sources=False.)
    found = problems(translated, sources=False)
    assert len(found) == 1, found
    assert problem in found[0]


def test_wrong_plural_forms(translated: Path) -> None:
    def empty_second(translation: ET.Element) -> None:
        translation.findall("numerusform")[1].text = ""

    def without_count(translation: ET.Element) -> None:
        for form in translation.findall("numerusform"):
            form.text = "Kontakte"

    edit(translated / "messenger_de.ts", "%n contact(s)", empty_second)
    edit(translated / "messenger_en.ts", "%n contact(s)", without_count)
    found = problems(translated, sources=False)
    assert "messenger_de.ts: Window: '%n contact(s)': plural form 2 empty" in found
    assert "messenger_en.ts: Window: '%n contact(s)': %n is in no plural form" in found


def test_too_few_plural_forms(translated: Path) -> None:
    def drop_one(translation: ET.Element) -> None:
        translation.remove(translation.findall("numerusform")[-1])

    edit(translated / "messenger_ar.ts", "%n contact(s)", drop_one)
    assert (
        "messenger_ar.ts: Window: '%n contact(s)': 5 plural forms, ar has 6"
        in tool.check(translated, translated.parent, sources=False)
    )


def test_arabic_must_say_rtl(translated: Path) -> None:
    def ltr(translation: ET.Element) -> None:
        translation.text = "LTR"

    edit(translated / "messenger_ar.ts", "QT_LAYOUT_DIRECTION", ltr)
    assert (
        "messenger_ar.ts: QGuiApplication: 'QT_LAYOUT_DIRECTION': must be RTL"
        in problems(translated, sources=False)
    )


def test_a_count_without_plural_forms_is_reported() -> None:
    entry = tool.Entry(
        context="Model",
        source="%n unread message(s)",
        comment="",
        numerus=False,
        state="",
        forms=("%n ungelesene Nachricht(en)",),
    )
    assert tool.entry_problems(entry, "de") == [
        "%n without plural forms: lupdate extracts plurals only from "
        'self.tr(text, "", n) in a class'
    ]


def test_build_compiles_every_language(translated: Path, tmp_path: Path) -> None:
    built = tool.build(tmp_path / "qm", translated)
    assert sorted(path.name for path in built) == [
        "messenger_ar.qm",
        "messenger_de.qm",
        "messenger_en.qm",
    ]
    for path in built:
        assert path.read_bytes().startswith(QM_MAGIC)
    assert not list((tmp_path / "qm").glob(".*.tmp"))


def test_pseudo_text_keeps_what_code_relies_on() -> None:
    text = tool.pseudo_text("&Remove %1 from <b>%2</b>?")
    assert text.startswith("[&R")
    assert text.endswith("]")
    for kept in ("&R", "%1", "<b>", "%2", "</b>"):
        assert kept in text
    assert "Remove" not in text
    # ~40% longer than the source (brackets and padding included).
    plain = "Remove the contact"
    assert len(tool.pseudo_text(plain)) >= 1.4 * len(plain)
    assert tool.pseudo_text("%Ln new").startswith("[%Ln ")
    assert tool.pseudo_text("") == ""


def test_pseudo_builds_a_catalog(translated: Path, tmp_path: Path) -> None:
    target = tool.pseudo(tmp_path / "qm", translated, translated.parent)
    assert target.name == "messenger_en_XA.qm"
    data = target.read_bytes()
    assert data.startswith(QM_MAGIC)
    # The pseudo-translation of a source text is in the catalog (UTF-16 BE).
    assert tool.pseudo_text("%n contacts").encode("utf-16-be") in data


def test_stats_count_finished_entries(translated: Path) -> None:
    def unfinish(translation: ET.Element) -> None:
        translation.set("type", "unfinished")

    edit(translated / "messenger_de.ts", "&Quit", unfinish)
    lines = {line.split()[0]: line for line in tool.stats(translated)}
    assert lines["de"].split()[1:3] == ["4/5", "80.0%"]
    assert "unfinished 1" in lines["de"]
    assert lines["ar"].split()[1:3] == ["5/5", "100.0%"]
