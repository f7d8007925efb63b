# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The search plan returns exactly what a brute-force match returns.

The corpus mimics the worst case the plan exists for: words made of a few
syllables, frequency falling with alphabetical rank, so the most common words
share long prefixes. Small chunk sizes make a few hundred messages walk every
path of the plan (probe, sparse terms expanded, dense terms checked round after
round, the plain query after the candidate budget).
"""

from __future__ import annotations

import itertools
import logging
import random
import sqlite3
from collections.abc import Iterator

import pytest

from messenger.storage import schema
from messenger.storage import search

SYLLABLES = ["ka", "lo", "mi", "bu", "da"]
ACCOUNTS = ["acc-1", "acc-2"]
CONVERSATIONS = {1: "acc-1", 2: "acc-1", 3: "acc-2", 12: "acc-2"}


@pytest.fixture
def corpus() -> Iterator[tuple[sqlite3.Connection, dict[int, tuple[int, str, str]]]]:
    rng = random.Random(7)
    words = sorted(
        {"".join(rng.choices(SYLLABLES, k=rng.randint(1, 4))) for _ in range(300)}
    )
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))
    rows: dict[int, tuple[int, str, str]] = {}
    for n in range(1, 701):
        cid = rng.choice(list(CONVERSATIONS))
        body = " ".join(rng.choices(words, cum_weights=weights, k=rng.randint(1, 8)))
        if n % 50 == 0:
            body = body.upper()  # case folds
        rows[n] = (cid, CONVERSATIONS[cid], body)
    conn = database(rows)
    yield conn, rows
    conn.close()


def database(rows: dict[int, tuple[int, str, str]]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    for statements in schema.MIGRATIONS:
        assert isinstance(statements, list)
        for statement in statements:
            conn.execute(statement)
    conn.executemany(
        "INSERT INTO accounts (id, protocol, address) VALUES (?, 'xmpp', 'a@b')",
        [(account,) for account in ACCOUNTS],
    )
    conn.executemany(
        "INSERT INTO conversations (id, account_id, peer, kind)"
        " VALUES (?, ?, ?, 'direct')",
        [(cid, account, f"p{cid}@x") for cid, account in CONVERSATIONS.items()],
    )
    conn.executemany(
        "INSERT INTO messages (id, conversation_id, account_id, direction, sender,"
        " sender_bare, ts, state, body)"
        " VALUES (?, ?, ?, 'in', 's@x', 's@x', ?, 'received', ?)",
        [(n, cid, account, n, body) for n, (cid, account, body) in rows.items()],
    )
    search.index_new(conn, min(rows), max(rows))  # as the store does per batch
    search.index_pending(conn)  # as every search does first
    return conn


def oracle(
    rows: dict[int, tuple[int, str, str]],
    terms: list[str],
    scope: tuple[str | None, int | None],
    before: int | None,
    limit: int,
) -> list[int]:
    account, conversation = scope
    found = [
        n
        for n, (cid, acc, body) in sorted(rows.items(), reverse=True)
        if (before is None or n < before)
        and account in (None, acc)
        and conversation in (None, cid)
        and all(
            any(token.startswith(term) for token in body.lower().split())
            for term in terms
        )
    ]
    return found[:limit]


def random_term(rng: random.Random) -> str:
    word = "".join(rng.choices(SYLLABLES, k=rng.randint(1, 4)))
    return word[: rng.randint(1, len(word))]


def test_the_plan_matches_brute_force(
    corpus: tuple[sqlite3.Connection, dict[int, tuple[int, str, str]]],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    conn, rows = corpus
    monkeypatch.setattr(search, "CHUNK", 16)
    monkeypatch.setattr(search, "MAX_CANDIDATES", 64)
    caplog.set_level(logging.DEBUG, logger=search.__name__)
    rng = random.Random(11)
    scopes = [(None, None), ("acc-1", None), (None, 12), ("acc-2", 3), ("acc-1", 3)]
    for _ in range(600):
        terms = [random_term(rng) for _ in range(rng.randint(1, 3))]
        scope = rng.choice(scopes)
        before = rng.choice([None, None, rng.randint(1, 700)])
        limit = rng.choice([1, 5, 20, 50])
        text = " ".join(term.upper() if rng.random() < 0.2 else term for term in terms)
        found = search.search_ids(
            conn,
            text,
            account_id=scope[0],
            conversation_id=scope[1],
            before=before,
            limit=limit,
        )
        assert found == oracle(rows, terms, scope, before, limit), (text, scope)
    assert not conn.in_transaction
    assert "long terms are sparse" in caplog.text


def test_dense_candidates_then_the_plain_query_for_the_rest(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # "bubuka" is dense among the newest "bub" messages, absent in the middle
    # of the history and back at its start: the candidate budget runs out.
    def body(n: int) -> str:
        return "bubuka lo" if n <= 5 or n > 600 else "bubu da"

    rows = {n: (1, "acc-1", body(n)) for n in range(1, 701)}
    conn = database(rows)
    monkeypatch.setattr(search, "CHUNK", 16)
    monkeypatch.setattr(search, "MAX_CANDIDATES", 64)
    caplog.set_level(logging.DEBUG, logger=search.__name__)
    try:
        for limit, before in ((200, None), (120, 650), (50, None), (10, 620)):
            found = search.search_ids(
                conn,
                "bubuk",
                account_id="acc-1",
                conversation_id=None,
                before=before,
                limit=limit,
            )
            expected = oracle(rows, ["bubuk"], ("acc-1", None), before, limit)
            assert found == expected
    finally:
        conn.close()
    assert "plain query for the rest" in caplog.text


def test_terms_that_are_not_single_tokens_are_never_cut(
    corpus: tuple[sqlite3.Connection, dict[int, tuple[int, str, str]]],
) -> None:
    conn, _ = corpus
    conn.execute(
        "INSERT INTO messages (id, conversation_id, account_id, direction, sender,"
        " sender_bare, ts, state, body) VALUES (900, 1, 'acc-1', 'in', 's@x', 's@x',"
        " 900, 'received', 'write an e-mail to Zoë about x² and ÉCOLE')"
    )
    search.index_pending(conn)
    for text in ("e-mail", "zoe", "ZOË", "x²", "ecole", "écol", "mail to"):
        found = search.search_ids(
            conn, text, account_id=None, conversation_id=None, before=None, limit=5
        )
        assert found == [900], text
    nothing = search.search_ids(
        conn, "e-mailx", account_id=None, conversation_id=None, before=None, limit=5
    )
    assert nothing == []


def test_fts_query_quotes_every_term() -> None:
    assert search.fts_query('say "hi" NEAR(x') == '"say"* """hi"""* "NEAR(x"*'
    assert search.fts_query("  - * ( ") is None
    assert search.fts_query("a\x00b") == '"a"* "b"*'
    assert search.user_terms("\ud800 ok \u0301") == ["ok"]


def test_the_plan_knows_the_index_it_runs_on() -> None:
    statements = schema.MIGRATIONS[0]
    assert isinstance(statements, list)
    [fts] = [s for s in statements if "CREATE VIRTUAL TABLE messages_fts" in s]
    assert f"tokenize = '{search.TOKENIZE}'" in fts
    prefixes = fts.split("prefix = '")[1].split("'")[0].split()
    assert max(map(int, prefixes)) == search.PREFIX_INDEX_MAX
    assert [int(p) for p in prefixes] == list(range(1, search.PREFIX_INDEX_MAX + 1))


def test_search_inside_a_callers_transaction(
    corpus: tuple[sqlite3.Connection, dict[int, tuple[int, str, str]]],
) -> None:
    conn, rows = corpus
    conn.execute("BEGIN")
    found = search.search_ids(
        conn, "bubu", account_id=None, conversation_id=None, before=None, limit=7
    )
    assert conn.in_transaction
    conn.execute("COMMIT")
    assert found == oracle(rows, ["bubu"], (None, None), None, 7)
