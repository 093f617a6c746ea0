"""KaradaState: the persona's body: skins, animations, the animation state, uploads, the VRM.

It owns the animation state machine (``synth.karada.animation_state``) and drives it from
``POST /api/animation_state`` and from ChatChain's ``animation_cue`` events (``think`` holds a
context for the turn, ``write`` replaces it, ``idle`` releases it). Every new animation goes
out on the ``animation`` topic. Files (skins, uploads, the uploaded VRM) live in the data dir
and the package; the catalog reads them in a worker thread. The listings (``/api/skins``,
``/api/animations``, ...) read them fresh, so a file added by hand is seen at once there.
The animation state, which a chat turn moves three times, keeps what it read of the active
skin and the uploads (:class:`CatalogCache`): forgotten when this actor changes the files or
the skin changes, and after :data:`CATALOG_TTL_S` in case someone changed them by hand.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import trio

from synth.actors.config import LiveSettings
from synth.actors.grillo import GrilloEntry
from synth.errors import BadRequest, Forbidden, SynthError, Unavailable, storage_failure
from synth.karada import catalog, uploads, views
from synth.karada.animation_state import AnimationMachine, wall_ms
from synth.karada.catalog import ANIMATION_NAME, SKIN_NAME, TYPE_NAME, Roots, check_name
from synth.runtime.actor import Actor
from synth.runtime.errors import SubscriberDropped
from synth.runtime.event_bus import EventBus, Subscription

log = logging.getLogger("synth.karada")
T = TypeVar("T")
CATALOG_TTL_S = 5.0
"""How long the animation state trusts what it read of the disk without a change of ours."""


@dataclass
class CatalogCache:
    """What the animation state read of the catalog: the active skin, the states it accepts,
    and the files of each state asked for so far (read on first use)."""

    skin: str
    types: frozenset[str]
    read_at: float
    generation: int
    descriptors: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass(frozen=True)
class ListSkins:
    pass


@dataclass(frozen=True)
class CurrentSkin:
    pass


@dataclass(frozen=True)
class ListAnimations:
    skin: str
    type: str


@dataclass(frozen=True)
class GetDescriptor:
    skin: str
    type: str
    name: str


@dataclass(frozen=True)
class GetAnimation:
    pass


@dataclass(frozen=True)
class SetAnimation:
    state: str
    context_id: str | None = None
    session_id: str | None = None
    loop: bool | None = None
    source: str = "api"


@dataclass(frozen=True)
class GetLocations:
    pass


@dataclass(frozen=True)
class AdoptUpload:
    """Keep a complete animation file staged at ``staged`` as a new upload."""

    staged: Path
    filename: str
    format: str
    type: str
    name: str | None


@dataclass(frozen=True)
class ListUploads:
    pass


@dataclass(frozen=True)
class DeleteUpload:
    upload_id: str


@dataclass(frozen=True)
class Promote:
    upload_id: str
    type: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class AdoptVrm:
    """Make the complete VRM staged at ``staged`` the persona's model."""

    staged: Path
    filename: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ResolveAsset:
    """The file behind ``/assets/<parts...>``; the reply is a ``views.Asset`` or a 404."""

    parts: tuple[str, ...]


