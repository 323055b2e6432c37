"""The HTML view of the seed article: its size, how fast Chromium renders it, a screenshot.

Usage (from the repository root; needs ``apt-get install chromium chromium-driver``)::

    OMP_WAIT_POLICY=PASSIVE HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_html.py \
        [--repeat 10] [--out /tmp/seed.html] [--screenshot docs/html_view.png]

1. ``analyze()`` of ``seeds/lukashenko_interview.txt`` with the seven ``make demo``
   targets and the default models, then ``Analysis.to_html()`` (timed: building the HTML).
2. Size of the page in bytes (UTF-8).
3. Render time in headless Chromium, opened from disk ``--repeat`` times in one browser
   (the first load is reported apart: it includes the browser's own warm-up): the
   navigation timing's ``loadEventEnd`` (HTML parsed, styles applied, page loaded) and
   the first contentful paint (where the browser reports it), median and max; and the
   time by which the article is laid out (``performance.now()`` after forcing layout, read
   through the driver after the load: an upper bound).
4. With ``--screenshot``: a 1280-wide screenshot with ``--pick`` (war) picked and the
   pointer on a quote, so that its card shows.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import stancekit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_analyze import DEMO_TARGETS

ROOT = Path(__file__).resolve().parents[1]
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
)

TIMING = """
const n = performance.getEntriesByType('navigation')[0];
const p = performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint');
document.querySelector('.sk-article').getBoundingClientRect();  // forces style and layout
return [n.domContentLoadedEventEnd, n.loadEventEnd, p ? p.startTime : null, performance.now()];
"""


def browser(width: int, height: int) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--window-size={width},{height}")
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='sk-chromium-')}")
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--out", type=Path, default=None, help="where to write the page")
    parser.add_argument("--screenshot", type=Path, default=None)
    parser.add_argument("--pick", default="war", help="the target picked for the screenshot")
    args = parser.parse_args()

    text = (ROOT / "seeds" / "lukashenko_interview.txt").read_text(encoding="utf-8")
    analysis = stancekit.analyze(text, DEMO_TARGETS)
    started = time.perf_counter()
    page = analysis.to_html()
    build_ms = (time.perf_counter() - started) * 1000
    out = args.out or Path(tempfile.mkdtemp(prefix="sk-html-")) / "seed.html"
    out.write_text(page, encoding="utf-8")
    size = len(page.encode("utf-8"))
    print(
        f"seed article: {len(text):,} chars, {len(analysis.segments)} segments, "
        f"{len(DEMO_TARGETS)} targets, {len(analysis.scores)} scored pairs"
    )
    print(f"HTML: {size:,} bytes ({size / 2**20:.3f} MiB), built in {build_ms:.0f} ms -> {out}")

    driver = browser(1280, 1500)
    try:
        loads: list[tuple[float, float, float | None, float]] = []
        for _ in range(args.repeat + 1):
            driver.get(out.resolve().as_uri())
            loads.append(tuple(driver.execute_script(TIMING)))  # type: ignore[arg-type]
        first, rest = loads[0], loads[1:]
        load = [r[1] for r in rest]
        fcp = [r[2] for r in rest if r[2] is not None]
        print(f"first load (cold browser): loadEventEnd {first[1]:.0f} ms")
        dcl = statistics.median(r[0] for r in rest)
        print(
            f"{len(rest)} loads: domContentLoaded median {dcl:.0f} ms; loadEventEnd median "
            f"{statistics.median(load):.0f} ms, max {max(load):.0f} ms"
        )
        laid = [r[3] for r in rest]
        print(
            f"laid out (upper bound: includes the driver's round trip after load): median "
            f"{statistics.median(laid):.0f} ms, max {max(laid):.0f} ms"
        )
        if fcp:
            med, top = statistics.median(fcp), max(fcp)
            print(f"first contentful paint: median {med:.0f} ms, max {top:.0f} ms")
        n_seg = driver.execute_script(
            "return document.querySelectorAll('.sk-seg[data-segment]').length"
        )
        print(f"DOM: {n_seg} segments")
        if args.screenshot:
            from selenium.webdriver.common.action_chains import ActionChains

            for label in driver.find_elements("css selector", ".sk-picker label"):
                if label.text == args.pick:
                    label.click()
            quote = driver.find_elements("css selector", ".sk-article .sk-direct")[1]
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", quote)
            driver.execute_script("window.scrollTo(0, 0)")
            ActionChains(driver).move_to_element(quote).perform()
            args.screenshot.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(args.screenshot))
            print(f"screenshot -> {args.screenshot}")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
