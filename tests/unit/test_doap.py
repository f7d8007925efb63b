# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""docs/messenger.doap lists exactly the XEPs of docs/xmpp.md's support table."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
XMPP = "{https://linkmauve.fr/ns/xmpp-doap#}"


def test_the_doap_file_and_the_xep_table_agree() -> None:
    table = set(
        re.findall(
            r"^\| XEP-(\d{4}) ", (DOCS / "xmpp.md").read_text("utf-8"), re.MULTILINE
        )
    )
    root = ET.parse(DOCS / "messenger.doap").getroot()
    listed = {
        re.sub(r"\D", "", xep.attrib[f"{RDF}resource"])
        for xep in root.iter(f"{XMPP}xep")
    }
    assert table
    assert listed == table
