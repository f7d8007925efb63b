#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Move translations between a .ts file and JSON (for translators' tools).

    python scripts/ts_exchange.py export de > de.json      # what is unfinished
    python scripts/ts_exchange.py export de --all > de.json
    python scripts/ts_exchange.py fill de de.json          # write them back

The JSON is a list of entries ``{"context", "source", "comment", "note",
"numerus", "forms", "translation"}``: ``note`` is the developers' hint,
``forms`` how many plural forms the language needs (numerus entries only)
and ``translation`` a string, or for numerus entries a list of that many
strings. ``fill`` writes every entry whose
translation is filled in (and marks it finished), then lets lupdate rewrite the
file so its layout is exactly lupdate's; afterwards run ``translations.py
check``. The .ts files stay the source of truth: JSON files are not committed.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import translations

Key = tuple[str, str, str]


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        found.extend((name, message) for message in context.iter("message"))
    return found


def _key(context: str, message: ET.Element) -> Key:
    return (
        context,
        message.findtext("source", ""),
        message.findtext("comment", ""),
    )


def export(language: str, *, everything: bool) -> list[dict[str, Any]]:
    path = translations.ts_path(language)
    root = ET.parse(path).getroot()  # noqa: S314 (our own file)
    entries = []
    for context, message in _messages(root):
        translation = message.find("translation")
        if translation is None:
            continue
        unfinished = translation.get("type") == "unfinished"
        if not (everything or unfinished):
            continue
        numerus = message.get("numerus") == "yes"
        context_name, source, comment = _key(context, message)
        forms = [f.text or "" for f in translation.findall("numerusform")]
        entry: dict[str, Any] = {
            "context": context_name,
            "source": source,
            "comment": comment,
            # The developers' hint to translators (``#:`` in the code).
            "note": message.findtext("extracomment", ""),
            "numerus": numerus,
            "translation": forms if numerus else (translation.text or ""),
        }
        if numerus:
            entry["forms"] = len(forms)
        entries.append(entry)
    return entries


def fill(language: str, entries: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """Write ``entries`` into the language's .ts; (how many, problems)."""
    path = translations.ts_path(language)
    tree = ET.parse(path)  # noqa: S314 (our own file)
    by_key = {_key(c, m): m for c, m in _messages(tree.getroot())}
    written, problems = 0, []
    for entry in entries:
        key = (
            entry.get("context", ""),
            entry.get("source", ""),
            entry.get("comment", ""),
        )
        message = by_key.get(key)
        text = entry.get("translation")
        if message is None:
            problems.append(f"no such entry: {key[0]}: {key[1]!r}")
            continue
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if not isinstance(text, list) or len(text) != len(forms):
                problems.append(f"{key[0]}: {key[1]!r}: needs {len(forms)} forms")
                continue
            if not all(isinstance(t, str) and t for t in text):
                continue  # not translated yet
            for form, value in zip(forms, text, strict=True):
                form.text = value
        else:
            if not isinstance(text, str) or not text:
                continue
            translation.text = text
        translation.attrib.pop("type", None)
        written += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # lupdate rewrites the file in its own layout (the check compares with it).
    translations._run(
        translations.lupdate_command(language, path.resolve()), cwd=translations.ROOT
    )
    return written, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    exporting = commands.add_parser("export", help="entries as JSON on stdout")
    exporting.add_argument("language")
    exporting.add_argument("--all", action="store_true", help="finished ones too")
    filling = commands.add_parser("fill", help="write translations from JSON")
    filling.add_argument("language")
    filling.add_argument("json", type=Path)
    args = parser.parse_args(argv)
    if args.command == "export":
        json.dump(
            export(args.language, everything=args.all),
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        print()
        return 0
    entries = json.loads(args.json.read_text(encoding="utf-8"))
    written, problems = fill(args.language, entries)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{written} entries written to {translations.ts_path(args.language).name}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
