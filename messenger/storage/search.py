# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Message search: user text to FTS5, and a plan that keeps common words fast.

Contract of :func:`search_ids` (runs on the database thread): the ids of the
messages whose body contains every term of the user's text as a token prefix
(case- and accent-insensitive, as the ``messages_fts`` tokenizer folds), newest
first by id, below ``before``, at most ``limit``, optionally within one account
and/or conversation. Nothing the user types is FTS5 syntax, and no text makes
SQLite raise: text without a usable term finds nothing.

Why a plan: FTS5 (SQLite 3.40 at least) answers a prefix query longer than its
longest prefix index by merging the doclists of every token with that prefix
before the first row comes out, so a long prefix of a very common word costs
time in proportion to that word's share of the whole index (400 ms for one word
of the storage benchmark at 1,000,000 messages), whatever the LIMIT. Prefixes
of up to PREFIX_INDEX_MAX characters have prefix indexes and stream lazily.
So a query with longer terms first runs with those terms cut to
PREFIX_INDEX_MAX characters (a superset, streamed newest first) and checks the
candidates exactly with SQLite's own tokenizer, on a small contentless FTS5
table in the temp schema. A probe of CHUNK candidates shows, per long term,
whether it is dense among its candidates (expensive to expand in full, cheap to
check) or sparse (cheap to expand); sparse terms go back to their full prefix.
Every path returns exactly what the plain query would.
"""

from __future__ import annotations

import logging
import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace

log = logging.getLogger(__name__)

# Must match messages_fts in schema.py: its longest prefix index and tokenizer.
PREFIX_INDEX_MAX = 3
TOKENIZE = "unicode61 remove_diacritics 2"

# Candidates checked per round, the density below which a long term is expanded
# in full instead, and the most candidates checked before the plain query takes
# over. Tuned on the storage benchmark: p99 400 ms -> 13 ms, p50 +2 ms.
CHUNK = 128
DENSE = 1 / 8
MAX_CANDIDATES = 2048

# Above every rowid: "before" when the caller gives none.
AFTER_ALL_IDS = 2**63 - 1

# What unicode61 (default categories "L* N* Co") keeps as token characters.
_TOKEN_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No", "Co"})
# Characters that fold to exactly one character: a term made of these alone is
# one token, and its first characters fold to the first characters of its
# folded form, so cutting it gives a true superset.
_CUTTABLE_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lo", "Nd"})

_CHECK_TABLE = f"""
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_check USING fts5 (
        body, content = '', tokenize = '{TOKENIZE}', columnsize = 0
    )
"""
_IDS = """
    SELECT rowid FROM messages_fts
    WHERE messages_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?
"""
# New rows are indexed by their writer in chunks (schema.py, version 3):
# rows above search_state.indexed_up_to are not indexed yet.
INDEX_CHUNK = 512
_INDEXED_UP_TO = "SELECT indexed_up_to FROM search_state"
_INDEX_RANGE = """
    INSERT INTO messages_fts (rowid, body, scope)
    SELECT id, body, scope FROM messages WHERE id >= ? AND id <= ?
"""
_INDEX_PENDING = """
    INSERT INTO messages_fts (rowid, body, scope)
    SELECT id, body, scope FROM messages WHERE id > ?
"""
_HAS_PENDING = """
    SELECT (SELECT coalesce(max(id), 0) FROM messages)
         > (SELECT indexed_up_to FROM search_state)
"""
_SET_INDEXED_UP_TO = """
    UPDATE search_state
    SET indexed_up_to = max(indexed_up_to, (SELECT coalesce(max(id), 0) FROM messages))
"""
_CANDIDATES = """
    SELECT f.rowid, m.body FROM messages_fts AS f JOIN messages AS m ON m.id = f.rowid
    WHERE f.messages_fts MATCH ? AND f.rowid < ? ORDER BY f.rowid DESC LIMIT ?