class KaradaState(Actor):
    name = "karada"

    def __init__(
        self,
        live: LiveSettings,
        bus: EventBus,
        data_dir: Path,
        *,
        packaged: Path = catalog.PACKAGED_SKINS,
        rng: random.Random | None = None,
        clock_ms: Callable[[], int] = wall_ms,
        run_blocking: Callable[..., Awaitable[Any]] = trio.to_thread.run_sync,
    ) -> None:
        """``run_blocking`` runs the file-system work (a worker thread; tests may inline it)."""
        super().__init__()
        self._run_blocking = run_blocking
        self.live = live
        self.bus = bus
        self.roots = Roots(data_dir, packaged)
        self.machine = AnimationMachine(rng or random.Random(), clock_ms)
        self.durations = catalog.DurationCache()
        self._lock = trio.Lock()
        self._rearm = trio.Event()
        self._vrm: dict[str, Any] | None = None
        self._catalog: CatalogCache | None = None
        self._catalog_generation = 0

    async def on_start(self) -> None:
        self._vrm = await self._io(uploads.read_active_vrm, self.roots)
        cues = self.bus.subscribe(["animation_cue"], buffer=1024)
        changes = self.bus.subscribe(["config"], buffer=256)
        async with self._lock:
            await self._animate("start")
        self.nursery.start_soon(self._follow_cues, cues)
        self.nursery.start_soon(self._follow_config, changes)
        self.nursery.start_soon(self._expire_contexts)

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, GetAnimation):
            return self.machine.snapshot(trio.current_time())
        if isinstance(msg, SetAnimation):
            return await self._set(msg)
        if isinstance(msg, ResolveAsset):
            return await self._io(views.asset, self.roots, msg.parts)
        if isinstance(msg, ListSkins):
            return await self._io(lambda: views.skins(self.roots, self._active(), self._vrm))
        if isinstance(msg, CurrentSkin):
            return await self._io(lambda: views.current(self.roots, self._active(), self._vrm))
        if isinstance(msg, ListAnimations):
            return await self._io(views.animations, self.roots, msg.skin, msg.type, self.durations)
        if isinstance(msg, GetDescriptor):
            return await self._io(
                views.descriptor, self.roots, msg.skin, msg.type, msg.name, self.durations
            )
        if isinstance(msg, GetLocations):
            available = self.live.settings.get_list("locations.available")
            return views.locations(available, self.live.get("locations.current"))
        if isinstance(msg, ListUploads):
            return {"uploads": await self._io(catalog.read_uploads, self.roots)}
        if isinstance(msg, AdoptUpload):
            return await self._adopt_upload(msg)
        if isinstance(msg, DeleteUpload):
            return await self._delete_upload(msg.upload_id)
        if isinstance(msg, Promote):
            return await self._promote(msg)
        if isinstance(msg, AdoptVrm):
            return await self._adopt_vrm(msg)
        return await super().handle(msg)

    async def _io(self, fn: Callable[..., T], *args: Any) -> T:
        """Run file-system work; a failing disk refuses the request instead of crashing us."""
        try:
            result: T = await self._run_blocking(fn, *args)
        except OSError as exc:
            raise storage_failure(exc) from exc
        return result

    def _configured_skin(self) -> str:
        return str(self.live.get("animation.skin"))

    def _active(self) -> str:
        """Blocking: the skin whose animations play (and whose model shows, unless a VRM)."""
        return catalog.active_skin(self.roots, self._configured_skin())

    # The catalog as the animation state sees it

    def _forget_catalog(self) -> None:
        """The files or the skin changed: read them again at the next animation."""
        self._catalog = None
        self._catalog_generation += 1

    async def _cached_catalog(self) -> CatalogCache:
        cached = self._catalog
        now = trio.current_time()
        if cached is not None and now - cached.read_at < CATALOG_TTL_S:
            return cached
        generation = self._catalog_generation

        def scan() -> tuple[str, set[str]]:
            skin = self._active()
            return skin, catalog.known_types(self.roots, skin)

        skin, types = await self._io(scan)
        fresh = CatalogCache(skin, frozenset(types), now, generation)
        if generation == self._catalog_generation:  # nothing changed while it was read
            self._catalog = fresh
        return fresh

    async def _candidates(self, state: str) -> list[dict[str, Any]]:
        """The files of ``state``: the active skin's, then the uploads'."""
        cached = await self._cached_catalog()
        found = cached.descriptors.get(state)
        if found is not None:
            return found

        def describe() -> list[dict[str, Any]]:
            found = catalog.skin_descriptors(self.roots, cached.skin, state, self.durations)
            return found + catalog.upload_descriptors(self.roots, state, self.durations)

        found = await self._io(describe)
        if cached.generation == self._catalog_generation:
            cached.descriptors[state] = found
        return found

    # The animation state

    async def _set(self, msg: SetAnimation) -> dict[str, Any]:
        known = (await self._cached_catalog()).types
        if msg.state not in known:
            raise BadRequest(
                f"unknown state {msg.state[:80]!r}; known: {', '.join(sorted(known))}",
                "unknown_state",
            )
        async with self._lock:
            now = trio.current_time()
            due = self.machine.request(
                msg.state,
                context_id=msg.context_id,
                loop=msg.loop,
                source=msg.source,
                session_id=msg.session_id,
                now=now,
                ttl=float(str(self.live.get("animation.context_ttl_s"))),
            )
            if due:
                await self._animate(msg.source)
            self._rearm.set()
            return self.machine.snapshot(trio.current_time())

    async def _animate(self, source: str) -> None:
        """Start the machine's target with a file of its type; callers hold the lock."""
        state = self.machine.target().state
        try:
            found = await self._candidates(state)
        except Unavailable as exc:
            # The state still changes (the avatar must not stay stuck), only without a file.
            log.warning("could not list %s animations: %s", state, exc.message)
            found = []
        self.machine.start(found, source)
        self.bus.publish("animation", self.machine.snapshot(trio.current_time()))

    async def _follow_cues(self, cues: Subscription) -> None:
        with cues:
            try:
                async for event in cues:
                    await self._cue(event.data)
            except SubscriberDropped as exc:
                log.warning("animation cues were dropped: %s", exc)
                raise

    async def _cue(self, data: Any) -> None:
        state, context_id = data.get("state"), data.get("context_id")
        if not isinstance(state, str) or not isinstance(context_id, str):
            return
        source = data.get("source")
        session_id = data.get("session_id")
        try:
            await self._set(
                SetAnimation(
                    state,
                    context_id,
                    session_id if isinstance(session_id, str) else None,
                    None,
                    source if isinstance(source, str) else "chat",
                )
            )
        except SynthError as exc:
            log.warning("ignored animation cue %r: %s", state, exc.message)

    async def _expire_contexts(self) -> None:
        while True:
            deadline = self.machine.next_expiry()
            with trio.move_on_at(float("inf") if deadline is None else deadline):
                await self._rearm.wait()
            self._rearm = trio.Event()
            async with self._lock:
                if self.machine.expire(trio.current_time()):
                    await self._animate("expiry")

    async def _follow_config(self, changes: Subscription) -> None:
        """A newly chosen skin replaces the uploaded VRM and its animations play at once."""
        with changes:
            try:
                async for event in changes:
                    if event.data.get("key") == "animation.skin":
                        await self._skin_chosen()
            except SubscriberDropped as exc:
                log.warning("config changes were dropped: %s", exc)
                raise

    async def _skin_chosen(self) -> None:
        self._forget_catalog()
        if self._vrm is not None:
            try:
                await self._io(uploads.clear_vrm, self.roots)
            except Unavailable as exc:
                log.warning("could not remove the uploaded VRM: %s", exc.message)
            self._vrm = None
            self._grillo("vrm_cleared", "the uploaded VRM gave way to the skin's model", {})
        async with self._lock:
            await self._animate("skin")

    # Uploads and the VRM

    async def _adopt_upload(self, msg: AdoptUpload) -> dict[str, Any]:
        check_name(msg.type, TYPE_NAME, "animation type")
        if msg.name is not None:
            check_name(msg.name, ANIMATION_NAME, "animation")

        try:
            record = await self._io(
                uploads.adopt_upload,
                self.roots,
                msg.staged,
                msg.filename,
                msg.format,
                msg.type,
                msg.name,
            )
        finally:
            self._forget_catalog()
        self._grillo(
            "animation_uploaded",
            f"animation {record['name']!r} ({record['type']}) uploaded",
            {k: record[k] for k in ("upload_id", "filename", "type", "format", "size")},
        )
        return record

    async def _delete_upload(self, upload_id: str) -> None:
        try:
            meta = await self._io(uploads.delete_upload, self.roots, upload_id)
        finally:
            self._forget_catalog()
        self._grillo(
            "animation_upload_deleted",
            f"uploaded animation {meta.get('name')!r} deleted",
            {"upload_id": upload_id, "type": meta.get("type")},
        )
        await self._leave_upload(upload_id, "upload_deleted")

    async def _promote(self, msg: Promote) -> dict[str, Any]:
        if not self.live.get("animation.promotion_enabled"):
            raise Forbidden("promotion is switched off (animation.promotion_enabled)", "forbidden")
        if msg.type is not None:
            check_name(msg.type, TYPE_NAME, "animation type")
        if msg.name is not None:
            check_name(msg.name, ANIMATION_NAME, "animation")

        def promote() -> dict[str, Any]:
            meta = uploads.find_upload(self.roots, msg.upload_id)
            type_ = msg.type or str(meta["type"])
            name = msg.name or str(meta["name"])
            check_name(name, ANIMATION_NAME, "animation")
            skin = check_name(self._active(), SKIN_NAME, "skin")
            taken = set(catalog.animation_files(self.roots, skin).get(type_, {}))
            return uploads.promote_upload(self.roots, msg.upload_id, skin, type_, name, taken)

        try:
            result = await self._io(promote)
        finally:
            self._forget_catalog()
        self._grillo(
            "animation_promoted",
            f"uploaded animation promoted to {result['skin']}/{result['type']}/{result['file']}",
            result,
        )
        await self._leave_upload(msg.upload_id, "promotion")
        return {"skin": result["skin"], "type": result["type"], "file": result["file"]}

    async def _leave_upload(self, upload_id: str, source: str) -> None:
        """If the animation playing was that upload, its URL is gone: pick again."""
        async with self._lock:
            shown = self.machine.descriptor
            if shown is not None and shown.get("upload_id") == upload_id:
                await self._animate(source)

    async def _adopt_vrm(self, msg: AdoptVrm) -> dict[str, Any]:
        check_name(msg.sha256, catalog.SHA256, "sha256")

        try:
            self._vrm = await self._io(
                uploads.adopt_vrm, self.roots, msg.staged, msg.filename, msg.size, msg.sha256
            )
        finally:
            self._forget_catalog()
        self._grillo(
            "vrm_uploaded",
            f"VRM {self._vrm['filename']!r} is the persona's model",
            {k: self._vrm[k] for k in ("filename", "size", "sha256")},
        )
        return {k: self._vrm[k] for k in ("filename", "size", "sha256", "url")}

    def _grillo(self, kind: str, message: str, data: dict[str, Any]) -> None:
        self.bus.publish("grillo", GrilloEntry(kind, "karada", message, data))
