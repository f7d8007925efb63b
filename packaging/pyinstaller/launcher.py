# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The bundle's entry script: the same as the ``messenger`` command."""

import sys

from messenger.cli import main

if __name__ == "__main__":
    sys.exit(main())
