# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""FTS5's own check of the search index against the messages table."""

from __future__ import annotations

import sqlite3

from messenger.storage import search
from messenger.storage.database import run_in_transaction

# rank 1: compare the index with the content (the messages table) too.
_INTEGRITY_CHECK = (
    "INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)"
)


def check_search_index(conn: sqlite3.Connection) -> None:
    """Index the pending rows as a search does first, then let FTS5 compare its
    index with every message: it raises "database disk image is malformed" for
    a row missing from the index, an extra one or one indexed twice.

    ``conn`` must be in autocommit mode (``isolation_level=None``)."""
    run_in_transaction(conn, search.index_pending)
    conn.execute(_INTEGRITY_CHECK)
