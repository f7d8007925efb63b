# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Benchmarks: ``python -m bench NAME`` prints one JSON object per result."""
