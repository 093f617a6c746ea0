"""The panels in a real browser: components, archives, config, the face, the vendored modules."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import (
    CHROMIUM,
    NO_CHROMIUM,
    PageMaker,
    connected,
    open_tab,
    use_engine,
)
from tests.support.servers import ServerProcess

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_CHROMIUM)


def chat_and_wait(page: Page, text: str, replies: int) -> None:
    page.locator("#chat-input").fill(text)
    page.locator("#chat-send").click()
    expect(page.locator(".chat-log .bubble-assistant:not([data-pending])")).to_have_count(replies)


def test_the_cortex_engine_is_switched_from_the_components_panel(
    synth: ServerProcess, api: httpx.Client, page_for: PageMaker, session: str
) -> None:
    use_engine(api, "echo")
    page = page_for(f"{synth.webui}/?session={session}")
    connected(page)
    open_tab(page, "components")
    expect(page.locator("#cortex-select option")).not_to_have_count(0)
    page.locator("#cortex-select").select_option("manual")
    page.get_by_role("button", name="Switch").click()
    # The components frame reaches the header; the API agrees.
    expect(page.locator("#cortex-status")).to_have_text("cortex: manual")
    assert api.get("/api/components").json()["active_cortex"] == "manual"


def test_a_conversation_is_archived_and_restored(
    synth: ServerProcess, api: httpx.Client, page_for: PageMaker, session: str
) -> None:
    use_engine(api, "echo")
    page = page_for(f"{synth.webui}/?session={session}")
    connected(page)
    chat_and_wait(page, "remember this", 1)
    open_tab(page, "archives")
    page.locator("#archive-name").fill("Kept")
    page.locator("#archive-now").click()
    row = page.locator(".archive-list .item", has_text="Kept")
    expect(row).to_be_visible()
    assert api.get("/api/history/chat", params={"session_id": session}).json()["items"] == []
    row.get_by_role("button", name="Restore").click()
    open_tab(page, "chat")
    # The restore's history frame fills the log again.
    expect(page.locator(".chat-log .bubble-user .bubble-text")).to_have_text("remember this")
    expect(page.locator(".chat-log .bubble-assistant")).to_have_count(1)


def test_a_config_value_is_changed_from_the_config_panel(
    synth: ServerProcess, api: httpx.Client, page_for: PageMaker, session: str
) -> None:
    page = page_for(synth.webui + "/#config")
    page.locator("#config-filter").fill("persona.name")
    item = page.locator('.config-item[data-key="persona.name"]')
    expect(item).to_be_visible()
    item.locator("input").fill("Aiko")
    item.get_by_role("button", name="Save").click()
    expect(item.locator(".form-status")).to_have_text("Saved.")
    values = {i["key"]: i["value"] for i in api.get("/api/config").json()["items"]}
    assert values["persona.name"] == "Aiko"


def test_env_locked_and_secret_keys_are_shown_safely(
    synth: ServerProcess, page_for: PageMaker
) -> None:
    page = page_for(synth.webui + "/#config")
    page.locator("#config-filter").fill("web.port")
    port = page.locator('.config-item[data-key="web.port"]')
    expect(port.locator("input")).to_be_disabled()
    expect(port).to_contain_text("SYNTH_WEB_PORT")
    page.locator("#config-filter").fill("auth.token")
    expect(page.locator('.config-item[data-key="auth.token"] input')).to_have_attribute(
        "type", "password"
    )


def test_the_face_shows_an_emotion_posted_through_the_api(
    synth: ServerProcess, api: httpx.Client, page_for: PageMaker, session: str
) -> None:
    page = page_for(f"{synth.webui}/?session={session}")
    connected(page)
    calm = dict.fromkeys(("happy", "angry", "sad", "relaxed", "surprised"), 0.0) | {"neutral": 1.0}
    api.post("/api/emotion_state", json={"values": calm}).raise_for_status()
    face = page.locator(".avatar-stage .face")
    expect(face).to_have_attribute("data-emotion", "neutral")
    api.post("/api/emotion_state", json={"values": {"happy": 0.9}}).raise_for_status()
    expect(face).to_have_attribute("data-emotion", "happy")
    api.post("/api/emotion_state", json={"values": {"angry": 1.0, "happy": 0.0}}).raise_for_status()
    expect(face).to_have_attribute("data-emotion", "angry")


def test_the_face_follows_the_animation_state(
    synth: ServerProcess, api: httpx.Client, page_for: PageMaker, session: str
) -> None:
    page = page_for(f"{synth.webui}/?session={session}")
    connected(page)
    face = page.locator(".avatar-stage .face")
    api.post("/api/animation_state", json={"state": "think"}).raise_for_status()
    expect(face).to_have_attribute("data-animation-state", "think")
    api.post("/api/animation_state", json={"state": "idle"}).raise_for_status()
    expect(face).to_have_attribute("data-animation-state", "idle")


def test_the_vendored_three_and_vrm_modules_resolve_through_the_import_map(
    synth: ServerProcess, page_for: PageMaker
) -> None:
    page = page_for(synth.webui + "/")
    kinds = page.evaluate(
        """async () => {
            const stage = await import("/ui/avatar/vrm.js");
            const retarget = await import("/ui/avatar/retarget.js");
            const vrm = await import("@pixiv/three-vrm");
            const animation = await import("@pixiv/three-vrm-animation");
            return [typeof stage.VrmStage, retarget.vrmBoneFor("mixamorig:LeftArm"),
                    typeof vrm.VRMLoaderPlugin, typeof animation.createVRMAnimationClip];
        }"""
    )
    assert kinds == ["function", "leftUpperArm", "function", "function"]
