# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Where the shipped resources (icons, desktop files, translations) are.

In a wheel, ``resources/`` is mapped to the package ``messenger.resources``; in a
source checkout it sits beside the package. Callers get a real directory either way.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path


@functools.cache
def resource_dir() -> Path:
    """Return the directory that holds the contents of ``resources/``."""
    spec = importlib.util.find_spec("messenger.resources")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of one shipped resource file."""
    return resource_dir().joinpath(*parts)
