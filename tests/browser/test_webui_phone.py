"""A 390x844 phone viewport: every panel opens, its main control is on screen, nothing scrolls
sideways."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import (
    ARTIFACTS,
    CHROMIUM,
    NO_CHROMIUM,
    PHONE,
    PageMaker,
    connected,
    open_tab,
)
from tests.support.servers import ServerProcess

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_CHROMIUM)

MAIN_CONTROLS = {
    "chat": "#chat-input",
    "components": "#cortex-select",
    "config": "#config-filter",
    "diary": "#diary-archive",
    "archives": "#archive-now",
    "animations": "#animation-apply",
    "about": "#about-refresh",
    "logs": "#logs-toggle",
}


def assert_within_viewport(page: Page, selector: str) -> None:
    control = page.locator(selector)
    expect(control).to_be_visible()
    control.scroll_into_view_if_needed()
    box = control.bounding_box()
    assert box is not None
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (selector, box)
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], (selector, box)


def test_every_panel_is_usable_on_a_phone(synth: ServerProcess, page_for: PageMaker) -> None:
    page = page_for(synth.webui + "/", PHONE)
    connected(page)
    ARTIFACTS.mkdir(exist_ok=True)
    for panel, selector in MAIN_CONTROLS.items():
        open_tab(page, panel)
        assert_within_viewport(page, selector)
        page.locator(selector).focus()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{panel} scrolls sideways: {width}px"
        page.screenshot(path=str(ARTIFACTS / f"phone-{panel}.png"), full_page=True)


def test_the_tabs_are_reachable_with_the_keyboard(
    synth: ServerProcess, page_for: PageMaker
) -> None:
    page = page_for(synth.webui + "/", PHONE)
    page.locator("#tab-chat").focus()
    page.keyboard.press("ArrowRight")
    expect(page.locator("#tab-components")).to_be_focused()
    expect(page.locator("#tab-components")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#panel-components")).to_be_visible()
