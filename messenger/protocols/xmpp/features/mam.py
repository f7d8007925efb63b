# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0313 archive catch-up at every login, paged with XEP-0059 RSM.

- From the bookmark (``mam_last_id``, the newest archive id the core has
  committed) forwards until the archive says ``complete``. A first login (or an
  unknown bookmark) fetches only the newest ``FIRST_LIMIT`` messages of the
  last ``FIRST_WINDOW``, paging backwards.
- The first query goes out before our initial presence: Prosody then skips the
  offline-message flood (the archive has them), and live messages start after
  the presence. At least one query is sent after the presence, so nothing that
  arrived in between is missed. Live messages are held in the worker until the
  catch-up is done, so everything is stored in archive order.
- Results count only from our own archive (outer ``from`` absent or the own
  bare JID) and with a queryid we are waiting for (CVE-2019-16236).
- The bookmark advances only after the core has committed a page; after the
  catch-up, live messages carrying our archive's stanza-id advance it too, at
  most once per ``BOOKMARK_INTERVAL`` (a burst must not cost a write per
  batch); what is not saved yet is saved when the session ends and is where
  the next catch-up starts. A bookmark that lags (a crash) only makes the next
  catch-up fetch messages again, which the core recognises by their ids.
- Messages missed since the bookmark get their XEP-0184 receipt (the sender
  should see DELIVERED once one of our clients has the message); history of
  a first sync does not.
