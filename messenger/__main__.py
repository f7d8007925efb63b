# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``python -m messenger``: the same as the ``messenger`` command."""

import sys

from messenger.cli import main

sys.exit(main())
