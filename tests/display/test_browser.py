"""The HTML view in a real browser: headless Chromium (Debian's) through chromedriver.

``make test`` installs ``chromium`` and ``chromium-driver`` where they are missing and sets
``STANCEKIT_REQUIRE_BROWSER=1``, so there a missing browser fails the test instead of
skipping it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from stancekit.display import render

CHROMIUM = os.environ.get("STANCEKIT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("STANCEKIT_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1200,1400",
)


def _missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (Path(path).is_file() and os.access(path, os.X_OK)):
            return f"{path} not found (apt-get install chromium chromium-driver; make browser)"
    return None


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    missing = _missing()
    if missing:
        if os.environ.get("STANCEKIT_REQUIRE_BROWSER") == "1":
            pytest.fail(missing)
        pytest.skip(missing)
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tmp_path_factory.mktemp("chromium-profile")
    options.add_argument(f"--user-data-dir={profile}")
    browser = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _open(driver: Any, path: Path) -> None:
    driver.get(path.resolve().as_uri())
    driver.execute_script("return document.readyState")


def _visible(driver: Any, css: str) -> list[Any]:
    return [e for e in driver.find_elements("css selector", css) if e.is_displayed()]


@pytest.mark.parametrize("full_page", [True, False], ids=["page-with-csp", "bare-fragment"])
def test_browser_shows_hostile_text_as_text_and_runs_nothing(
    driver: Any, hostile: Any, tmp_path: Path, full_page: bool
) -> None:
    path = tmp_path / "hostile.html"
    if full_page:
        hostile.to_html(path, title="hostile")
    else:  # no Content-Security-Policy: escaping alone must hold
        path.write_text(
            f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>hostile</title></head>"
            f"<body>{render(hostile)}</body></html>",
            encoding="utf-8",
        )
    _open(driver, path)
    assert driver.execute_script("return window.__pwned === undefined")
    assert driver.title == "hostile"
    assert driver.find_elements("css selector", "img, script, b") == []
    article = driver.find_element("css selector", ".sk-article")
    shown = article.text
    assert "<script>window.__pwned = 1;" in shown
    assert "<img src=x onerror=window.__pwned=2>" in shown
    assert "</style>" in shown and article.is_displayed()
    picker = driver.find_elements("css selector", ".sk-picker label")
    assert [p.text for p in picker] == ["bridge", 'council <i onmouseover="x">']


def test_browser_dom_has_segments_speakers_stances_and_picker(
    driver: Any, hostile: Any, tmp_path: Path
) -> None:
    path = tmp_path / "view.html"
    hostile.to_html(path)
    _open(driver, path)
    segs = driver.find_elements("css selector", ".sk-article .sk-seg")
    assert len(segs) == len(hostile.segments)
    speakers = {s.get_attribute("data-speaker") for s in segs}
    assert {"Ana Ruiz", "Tom Hale", "(author)"} <= speakers
    names = [e.text for e in _visible(driver, ".sk-who")]
    assert any(n.startswith("Ana Ruiz") and "quote" in n for n in names)
    frame = hostile.to_frame()
    for t, name in enumerate(["bridge", 'council <i onmouseover="x">']):
        if t:
            driver.find_elements("css selector", ".sk-picker label")[t].click()
        relevant = frame[(frame.target == name) & frame.relevant]
        shown = _visible(driver, ".sk-article .sk-st")
        assert len(shown) == len(relevant)
        assert {e.get_attribute("data-target") for e in shown} == {str(t)}
        for badge, row in zip(shown, relevant.itertuples(), strict=True):
            sign = {"favor": "+", "against": "\u2212", "none": "\u25cb"}[row.stance]
            assert badge.text.startswith(f"{sign} {row.stance}")
    table = driver.find_element("css selector", ".sk-table")
    for r in hostile.by_speaker().itertuples():
        assert r.speaker in table.text and f"{r.score:+.2f}" in table.text


def test_browser_card_on_hover_and_click_and_screenshot(
    driver: Any, hostile: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    path = tmp_path / "view.html"
    hostile.to_html(path)
    _open(driver, path)
    assert _visible(driver, ".sk-card") == []
    quote = next(
        s
        for s in driver.find_elements("css selector", ".sk-article .sk-seg")
        if s.get_attribute("data-kind") == "direct"
    )
    ActionChains(driver).move_to_element(quote).perform()
    cards = _visible(driver, ".sk-card")
    assert len(cards) == 1 and "probabilities per target" in cards[0].text
    assert "quote" in cards[0].text and "Ana Ruiz" in cards[0].text
    ActionChains(driver).move_by_offset(0, 0).move_to_element(
        driver.find_element("css selector", ".sk-head")
    ).perform()
    quote.click()  # focus keeps it open without the pointer
    ActionChains(driver).move_to_element(driver.find_element("css selector", ".sk-head")).perform()
    assert len(_visible(driver, ".sk-card")) == 1
    shot = tmp_path / "view.png"
    assert driver.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_browser_renders_fast(driver: Any, bridge: Any, tmp_path: Path) -> None:
    path = tmp_path / "view.html"
    bridge.to_html(path)
    _open(driver, path)
    load_ms = driver.execute_script(
        "const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd;"
    )
    assert 0 < load_ms < 1000
