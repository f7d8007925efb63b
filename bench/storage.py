# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Storage at scale: 1,000,000 messages over 1,000 conversations.

Measures, through the async ``SqliteStore`` API the core uses (so the executor
hop is included): the insert rate in batches as the intake writes them, FTS
query latency (p50/p99) over a varied query mix, newest first with a page limit
of 50, and the time to load the last 50 messages of a conversation.

Message text is synthetic: words drawn from a made-up vocabulary with a Zipf
distribution, like natural language, so common and rare terms both occur.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from bench.common import emit
from bench.common import machine
from bench.common import percentile
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import ConversationId
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import NewMessage
from messenger.core.model import ProtocolKind
from messenger.storage.store import SqliteStore

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "to",
    "vi",
    "ze",
    "bu",
    "da",
    "fe",
    "gi",
    "ho",
]
ACCOUNT = AccountId("bench")


def vocabulary(rng: random.Random, size: int) -> list[str]:
    """Made-up words, most frequent first (frequency unrelated to spelling)."""
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    ordered = sorted(words)
    rng.shuffle(ordered)
    return ordered


def zipf_cumulative(size: int) -> list[float]:
    total = 0.0
    cumulative = []
    for rank in range(size):
        total += 1 / (rank + 1)
        cumulative.append(total)
    return cumulative


def messages(
    rng: random.Random, words: list[str], total: int, conversations: int
) -> Iterator[NewMessage]:
    cumulative = zipf_cumulative(len(words))
    own = Address("me", "bench.example")
    start = datetime(2020, 1, 1, tzinfo=UTC)
    for n in range(total):
        peer = Address(f"peer{n % conversations}", "bench.example")
        incoming = rng.random() < 0.5
        body = " ".join(
            rng.choices(words, cum_weights=cumulative, k=rng.randint(3, 20))
        )
        yield NewMessage(
            account_id=ACCOUNT,
            peer=peer,
            direction=Direction.INCOMING if incoming else Direction.OUTGOING,
            sender=peer if incoming else own,
            body=body,
            timestamp=start + timedelta(seconds=30 * n),
            state=DeliveryState.RECEIVED if incoming else DeliveryState.DELIVERED,
            stanza_id=f"s{n}",
        )


def query_mix(
    rng: random.Random, words: list[str], count: int
) -> list[tuple[str, str]]:
    common, rare = words[:50], words[-2000:]
    mix: list[tuple[str, str]] = []
    for n in range(count):
        kind = ("common", "rare", "two_terms", "prefix")[n % 4]
        if kind == "common":
            mix.append((kind, rng.choice(common)))
        elif kind == "rare":
            mix.append((kind, rng.choice(rare)))
        elif kind == "two_terms":
            mix.append((kind, f"{rng.choice(common)} {rng.choice(words[:1000])}"))
        else:
            mix.append((kind, rng.choice(words)[:3]))
    return mix


async def run(
    path: Path, total: int, conversations: int, batch: int, queries: int
) -> None:
    rng = random.Random(2005)
    words = vocabulary(rng, 20_000)
    store = SqliteStore(path)
    reuse = await asyncio.to_thread(path.exists)
    await store.open()
    if not reuse:
        await fill(store, rng, words, total, conversations, batch)
    await measure_search(store, query_mix(rng, words, queries))
    await measure_history(store, rng, conversations, queries)
    await store.close()
    emit(
        "storage",
        "database",
        bytes=sum(p.stat().st_size for p in path.parent.glob("*")),
    )


async def fill(  # noqa: PLR0917 (the benchmark's knobs)
    store: SqliteStore,
    rng: random.Random,
    words: list[str],
    total: int,
    conversations: int,
    batch: int,
) -> None:
    await store.save_account(
        Account(id=ACCOUNT, protocol=ProtocolKind.XMPP, address="me@bench.example")
    )
    pending: list[NewMessage] = []
    elapsed = 0.0  # time in the store only, not generating the messages
    slowest = 0.0
    for message in messages(rng, words, total, conversations):
        pending.append(message)
        if len(pending) == batch or message.stanza_id == f"s{total - 1}":
            started = time.perf_counter()
            await store.add_messages(pending)
            took = time.perf_counter() - started
            elapsed += took
            slowest = max(slowest, took)
            pending = []
    emit(
        "storage",
        "insert",
        messages=total,
        conversations=conversations,
        batch=batch,
        seconds=round(elapsed, 2),
        messages_per_s=round(total / elapsed),
        slowest_batch_s=round(slowest, 3),
    )


async def measure_search(store: SqliteStore, mix: list[tuple[str, str]]) -> None:
    by_kind: dict[str, list[float]] = {}
    hits: list[int] = []
    for kind, query in mix:
        started = time.perf_counter()
        found = await store.search_messages(query, limit=50)
        by_kind.setdefault(kind, []).append(time.perf_counter() - started)
        hits.append(len(found))
    every = [t for times in by_kind.values() for t in times]
    emit(
        "storage",
        "fts_query",
        queries=len(every),
        p50_ms=round(percentile(every, 50) * 1000, 2),
        p99_ms=round(percentile(every, 99) * 1000, 2),
        budget_p99_ms=50,
        mean_hits=round(sum(hits) / len(hits), 1),
        p99_ms_by_kind={
            k: round(percentile(v, 99) * 1000, 2) for k, v in sorted(by_kind.items())
        },
    )


async def measure_history(
    store: SqliteStore, rng: random.Random, conversations: int, count: int
) -> None:
    ids = [c.id for c in await store.load_conversations()]
    times: list[float] = []
    for _ in range(count):
        conversation = ConversationId(rng.choice(ids))
        started = time.perf_counter()
        page = await store.load_messages(conversation, limit=50)
        times.append(time.perf_counter() - started)
        assert len(page) == 50
    emit(
        "storage",
        "last_50_messages",
        loads=len(times),
        p50_ms=round(percentile(times, 50) * 1000, 3),
        p99_ms=round(percentile(times, 99) * 1000, 3),
        budget_ms=5,
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench storage")
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--conversations", type=int, default=1_000)
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="keep the database here; a database already there is measured as is",
    )
    args = parser.parse_args(argv)
    emit("storage", "machine", **machine())
    if args.dir is not None:
        args.dir.mkdir(parents=True, exist_ok=True)
        asyncio.run(
            run(
                args.dir / "bench.sqlite3",
                args.messages,
                args.conversations,
                args.batch,
                args.queries,
            )
        )
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(
            run(
                Path(tmp) / "bench.sqlite3",
                args.messages,
                args.conversations,
                args.batch,
                args.queries,
            )
        )
    return 0
