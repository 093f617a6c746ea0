"""Grillo, the activity log: what the runtime did, and when, in the database.

Anyone records an entry by publishing a ``GrilloEntry`` on the ``grillo`` topic; the
supervisor's events arrive on ``supervision``. Publishing keeps the recorders from
ever waiting on the disk.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field
from typing import Any

import trio

from synth.actors.pagination import PageRequest, next_cursor
from synth.actors.store import Run
from synth.runtime.actor import Actor, ActorRef
from synth.runtime.errors import ActorError, Rejection, SubscriberDropped
from synth.runtime.event_bus import EventBus, Subscription
from synth.runtime.supervisor import SupervisionEvent
from synth.store.database import now_iso

log = logging.getLogger("synth.grillo")
TOPICS = ("grillo", "supervision")


@dataclass(frozen=True)
class GrilloEntry:
    kind: str
    source: str
    message: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class GrilloPage:
    page: PageRequest


class GrilloFeed:
    """Grillo's subscription, kept from one incarnation to the next.

    The supervisor reports Grillo's own crash between two incarnations: a subscription
    made by each incarnation would miss exactly that event (and leak the crashed one's).
    """

    def __init__(self, bus: EventBus) -> None:
        self.bus = bus
        self._subscription: Subscription | None = None

    def take(self) -> Subscription:
        """The kept subscription, or a new one when there is none or it was dropped."""
        if self._subscription is None or self._subscription.dropped.is_set():
            self.release()
            self._subscription = self.bus.subscribe(TOPICS, buffer=1024)
        return self._subscription

    def release(self) -> None:
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None


class Grillo(Actor):
    name = "grillo"

    def __init__(self, store: ActorRef, bus: EventBus, feed: GrilloFeed | None = None) -> None:
        super().__init__()
        self.store = store
        self.bus = bus
        self.feed = feed if feed is not None else GrilloFeed(bus)

    async def on_start(self) -> None:
        self._subscription = self.feed.take()
        self.nursery.start_soon(self._record_events, self._subscription)

    async def on_stop(self) -> None:
        """Write what was published before the stop (a restart request, say) before leaving."""
        while True:
            try:
                event = self._subscription.receive_nowait()
            except (trio.WouldBlock, trio.EndOfChannel, trio.ClosedResourceError, ActorError):
                self.feed.release()
                return
            entry = _as_entry(event.data)
            if entry is not None:
                await self._write(entry)

    async def _record_events(self, subscription: Subscription) -> None:
        try:
            async for event in subscription:
                entry = _as_entry(event.data)
                if entry is not None:
                    await self._write(entry)
        except SubscriberDropped as exc:
            log.warning("activity log fell behind and lost events: %s", exc)
            self.stop()

    async def _write(self, entry: GrilloEntry) -> None:
        at = now_iso()
        data = json.dumps(entry.data, default=str)

        def insert(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO grillo (at, kind, source, message, data) VALUES (?, ?, ?, ?, ?)",
                (at, entry.kind, entry.source, entry.message, data),
            )

        try:
            await self.store.ask(Run(insert))
        except (ActorError, Rejection) as exc:
            # A store that refuses (database locked, disk full) loses this entry, not the
            # log: raising here would crash Grillo and drop every entry still buffered.
            log.warning("could not record %s: %s", entry.kind, exc)

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, GrilloPage):
            return await self._page(msg.page)
        return await super().handle(msg)

    async def _page(self, page: PageRequest) -> dict[str, Any]:
        def query(conn: sqlite3.Connection) -> list[sqlite3.Row]:
            if page.before is None:
                sql = "SELECT * FROM grillo ORDER BY id DESC LIMIT ?"
                args: tuple[int, ...] = (page.limit,)
            else:
                sql = "SELECT * FROM grillo WHERE id < ? ORDER BY id DESC LIMIT ?"
                args = (page.before, page.limit)
            return conn.execute(sql, args).fetchall()

        rows = await self.store.ask(Run(query, write=False))
        items = [
            {
                "id": str(row["id"]),
                "at": row["at"],
                "kind": row["kind"],
                "source": row["source"],
                "message": row["message"],
                "data": json.loads(row["data"]),
            }
            for row in rows
        ]
        return {"items": items, "next_before": next_cursor([r["id"] for r in rows], page.limit)}


def _as_entry(data: Any) -> GrilloEntry | None:
    if isinstance(data, GrilloEntry):
        return data
    if isinstance(data, SupervisionEvent):
        return GrilloEntry(
            kind=f"actor_{data.kind}",
            source=data.actor,
            message=f"{data.actor} {data.kind}: {data.detail}",
            data={"actor": data.actor, "detail": data.detail},
        )
    return None
