"""Chat in a real browser: streamed replies, errors, the manual engine, reconnect and resume."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import CHROMIUM, NO_CHROMIUM, PageMaker, connected, use_engine
from tests.support.servers import ServerProcess

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_CHROMIUM)

ASSISTANT = ".chat-log .bubble-assistant"


def send_chat(page: Page, text: str) -> None:
    page.locator("#chat-input").fill(text)
    page.locator("#chat-send").click()


def test_a_chat_reply_streams_into_the_page(
    synth: ServerProcess, api: httpx.Client, page_for: PageMaker, session: str
) -> None:
    # lorem streams slowly, so the reply is seen half-written before it is complete.
    use_engine(api, "lorem")
    page = page_for(f"{synth.webui}/?session={session}")
    connected(page)
    send_chat(page, "tell me something long")
    expect(page.locator(".chat-log .bubble-user .bubble-text")).to_have_text(
        "tell me something long"
    )
    streaming = page.locator(f'{ASSISTANT}[data-pending="true"] .bubble-text')
    expect(streaming).not_to_have_text("")
    first = streaming.inner_text()
    # Still pending and longer: the words arrive one chunk after another, not all at the end.
    page.wait_for_function(
        """(n) => {
            const el = document.querySelector('.bubble-assistant[data-pending] .bubble-text');
            return el !== null && el.textContent.length > n;
        }""",
        arg=len(first) + 20,
    )
    assert streaming.inner_text().startswith(first.strip())


def test_an_echo_reply_arrives_with_its_tags_stripped(
    synth: ServerProcess, api: httpx.Client, page_for: PageMaker, session: str
) -> None:
    use_engine(api, "echo")
    page = page_for(f"{synth.webui}/?session={session}")
    connected(page)
    send_chat(page, "good morning [happy]")
    reply = page.locator(f"{ASSISTANT}:not([data-pending])")
    expect(reply).to_have_count(1)
    expect(reply.locator(".bubble-text")).not_to_contain_text("[happy]")
    expect(reply).to_have_attribute("data-emotion", "happy")


def test_a_failed_turn_shows_its_error_frame(
    synth: ServerProcess, api: httpx.Client, page_for: PageMaker, session: str
) -> None:
    # The openai engine without a URL cannot answer: the turn fails with an error frame.
    use_engine(api, "openai")
    page = page_for(f"{synth.webui}/?session={session}")
    connected(page)
    send_chat(page, "anyone there?")
    expect(page.locator(".chat-log .chat-error")).to_be_visible()


def test_a_manual_prompt_is_answered_from_the_page(
    synth: ServerProcess, api: httpx.Client, page_for: PageMaker, session: str
) -> None:
    use_engine(api, "manual")
    page = page_for(f"{synth.webui}/?session={session}")
    connected(page)
    send_chat(page, "what do you think?")
    prompt = page.locator("form.manual-prompt")
    expect(prompt).to_be_visible()
    expect(prompt.locator(".manual-context")).to_contain_text("what do you think?")
    prompt.locator("textarea").fill("I think it is lovely.")
    prompt.get_by_role("button", name="Send answer").click()
    expect(prompt).to_have_count(0)
    expect(page.locator(f"{ASSISTANT}:not([data-pending]) .bubble-text")).to_have_text(
        "I think it is lovely."
    )


def test_the_page_reconnects_after_a_restart_and_resumes(
    synth: ServerProcess, api: httpx.Client, page_for: PageMaker, session: str
) -> None:
    use_engine(api, "echo")
    page = page_for(f"{synth.webui}/?session={session}")
    connected(page)
    send_chat(page, "before the restart")
    expect(page.locator(f"{ASSISTANT}:not([data-pending])")).to_have_count(1)
    api.post("/api/system/restart", json={"confirm": True}).raise_for_status()
    expect(page.locator("#connection-status")).not_to_have_text("Connected")
    connected(page)
    send_chat(page, "after the restart")
    expect(page.locator(f"{ASSISTANT}:not([data-pending])")).to_have_count(2)
    # Nothing was shown twice: the resume asked only for what came after the last seq.
    expect(page.locator(".chat-log .bubble-user")).to_have_count(2)
