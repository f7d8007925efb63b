# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""messenger: a desktop instant messenger with detachable sessions."""

__version__ = "0.1.0.dev0"
APP_NAME = "messenger"
APP_ID = "org.messenger.Messenger"
