"""The page with auth on: the login URL's token is kept and used; without one the page says
how to get in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import CHROMIUM, NO_CHROMIUM, PageMaker, connected, open_tab
from tests.support.servers import ServerProcess, start_process

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_CHROMIUM)

TOKEN = "browser-test-token"


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    env = {"SYNTH_AUTH_TOKEN": TOKEN, "WEB_DEBUG": "1"}
    process = start_process(tmp_path_factory.mktemp("data"), env=env)
    try:
        yield process
    finally:
        process.stop()


def test_without_a_token_the_page_explains_how_to_get_in(
    guarded: ServerProcess, page_for: PageMaker
) -> None:
    page = page_for(guarded.webui + "/")
    notice = page.locator("#auth-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("synth serve")
    expect(notice).to_contain_text("auth_token")
    expect(page.locator("#connection-status")).to_have_text("Token needed")


def test_the_login_url_token_is_kept_and_used_everywhere(
    guarded: ServerProcess, page_for: PageMaker
) -> None:
    page = page_for(f"{guarded.webui}/?token={TOKEN}")  # the login URL synth serve prints
    connected(page)
    expect(page.locator("#auth-notice")).to_be_hidden()
    # The token left the address bar and lives in storage.
    assert "token=" not in page.url
    assert page.evaluate("localStorage.getItem('synth.token')") == TOKEN
    # The API (Bearer header) answers too.
    open_tab(page, "about")
    expect(page.locator("#about-facts")).to_contain_text("Synth")
    # A reload without the token in the URL still gets in.
    page.goto(guarded.webui + "/")
    connected(page)


def test_a_token_pasted_into_the_notice_lets_the_page_in(
    guarded: ServerProcess, page_for: PageMaker
) -> None:
    page = page_for(guarded.webui + "/")
    expect(page.locator("#auth-notice")).to_be_visible()
    page.locator("#token-input").fill(TOKEN)
    page.get_by_role("button", name="Use token").click()
    connected(page)
    expect(page.locator("#auth-notice")).to_be_hidden()


def test_the_logs_panel_streams_log_lines_with_the_token(
    guarded: ServerProcess, page_for: PageMaker
) -> None:
    # Debug is on for this server; /logs is opened with ?token= like an asset link.
    page = page_for(f"{guarded.webui}/?token={TOKEN}#logs")
    lines = page.locator(".log-lines")
    expect(lines).to_contain_text("INFO")
    expect(page.locator("#logs-toggle")).to_have_text("Disconnect")
