"""The other areas in a real browser: diary, body uploads, running a component, config files,
and the logs panel while debug is off."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect

from tests.browser.conftest import CHROMIUM, NO_CHROMIUM, PageMaker, open_tab
from tests.browser.test_webui_vrm import SKELETON_SOURCE
from tests.support.servers import ServerProcess

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_CHROMIUM)


def test_a_diary_entry_is_archived_from_the_diary_panel(
    synth: ServerProcess, api: httpx.Client, page_for: PageMaker
) -> None:
    entry = api.post("/api/diary", json={"text": "A quiet day in the garden."}).json()
    page = page_for(synth.webui + "/#diary")
    row = page.locator(f'.diary-list .item[data-entry-id="{entry["id"]}"]')
    expect(row).to_contain_text("A quiet day in the garden.")
    row.locator('input[type="checkbox"]').check()
    page.locator("#diary-archive").click()
    expect(row).to_have_count(0)
    archived = api.get("/api/diary", params={"include_archived": "true"}).json()["diary"]
    assert [e["archived"] for e in archived["entries"] if e["id"] == entry["id"]] == [True]


def test_an_animation_is_uploaded_and_promotion_explains_its_switch(
    synth: ServerProcess, page_for: PageMaker
) -> None:
    page = page_for(synth.webui + "/#animations")
    page.locator("#animation-file").set_input_files(str(SKELETON_SOURCE))
    page.locator("#animation-type").fill("think")
    page.get_by_role("button", name="Upload", exact=True).click()
    upload = page.locator("[data-upload-id]", has_text="breathing.vrma")
    expect(upload).to_be_visible()
    upload.get_by_role("button", name="Promote").click()
    # Promotion is off by default (403): the page names the key that turns it on.
    expect(upload.locator(".form-status")).to_contain_text("animation.promotion_enabled")


def test_a_runnable_component_is_run_from_the_components_panel(
    synth: ServerProcess, page_for: PageMaker
) -> None:
    page = page_for(synth.webui + "/#components")
    store = page.locator('[data-component="store"]')
    store.get_by_role("button", name="Run now").click()
    expect(store.locator(".form-status")).to_contain_text("Done in")


def test_a_file_key_is_uploaded_and_downloaded_from_the_config_panel(
    synth: ServerProcess, page_for: PageMaker
) -> None:
    page = page_for(synth.webui + "/#config")
    page.locator("#config-filter").fill("persona.prompt")
    item = page.locator('.config-item[data-key="persona.prompt"]')
    item.locator('input[type="file"]').set_input_files(
        files=[{"name": "prompt.txt", "mimeType": "text/plain", "buffer": b"You are {name}."}]
    )
    item.get_by_role("button", name="Upload").click()
    expect(item.locator(".file-name")).to_have_text("prompt.txt")
    with page.expect_download() as download:
        item.get_by_role("button", name="Download").click()
    assert download.value.suggested_filename == "prompt.txt"
    assert Path(download.value.path()).read_bytes() == b"You are {name}."


def test_the_logs_panel_says_how_to_open_logs_while_debug_is_off(
    synth: ServerProcess, page_for: PageMaker
) -> None:
    page = page_for(synth.webui + "/")
    open_tab(page, "logs")
    expect(page.locator("#panel-logs .form-status")).to_contain_text("web.debug")