"""

from __future__ import annotations

import asyncio
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import datetime
from datetime import timedelta

from slixmpp.exceptions import IqError
from slixmpp.stanza import Iq

from messenger.protocols.xmpp import mapping
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.context import IQ_TIMEOUT
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.mapping import Origin
from messenger.protocols.xmpp.mapping import ParsedMessage
from messenger.protocols.xmpp.ns import tag
from messenger.protocols.xmpp.worker import Inbound

BOOKMARK = "mam_last_id"
PAGE_SIZE = 100
FIRST_WINDOW = timedelta(days=7)
FIRST_LIMIT = 500
BOOKMARK_INTERVAL = 1.0  # seconds between saves of the live bookmark

Dispatch = Callable[[ParsedMessage], None]
Result = tuple[str, ET.Element, datetime | None]


@dataclass(slots=True)
class Page:
    results: list[Result] = field(default_factory=list)
    complete: bool = True
    first: str = ""
    last: str = ""


@dataclass(slots=True)
class _Query:
    future: asyncio.Future[Iq]
    results: list[Result] = field(default_factory=list)


class Archive:
    def __init__(self, ctx: XmppContext, dispatch: Dispatch) -> None:
        self._ctx = ctx
        self._dispatch = dispatch
        self._queries: dict[str, _Query] = {}
        self._caught_up = False
        #: The newest live archive id committed but not saved yet ("": none).
        self._unsaved = ""
        self._saved_at = -BOOKMARK_INTERVAL
        self._save_timer: asyncio.TimerHandle | None = None
        #: False while a catch-up has not finished (interrupted ones are redone).
        self.complete = True

    # ------------------------------------------------------------ results
    def on_result(self, xml: ET.Element) -> None:
        parsed = mapping.parse_mam_result(xml, self._ctx.own)
        if parsed is None:
            return
        queryid, archive_id, inner, stamp = parsed
        query = self._queries.get(queryid)
        if query is None:
            self._ctx.log.debug("archive result for unknown query %r dropped", queryid)
            return
        query.results.append((archive_id, inner, stamp))

    def _start(
        self,
        *,
        after: str = "",
        before: str | None = None,
        start: datetime | None = None,
    ) -> tuple[str, _Query]:
        """Send a query now (in stream order) and return its handle."""
        client = self._ctx.require_session()
        queryid = uuid.uuid4().hex
        iq = client.make_iq_set()
        iq.xml.append(_query_element(queryid, after=after, before=before, start=start))
        future: asyncio.Future[Iq] = iq.send(timeout=IQ_TIMEOUT)  # type: ignore[no-untyped-call]
        query = _Query(future=future)
        self._queries[queryid] = query
        return queryid, query

    async def _finish(self, queryid: str, query: _Query) -> Page:
        try:
            async with asyncio.timeout(IQ_TIMEOUT + 1):
                result = await query.future
        finally:
            self._queries.pop(queryid, None)
        fin = result.xml.find(tag(ns.MAM, "fin"))
        page = Page(results=query.results, complete=True)
        if fin is not None:
            page.complete = fin.get("complete") in {"true", "1"}
            page.first = mapping.clean_id(
                fin.findtext(f"{tag(ns.RSM, 'set')}/{tag(ns.RSM, 'first')}")
            )
            page.last = mapping.clean_id(
                fin.findtext(f"{tag(ns.RSM, 'set')}/{tag(ns.RSM, 'last')}")
            )
        return page

    # ------------------------------------------------------------ catch-up
    async def catch_up(self, send_presence: Callable[[], None]) -> None:
        """Fetch what we missed; ``send_presence`` runs right after the first query."""
        self._caught_up, self.complete = False, False
        self._ctx.worker.hold()
        try:
            # Newer than the saved one, if any; saving it goes first in the lane.
            bookmark = self._unsaved or await self._ctx.sink.load_state(BOOKMARK)
            self.save_bookmark()
            after = bookmark if isinstance(bookmark, str) else ""
            first = self._start(after=after) if after else self._window_query()
            send_presence()
            try:
                page = await self._finish(*first)
            except IqError as exc:
                if not after or exc.condition != "item-not-found":
                    raise
                self._ctx.log.info("archive bookmark unknown: fetching recent messages")
                after, page = "", await self._finish(*self._window_query())
            if after:
                await self._forward(after, page, sent_after_presence=False)
            else:
                await self._first_sync(page)
            self.complete = True
        except (IqError, TimeoutError) as exc:
            self._ctx.log.warning("archive catch-up stopped: %s", exc)
        finally:
            # After an interrupted catch-up live ids must not move the bookmark
            # past what the archive still has to deliver.
            self._caught_up = self.complete
            self._ctx.worker.release()

    def _window_query(self) -> tuple[str, _Query]:
        return self._start(before="", start=self._ctx.clock() - FIRST_WINDOW)

    async def _first_sync(self, page: Page) -> None:
        """Newest first, backwards, up to FIRST_LIMIT; then forwards from there."""
        pages, count = [page], len(page.results)
        while not page.complete and page.first and count < FIRST_LIMIT:
            page = await self._finish(*self._start(before=page.first))
            pages.append(page)
            count += len(page.results)
        results = [r for p in reversed(pages) for r in p.results][-FIRST_LIMIT:]
        newest = results[-1][0] if results else ""
        await self._deliver(results, newest, acknowledge=False)
        if newest:
            await self._forward(newest, None, sent_after_presence=True)
        else:
            start = self._ctx.clock() - FIRST_WINDOW
            await self._forward("", None, sent_after_presence=True, start=start)

    async def _forward(
        self,
        after: str,
        page: Page | None,
        *,
        sent_after_presence: bool,
        start: datetime | None = None,
    ) -> None:
        while True:
            if page is None:
                page = await self._finish(*self._start(after=after, start=start))
                sent_after_presence = True
            if page.results:
                after = page.last or page.results[-1][0]
                await self._deliver(page.results, after)
            if page.complete and sent_after_presence:
                return
            page = None

    async def _deliver(
        self, results: Sequence[Result], newest: str, *, acknowledge: bool = True
    ) -> None:
        """Hand results to the features in order; then move the bookmark.

        Messages we missed since the bookmark get the receipts they asked for
        (one of our clients has them now); the first sync's history does not.
        """
        for archive_id, inner, stamp in results:
            parsed = mapping.parse_message(
                inner,
                self._ctx.own,
                Origin.ARCHIVE,
                archive_id=archive_id,
                timestamp=stamp,
            )
            if parsed is not None:
                if not acknowledge:
                    parsed = replace(parsed, receipt_request=False)
                self._dispatch(parsed)
        await self._ctx.worker.barrier(live=False)
        if newest:
            await self._ctx.sink.save_state(BOOKMARK, newest)

    # ------------------------------------------------------------ live
    async def on_committed(
        self, items: Sequence[Inbound], live: bool, held: bool
    ) -> None:
        """Live messages after the catch-up move the bookmark (once committed)."""
        if not (live and self._caught_up and not held):
            return
        newest = next((i.archive_id for i in reversed(items) if i.archive_id), "")
        if not newest:
            return
        self._unsaved = newest
        if self._save_timer is None:
            loop = asyncio.get_running_loop()
            delay = max(0.0, self._saved_at + BOOKMARK_INTERVAL - loop.time())
            self._save_timer = loop.call_later(delay, self.save_bookmark)

    def save_bookmark(self) -> None:
        """Save the live bookmark now if one is pending (in the worker lane)."""
        if self._save_timer is not None:
            self._save_timer.cancel()
            self._save_timer = None
        newest, self._unsaved = self._unsaved, ""
        if not newest:
            return
        self._saved_at = asyncio.get_running_loop().time()
        sink = self._ctx.sink
        self._ctx.worker.call(lambda: sink.save_state(BOOKMARK, newest), live=False)


def _query_element(
    queryid: str, *, after: str, before: str | None, start: datetime | None
) -> ET.Element:
    query = ET.Element(tag(ns.MAM, "query"), {"queryid": queryid})
    form = ET.SubElement(query, tag(ns.DATA_FORMS, "x"), {"type": "submit"})
    _field(form, "FORM_TYPE", ns.MAM, hidden=True)
    if start is not None:
        _field(form, "start", start.strftime("%Y-%m-%dT%H:%M:%SZ"))
    rsm = ET.SubElement(query, tag(ns.RSM, "set"))
    ET.SubElement(rsm, tag(ns.RSM, "max")).text = str(PAGE_SIZE)
    if after:
        ET.SubElement(rsm, tag(ns.RSM, "after")).text = after
    if before is not None:
        ET.SubElement(rsm, tag(ns.RSM, "before")).text = before or None
    return query


def _field(form: ET.Element, var: str, value: str, *, hidden: bool = False) -> None:
    attributes = {"var": var, **({"type": "hidden"} if hidden else {})}
    field_element = ET.SubElement(form, tag(ns.DATA_FORMS, "field"), attributes)
    ET.SubElement(field_element, tag(ns.DATA_FORMS, "value")).text = value
