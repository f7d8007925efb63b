# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Translation markers for the Qt-free core.

The core never translates: it marks user-facing English text with
``QT_TRANSLATE_NOOP(context, text)`` so ``pyside6-lupdate`` extracts it, and the UI
renders it with ``QCoreApplication.translate(context, text)``. Prefer enum codes
in events and wording in the UI; use these markers where the core must phrase
something itself.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's name)
    """Mark ``text`` for extraction under ``context``; return it unchanged."""
    del context
    return text
