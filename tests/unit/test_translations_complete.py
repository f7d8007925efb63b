# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The real translations/: current with the sources, and every entry translated.

``scripts/translations.py check`` in test form. These fail while a language
has unfinished entries, and whenever UI text changed without
``scripts/translations.py update`` (then run it and commit the .ts files).
"""

from __future__ import annotations

from scripts import translations as tool

SHOWN = 40


def _report(problems: list[str]) -> str:
    shown = "\n".join(problems[:SHOWN])
    more = len(problems) - SHOWN
    return f"{len(problems)} problem(s):\n{shown}" + (
        f"\n... {more} more" if more > 0 else ""
    )


def test_lupdate_changes_no_ts_file() -> None:
    changed = tool.drift()
    assert not changed, f"run scripts/translations.py update: {changed}"


def test_every_language_has_its_ts_file() -> None:
    names = sorted(path.name for path in tool.TS_DIR.glob("messenger_*.ts"))
    expected = sorted(tool.ts_path(code).name for code in tool.all_languages())
    assert names == expected


def test_every_translation_is_complete_and_correct() -> None:
    problems = tool.check(sources=False)
    assert not problems, _report(problems)
