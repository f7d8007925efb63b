# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The one exception type ``CoreApi`` commands raise."""

from __future__ import annotations

from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo


class CoreError(Exception):
    """A command could not be carried out; ``info.code`` says why.

    UIs show ``info`` in the user's language; ``str()`` is for logs only.
    """

    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.info = ErrorInfo(code=code, detail=detail)

    @property
    def code(self) -> ErrorCode:
        return self.info.code
