# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Build hook: compile the translations into the package.

Everything else about the package is in pyproject.toml. setuptools runs
``build_py`` for every wheel (``pip install .``, ``pip wheel .``, a wheel
built from the sdist); this one then compiles ``translations/*.ts`` with Qt's
``lrelease`` (``scripts/translations.py build``, PySide6's tool: PySide6 is a
build requirement) into ``messenger/resources/translations/``, plus the
pseudo-locale catalog. An editable install (``pip install -e .``) writes them
into the checkout's ``resources/translations/`` instead, which the editable
package maps (the files are ignored by git). A build without lrelease fails:
a package without its translations would silently be English only.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
CATALOG_PACKAGE = ("messenger", "resources", "translations")


def translations_tool() -> ModuleType:
    """``scripts/translations.py``, imported by path (it is no package)."""
    name = "_messenger_translations_tool"
    spec = importlib.util.spec_from_file_location(
        name, HERE / "scripts" / "translations.py"
    )
    if spec is None or spec.loader is None:
        raise RuntimeError("scripts/translations.py is missing")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


class BuildPyWithTranslations(build_py):
    """``build_py`` that also compiles the translation catalogs."""

    def run(self) -> None:
        super().run()
        tool = translations_tool()
        target = self._catalog_dir()
        tool.build(target)
        tool.pseudo(target)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if getattr(self, "editable_mode", False):
            return outputs  # written into the checkout, not the build
        tool = translations_tool()
        directory = Path(self.build_lib).joinpath(*CATALOG_PACKAGE)
        languages = (*tool.all_languages(), tool.PSEUDO_LANGUAGE)
        outputs.extend(str(directory / f"messenger_{code}.qm") for code in languages)
        return outputs

    def _catalog_dir(self) -> Path:
        if getattr(self, "editable_mode", False):
            return HERE / "resources" / "translations"
        return Path(self.build_lib).joinpath(*CATALOG_PACKAGE)


setup(cmdclass={"build_py": BuildPyWithTranslations})
