"""Browser tests: Debian's Chromium, headless, driven by Playwright's sync API against a real
``synth serve`` child process (Playwright's sync API must not run inside a Trio loop, so
these tests are plain functions). They skip only where /usr/bin/chromium is missing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect, sync_playwright

from tests.support.servers import ServerProcess, start_process

CHROMIUM = Path("/usr/bin/chromium")
NO_CHROMIUM = "no Chromium at /usr/bin/chromium (install it: apt-get install chromium)"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
DESKTOP: ViewportSize = {"width": 1280, "height": 800}
PHONE: ViewportSize = {"width": 390, "height": 844}
TIMEOUT_MS = 10_000

PageMaker = Callable[..., Page]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(NO_CHROMIUM)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A real ``synth serve`` on ephemeral loopback ports, shared by a module's tests: each
    test talks in its own session and sets the engine it needs (see ``use_engine``)."""
    process = start_process(tmp_path_factory.mktemp("data"))
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture
def api(synth: ServerProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=synth.webui, timeout=10) as client:
        yield client


@pytest.fixture
def session(request: pytest.FixtureRequest) -> str:
    """A session id of this test's own, so tests sharing a server do not see each other."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", request.node.name)[:100]


def use_engine(api: httpx.Client, name: str) -> None:
    api.post("/api/components/dev/toggle", json={"enabled": name == "lorem"}).raise_for_status()
    api.post("/api/components/cortex", json={"name": name}).raise_for_status()


@pytest.fixture
def page_for(browser: Browser, request: pytest.FixtureRequest) -> Iterator[PageMaker]:
    """``page_for(url, viewport)``: a fresh page with its own storage. Afterwards each one is
    screenshotted into test-artifacts/ and closed, and an uncaught script error fails the test."""
    opened: list[tuple[Page, list[str]]] = []

    def make(url: str, viewport: ViewportSize | None = None) -> Page:
        context = browser.new_context(viewport=viewport or DESKTOP)
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        opened.append((page, errors))
        page.goto(url)
        return page

    yield make
    ARTIFACTS.mkdir(exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name)
    failures: list[str] = []
    for index, (page, errors) in enumerate(opened):
        suffix = f"-{index}" if index else ""
        page.screenshot(path=str(ARTIFACTS / f"{name}{suffix}.png"), full_page=True)
        page.context.close()
        failures += errors
    assert not failures, f"script errors on the page: {failures}"


def connected(page: Page) -> None:
    """Wait until the page's socket said hello and got its history."""
    expect(page.locator("#connection-status")).to_have_text("Connected")


def open_tab(page: Page, name: str) -> None:
    page.locator(f'[role="tab"][data-panel="{name}"]').click()
    expect(page.locator(f"#panel-{name}")).to_be_visible()
