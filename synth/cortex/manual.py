"""The manual engine: a person at a WebUI client writes the persona's reply."""

from __future__ import annotations

import uuid
from collections.abc import AsyncGenerator, Callable, Mapping, Sequence
from dataclasses import dataclass, field

import trio

from synth.cortex.base import ChatMessage, LoginResult

NOT_READY = "no WebUI client is connected to answer"


@dataclass(frozen=True)
class PendingPrompt:
    """A turn waiting for a person's answer; ``created_at`` is on Trio's clock."""

    prompt_id: str
    messages: tuple[ChatMessage, ...]
    created_at: float


@dataclass
class _Waiter:
    prompt: PendingPrompt
    answered: trio.Event = field(default_factory=trio.Event)
    text: str = ""


class ManualBroker:
    """Where the manual engine's prompts wait and the WebUI's answers arrive.

    The WebUI layer calls :meth:`attach`/:meth:`detach` per connected answerer and
    :meth:`answer` with what the person wrote. ``on_prompt`` is called (synchronously,
    so it must not block) for each new prompt, so the runtime can broadcast it;
    ``on_withdrawn`` is called with the prompt id when a prompt leaves without an answer
    (its turn was cancelled), so clients can drop it. Both may be set after construction.
    """

    def __init__(
        self,
        on_prompt: Callable[[PendingPrompt], None] | None = None,
        on_withdrawn: Callable[[str], None] | None = None,
    ) -> None:
        self.on_prompt = on_prompt
        self.on_withdrawn = on_withdrawn
        self._attached = 0
        self._waiters: dict[str, _Waiter] = {}

    @property
    def attached(self) -> int:
        """How many answerers are connected."""
        return self._attached

    def attach(self) -> None:
        self._attached += 1

    def detach(self) -> None:
        """Count one answerer gone. Raises ``RuntimeError`` if none was attached."""
        if self._attached == 0:
            raise RuntimeError("ManualBroker.detach() without a matching attach()")
        self._attached -= 1

    def pending(self) -> list[PendingPrompt]:
        """Prompts still waiting, oldest first (for a client that connects late)."""
        return [waiter.prompt for waiter in self._waiters.values()]

    def answer(self, prompt_id: str, text: str) -> bool:
        """Deliver ``text`` as the reply to ``prompt_id``.

        Returns ``False``, and changes nothing, when the id is unknown or already
        answered or withdrawn: the first answer wins.
        """
        waiter = self._waiters.pop(prompt_id, None)
        if waiter is None:
            return False
        waiter.text = text
        waiter.answered.set()
        return True

    async def ask(self, messages: Sequence[ChatMessage]) -> str:
        """Publish a prompt and wait for its answer; cancelling withdraws the prompt."""
        prompt = PendingPrompt(uuid.uuid4().hex, tuple(messages), trio.current_time())
        waiter = _Waiter(prompt)
        self._waiters[prompt.prompt_id] = waiter
        try:
            if self.on_prompt is not None:
                self.on_prompt(prompt)
            await waiter.answered.wait()
        finally:
            if self._waiters.pop(prompt.prompt_id, None) is not None and self.on_withdrawn:
                self.on_withdrawn(prompt.prompt_id)
        return waiter.text


class ManualEngine:
    """Shows the prompt to WebUI clients and streams back the answer a person gives.

    A turn waits even when nobody is attached (a client that connects later finds it
    in ``broker.pending()``); :meth:`readiness` says when nobody could answer.
    """

    name = "manual"
    label = "Manual"
    description = "A person answers from the WebUI."
    dev = False
    needs_login = False

    def __init__(self, broker: ManualBroker | None = None) -> None:
        self.broker = broker if broker is not None else ManualBroker()

    async def stream(
        self, messages: Sequence[ChatMessage], options: Mapping[str, object]
    ) -> AsyncGenerator[str, None]:
        text = await self.broker.ask(messages)
        if text:
            yield text

    async def models(self) -> list[str]:
        return []

    async def login(self) -> LoginResult:
        return LoginResult("not_required", "the manual engine needs no login")

    def readiness(self) -> str | None:
        return None if self.broker.attached else NOT_READY
