# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The profile database schema as an ordered list of migrations.

``MIGRATIONS[n - 1]`` takes a database from ``user_version`` n-1 to n. Each step
is a list of SQL statements or a callable taking the connection;
:class:`messenger.storage.database.Database` runs each step in its own
transaction and bumps ``user_version`` with it. Released steps never change:
a change to the schema is a new step appended at the end.

Conventions: timestamps are INTEGER milliseconds since the epoch (UTC),
addresses are ``str(Address)`` (bare for peers and contacts), JSON values are
TEXT, empty strings stand for "no id" so partial indexes can skip them, and
``messages.body`` is the last stored column, so rows with long bodies do not
push the other columns onto overflow pages.

Needs SQLite 3.31 or newer (generated columns) with FTS5.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from collections.abc import Sequence
from typing import TypeAlias

Migration: TypeAlias = Sequence[str] | Callable[[sqlite3.Connection], None]

_V1_TABLES = [
    """
    CREATE TABLE accounts (
        id TEXT PRIMARY KEY NOT NULL,
        protocol TEXT NOT NULL,
        address TEXT NOT NULL,
        display_name TEXT NOT NULL DEFAULT '',
        enabled INTEGER NOT NULL DEFAULT 1,
        settings TEXT NOT NULL DEFAULT '{}',
        -- Removed by the user, history kept (delete_account(delete_history=False)).
        removed INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE account_state (
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (account_id, key)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE contacts (
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        address TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        groups TEXT NOT NULL DEFAULT '[]',
        subscription TEXT NOT NULL DEFAULT 'none',
        pending_out INTEGER NOT NULL DEFAULT 0,
        pending_in INTEGER NOT NULL DEFAULT 0,
        avatar_hash TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (account_id, address)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        peer TEXT NOT NULL,
        kind TEXT NOT NULL,
        unread_count INTEGER NOT NULL DEFAULT 0,
        read_up_to INTEGER,
        last_message_id INTEGER,
        last_activity INTEGER,
        UNIQUE (account_id, peer, kind)
    )
    """,
    # id is the rowid (no AUTOINCREMENT): new ids are above every stored id,
    # which the unread counting relies on, without the sqlite_sequence writes.
    """
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL
            REFERENCES conversations (id) ON DELETE CASCADE,
        account_id TEXT NOT NULL,
        direction TEXT NOT NULL,
        sender TEXT NOT NULL,
        sender_bare TEXT NOT NULL,
        ts INTEGER NOT NULL,
        state TEXT NOT NULL,
        error TEXT NOT NULL DEFAULT '',
        origin_id TEXT NOT NULL DEFAULT '',
        stanza_id TEXT NOT NULL DEFAULT '',
        remote_id TEXT NOT NULL DEFAULT '',
        edited_at INTEGER,
        body TEXT NOT NULL,
        -- What a search can be narrowed to, as index tokens (see messages_fts).
        -- Computed, not stored; hex() makes any account id one token.
        scope TEXT GENERATED ALWAYS AS
            ('c' || conversation_id || ' a' || hex(account_id)) VIRTUAL
    )
    """,
]

# Every query that wants a partial index repeats its WHERE terms literally:
# SQLite uses a partial index only when the query implies its condition.
_V1_INDEXES = [
    # History pages: newest N before an anchor, walked backwards. Also the
    # index the foreign key from conversations needs for cascading deletes.
    "CREATE INDEX messages_history ON messages (conversation_id, ts, id)",
    # Duplicates by the archive's id, per account.
    """
    CREATE UNIQUE INDEX messages_stanza_id ON messages (account_id, stanza_id)
    WHERE stanza_id != ''
    """,
    # Duplicates by the sender's id, per conversation and (bare) sender.
    """
    CREATE UNIQUE INDEX messages_origin_id
    ON messages (conversation_id, sender_bare, origin_id)
    WHERE origin_id != ''
    """,
    # The persisted outgoing queue; index entries end with the rowid, so a scan
    # comes out in id order.
    """
    CREATE INDEX messages_outbox ON messages (account_id)
    WHERE direction = 'out' AND state = 'pending'
    """,
    # Corrections find the corrected message by the protocol's id when it
    # came without an origin id.
    """
    CREATE INDEX messages_remote_id
    ON messages (conversation_id, sender_bare, remote_id)
    WHERE remote_id != ''
    """,
    # Delivery receipts find an outgoing message by its origin id.
    """
    CREATE INDEX messages_outgoing_origin ON messages (account_id, origin_id)
    WHERE direction = 'out' AND origin_id != ''
    """,
    # Unread counting: incoming messages of a conversation with id above the
    # read marker is a range of (conversation_id, rowid) here.
    """
    CREATE INDEX messages_incoming ON messages (conversation_id)
    WHERE direction = 'in'
    """,
]

