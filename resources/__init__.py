# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Icons, desktop files and compiled translations (mapped from resources/)."""
