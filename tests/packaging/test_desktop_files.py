# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The desktop file and AppStream metainfo: valid, and naming the same app.

The validators are the distributions' own tools (apt ``desktop-file-utils``
and ``appstream``, installed by ``scripts/system-packages.sh test``).
"""

from __future__ import annotations

import configparser
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from messenger import APP_ID

DESKTOP = Path(__file__).resolve().parents[2] / "resources" / "desktop"
DESKTOP_FILE = DESKTOP / f"{APP_ID}.desktop"
METAINFO = DESKTOP / f"{APP_ID}.metainfo.xml"


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validate_passes() -> None:
    result = run("desktop-file-validate", str(DESKTOP_FILE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


def test_appstreamcli_validate_passes() -> None:
    result = run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def test_the_desktop_file_opens_xmpp_and_mailto_links() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "messenger %u"
    assert entry["Icon"] == APP_ID
    mime_types = set(entry["MimeType"].strip(";").split(";"))
    assert mime_types == {"x-scheme-handler/xmpp", "x-scheme-handler/mailto"}
    assert "InstantMessaging" in entry["Categories"].split(";")


def test_the_metainfo_names_the_desktop_file_and_the_binary() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.text == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == "messenger"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