# External content: the index stores no copy of the bodies. Search is
# "every term as a prefix, newest first" and reads matches in rowid order
# (ORDER BY rowid DESC LIMIT n stops early, nothing sorts all matches).
#
# A prefix query longer than every prefix index merges the doclists of all
# tokens with that prefix before the first row comes out, which for a 1- to
# 3-character prefix is most of the index; prefix indexes of 1, 2 and 3
# characters make those lookups direct ("a" on 1,000,000 messages: 19 ms
# without, 0.1 ms with, for about 60 % more index). Longer prefixes of very
# common words: see the query plan in search.py.
#
# The scope column holds the tokens "c<conversation id>" and "a<hex account
# id>". A search within a conversation or account ANDs its scope token to the
# query, so FTS5 intersects doclists instead of walking every match of a
# common word and dropping those of other conversations (which took 135 ms
# for "the" in a small conversation among 1,000,000 messages). User terms are
# limited to the body column, so they never match scope tokens.
#
# columnsize=0: nothing uses bm25, so no per-row size record is written.
_V1_SEARCH = [
    """
    CREATE VIRTUAL TABLE messages_fts USING fts5 (
        body,
        scope,
        content = 'messages',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3',
        columnsize = 0
    )
    """,
    """
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts (rowid, body, scope)
        VALUES (new.id, new.body, new.scope);
    END
    """,
    """
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, body, scope)
        VALUES ('delete', old.id, old.body, old.scope);
    END
    """,
    """
    CREATE TRIGGER messages_fts_update
    AFTER UPDATE OF body, conversation_id, account_id ON messages
    WHEN new.body IS NOT old.body OR new.scope IS NOT old.scope BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, body, scope)
        VALUES ('delete', old.id, old.body, old.scope);
        INSERT INTO messages_fts (rowid, body, scope)
        VALUES (new.id, new.body, new.scope);
    END
    """,
]

# New messages are indexed by the code that stores them, one statement per
# batch (messenger.storage.batch), instead of by messages_fts_insert. FTS5
# writes its pending terms out as a new segment at every statement savepoint,
# and the trigger gave each row insert one: a segment per message, which
# automerge then rewrote over and over (29 of the 45 us a message cost the
# store in batches of 75; about 6 us with one INSERT ... SELECT per batch).
# The rows stored so far are indexed already, and the update and delete
# triggers stay: those statements touch one row at a time anyway.
_V2_INDEX_PER_BATCH = ["DROP TRIGGER messages_fts_insert"]

# New messages are indexed in chunks of at least search.INDEX_CHUNK rows
# rather than per batch: FTS5 writes a segment per transaction, with a fixed
# cost (its structure record, merging) that a burst stored in batches of
# 50 paid about 1.8 M instructions at a time, a third of the index's cost per
# message. search_state.indexed_up_to is the highest message id the index
# holds; rows above it are pending, and every search indexes them first (one
# chunk at most: a search right after a burst waits a few milliseconds). The
# update and delete triggers touch the index only for rows it holds: a
# pending row is indexed as it is when its turn comes, or never if deleted.
# Every row stored so far is indexed already.
#
# messages_remote_id leaves out the rows whose protocol id is their origin id
# (most XMPP messages): find_message looks a correction's target up by its
# origin id first, so such a row is found there, and an index entry with a
# random key less per message is a WAL page less to write per message.
_V3_INDEX_IN_CHUNKS = [
    """
    CREATE TABLE search_state (
        id INTEGER PRIMARY KEY CHECK (id = 0),
        indexed_up_to INTEGER NOT NULL
    )
    """,
    """
    INSERT INTO search_state (id, indexed_up_to)
    SELECT 0, coalesce(max(id), 0) FROM messages
    """,
    "DROP TRIGGER messages_fts_delete",
    "DROP TRIGGER messages_fts_update",
    """
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
    WHEN old.id <= (SELECT indexed_up_to FROM search_state) BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, body, scope)
        VALUES ('delete', old.id, old.body, old.scope);
    END
    """,
    """
    CREATE TRIGGER messages_fts_update
    AFTER UPDATE OF body, conversation_id, account_id ON messages
    WHEN (new.body IS NOT old.body OR new.scope IS NOT old.scope)
        AND old.id <= (SELECT indexed_up_to FROM search_state) BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, body, scope)
        VALUES ('delete', old.id, old.body, old.scope);
        INSERT INTO messages_fts (rowid, body, scope)
        VALUES (new.id, new.body, new.scope);
    END
    """,
    "DROP INDEX messages_remote_id",
    """
    CREATE INDEX messages_remote_id
    ON messages (conversation_id, sender_bare, remote_id)
    WHERE remote_id != '' AND remote_id != origin_id
    """,
]

MIGRATIONS: tuple[Migration, ...] = (
    # 1: the first schema.
    [*_V1_TABLES, *_V1_INDEXES, *_V1_SEARCH],
    # 2: the search index is filled per batch, not per row.
    _V2_INDEX_PER_BATCH,
    # 3: ... and in chunks of several batches, the rest before each search;
    # protocol ids equal to the origin id are not indexed twice.
    _V3_INDEX_IN_CHUNKS,
)

SCHEMA_VERSION = len(MIGRATIONS)