"""


def index_new(conn: sqlite3.Connection, first_id: int, last_id: int) -> None:
    """The rows ``first_id``..``last_id`` were just stored (in this transaction):
    index those the mark says are indexed, and every pending row once there
    are a chunk's worth.

    New rows get ids above every stored one, so they are above the mark, but
    after the newest messages were deleted SQLite hands their ids out again:
    those rows are below the mark, and not in the index (their predecessors
    left it with them), so they are indexed at once.
    """
    indexed_up_to = _indexed_up_to(conn)
    if first_id <= indexed_up_to:
        conn.execute(_INDEX_RANGE, (first_id, min(last_id, indexed_up_to)))
    if last_id - indexed_up_to >= INDEX_CHUNK:
        index_pending(conn, indexed_up_to)


def index_pending(conn: sqlite3.Connection, indexed_up_to: int | None = None) -> None:
    """Index every row above the mark and move the mark (in a transaction)."""
    if indexed_up_to is None:
        indexed_up_to = _indexed_up_to(conn)
    conn.execute(_INDEX_PENDING, (indexed_up_to,))
    conn.execute(_SET_INDEXED_UP_TO)


def has_pending(conn: sqlite3.Connection) -> bool:
    """Whether some message is not in the index yet (a read, no transaction)."""
    found = conn.execute(_HAS_PENDING).fetchone()
    return bool(found[0])


def _indexed_up_to(conn: sqlite3.Connection) -> int:
    value: int = conn.execute(_INDEXED_UP_TO).fetchone()[0]
    return value


def user_terms(text: str) -> list[str]:
    """The usable terms of user text, split at whitespace.

    NULs and lone surrogates (which FTS5 and the UTF-8 encoder reject) become
    spaces; terms without a character the tokenizer indexes are dropped.
    """
    cleaned = "".join(" " if _unusable(char) else char for char in text)
    return [
        term
        for term in cleaned.split()
        if any(unicodedata.category(char) in _TOKEN_CATEGORIES for char in term)
    ]


def fts_query(text: str) -> str | None:
    """The body part of the MATCH expression: every term a quoted prefix phrase.

    Quotes are doubled, so ``OR``, ``NEAR(``, ``-`` and ``*`` are plain text.
    None: no usable term.
    """
    terms = user_terms(text)
    return " ".join(_phrase(term) for term in terms) if terms else None


@dataclass(frozen=True, slots=True)
class _Query:
    terms: tuple[str, ...]
    scope: str
    # Indexes of the terms searched by their first PREFIX_INDEX_MAX characters.
    cut: frozenset[int] = frozenset()

    def match(self) -> str:
        phrases = " ".join(
            _phrase(term[:PREFIX_INDEX_MAX] if n in self.cut else term)
            for n, term in enumerate(self.terms)
        )
        return f"{{body}} : ({phrases}){self.scope}"

    def exact(self) -> str:
        """The query on the check table, which has no scope column."""
        return "{body} : (" + " ".join(map(_phrase, self.terms)) + ")"


def search_ids(
    conn: sqlite3.Connection,
    text: str,
    *,
    account_id: str | None,
    conversation_id: int | None,
    before: int | None,
    limit: int,
) -> list[int]:
    """See the module docstring."""
    terms = user_terms(text)
    if not terms or limit <= 0:
        return []
    query = _Query(tuple(terms), _scope(account_id, conversation_id))
    upper = AFTER_ALL_IDS if before is None else before
    long_terms = frozenset(n for n, term in enumerate(terms) if _cuttable(term))
    if not long_terms:
        return _plain(conn, query, upper, limit)
    # One snapshot for all rounds, and one transaction for the check table's
    # writes (temp schema only), in or outside a caller's transaction.
    conn.execute("SAVEPOINT search")
    try:
        found = _checked(conn, replace(query, cut=long_terms), upper, limit)
    except BaseException:
        conn.execute("ROLLBACK TO search")
        conn.execute("RELEASE search")
        raise
    conn.execute("RELEASE search")
    return found


def _checked(
    conn: sqlite3.Connection, query: _Query, upper: int, limit: int
) -> list[int]:
    conn.execute(_CHECK_TABLE)
    rows = conn.execute(_CANDIDATES, (query.match(), upper, CHUNK)).fetchall()
    found = _check(conn, rows, query.exact())[:limit]
    if len(found) == limit or len(rows) < CHUNK:
        return found
    # The check table still holds the probe: count each long term's matches.
    dense = frozenset(
        n
        for n in query.cut
        if len(_matches(conn, _Query((query.terms[n],), "").exact()))
        >= DENSE * len(rows)
    )
    if not dense:
        log.debug("Search: long terms are sparse, expanding them")
        return _plain(conn, replace(query, cut=frozenset()), upper, limit)
    query = replace(query, cut=dense)
    scanned, last = len(rows), rows[-1][0]
    while scanned < MAX_CANDIDATES and len(found) < limit:
        rows = conn.execute(_CANDIDATES, (query.match(), last, CHUNK)).fetchall()
        found += _check(conn, rows, query.exact())[: limit - len(found)]
        if len(rows) < CHUNK:
            return found
        scanned, last = scanned + len(rows), rows[-1][0]
    if len(found) < limit:
        log.debug("Search: %d candidates checked, plain query for the rest", scanned)
        full = replace(query, cut=frozenset())
        found += _plain(conn, full, last, limit - len(found))
    return found


def _check(
    conn: sqlite3.Connection, rows: Sequence[tuple[int, str]], exact: str
) -> list[int]:
    """The ids among ``rows`` whose body matches ``exact``, newest first."""
    conn.execute("INSERT INTO search_check (search_check) VALUES ('delete-all')")
    conn.executemany("INSERT INTO search_check (rowid, body) VALUES (?, ?)", rows)
    return _matches(conn, exact)


def _matches(conn: sqlite3.Connection, exact: str) -> list[int]:
    matched = conn.execute(
        "SELECT rowid FROM search_check WHERE search_check MATCH ? ORDER BY rowid DESC",
        (exact,),
    )
    return [rowid for (rowid,) in matched]


def _plain(
    conn: sqlite3.Connection, query: _Query, upper: int, limit: int
) -> list[int]:
    rows = conn.execute(_IDS, (query.match(), upper, limit))
    return [rowid for (rowid,) in rows]


def _scope(account_id: str | None, conversation_id: int | None) -> str:
    # The scope column's tokens (see schema.py): exact terms, so FTS5
    # intersects doclists instead of filtering every match afterwards.
    scope = ""
    if conversation_id is not None:
        scope += f' AND {{scope}} : "c{int(conversation_id)}"'
    if account_id is not None:
        scope += f' AND {{scope}} : "a{account_id.encode().hex()}"'
    return scope


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"*'


def _cuttable(term: str) -> bool:
    return len(term) > PREFIX_INDEX_MAX and all(
        unicodedata.category(char) in _CUTTABLE_CATEGORIES for char in term
    )


def _unusable(char: str) -> bool:
    return unicodedata.category(char) in {"Cc", "Cs"}
