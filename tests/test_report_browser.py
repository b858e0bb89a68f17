"""The HTML report in a real browser: headless Chromium draws the page and runs its script, and the
test looks at the screenshot as a person would: is there a page, a chart with lines, and quotes
highlighted in the speakers' colours? The DOM after the scripts ran shows that the article's own
`<script>` and `onerror=` stayed text.

Needs Debian's `chromium` (`.ci/run` installs it where missing); skipped without it, except in CI.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from quotes.colours import Colour, speaker_colours
from quotes.export import load
from quotes.html_report import report
from tests.html_tree import Element, parse
from tests.newsroom import HOSTILE_QUOTE, HOSTILE_TITLE, INJECTED, MARKUP_IN_TEXT, build_newsroom

Image = pytest.importorskip("PIL.Image", reason="Pillow (the test extra) reads the screenshot")

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1")
WIDTH, HEIGHT = 1280, 2400
TITLE = "Harbour news"
PLOT_BACKGROUND = (0xF4, 0xF6, 0xFB)  # .plot .area in report.css
TIMEOUT = 45  # seconds; the page draws in one or two


def _chromium() -> str:
    found = next((path for path in map(shutil.which, BROWSERS) if path), None)
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail("chromium is not installed; .ci/run installs it with apt-get before the tests")
    pytest.skip("chromium is not installed (apt-get install chromium); the HTML report's browser test needs it")


class BrowserFailed(Exception):
    """Chromium did not draw the page; the message says why."""


def _run(chromium: str, page: Path, workdir: Path, *args: str) -> str:
    """Chromium's output for `page`; it runs in a process group of its own, so a hung browser is ended whole."""
    command = [chromium, *FLAGS, f"--user-data-dir={workdir / 'profile'}", *args, page.as_uri()]
    browser = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=workdir,
                               start_new_session=True)
    try:
        out, err = browser.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(browser.pid, signal.SIGKILL)
        browser.communicate()
        raise BrowserFailed(f"chromium did not finish within {TIMEOUT} s; a dialog opened by a script "
                            "in the page (an injected alert()) would hold it") from None
    if browser.returncode:
        raise BrowserFailed(f"chromium failed ({browser.returncode}): {err[-2000:]}")
    return out


@dataclass
class Rendered:
    """The screenshot's pixels, the DOM after the scripts ran, and the speakers' colours."""

    pixels: np.ndarray
    dom: Element
    colours: dict[str, Colour]


@pytest.fixture(scope="module")
def browser_run(tmp_path_factory) -> Rendered | str:
    """The report of the invented corpus drawn once for all tests; a failure is kept, not retried."""
    chromium = _chromium()
    workdir = tmp_path_factory.mktemp("browser")
    corpus = build_newsroom(workdir / "corpus")
    page = report(corpus, workdir / "report.html", title=TITLE)
    shot = workdir / "report.png"
    try:
        _run(chromium, page, workdir, f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}")
        dom = _run(chromium, page, workdir, "--dump-dom")
    except BrowserFailed as failure:
        return str(failure)
    pixels = np.asarray(Image.open(shot).convert("RGB")).astype(int)
    return Rendered(pixels, parse(dom), speaker_colours(load(corpus).speakers))


@pytest.fixture
def rendered(browser_run: Rendered | str) -> Rendered:
    if isinstance(browser_run, str):
        pytest.fail(browser_run)
    return browser_run


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])


def _exactly(pixels: np.ndarray, colour: str | tuple[int, int, int]) -> np.ndarray:
    target = _rgb(colour) if isinstance(colour, str) else np.array(colour)
    return (pixels == target).all(axis=-1)


def _near(pixels: np.ndarray, colour: str, tolerance: int = 60) -> np.ndarray:
    return np.abs(pixels - _rgb(colour)).sum(axis=-1) <= tolerance


def _plot_box(pixels: np.ndarray) -> tuple[int, int, int, int]:
    rows, columns = np.nonzero(_exactly(pixels, PLOT_BACKGROUND))
    assert rows.size, "no chart area in the screenshot"
    return rows.min(), columns.min(), rows.max(), columns.max()


def test_screenshot_is_a_drawn_page_not_a_blank_one(rendered):
    pixels = rendered.pixels
    assert pixels.shape == (HEIGHT, WIDTH, 3)
    white = _exactly(pixels, (255, 255, 255)).mean()
    dark = (pixels.sum(axis=-1) < 200).mean()  # text
    assert 0.5 < white < 0.97 and dark > 0.005
    packed = (pixels[..., 0] << 16) | (pixels[..., 1] << 8) | pixels[..., 2]
    assert len(np.unique(packed)) > 200  # text, colours and shading, not a flat fill


def test_chart_area_holds_a_line_in_each_top_speakers_colour(rendered):
    pixels, colours = rendered.pixels, rendered.colours
    top, left, bottom, right = _plot_box(pixels)
    assert right - left > WIDTH // 2 and 150 < bottom - top < 400
    chart = pixels[top:bottom + 1, left:right + 1]
    for speaker_id in ("s_olsen", "s_holm", "s_berg_ola", "s_berg"):
        drawn = _near(chart, colours[speaker_id].strong).sum()
        assert drawn > 300, f"{speaker_id}: only {drawn} pixels of its line in the chart"


def test_quotes_are_highlighted_in_their_speakers_colours_below_the_chart(rendered):
    pixels, colours = rendered.pixels, rendered.colours
    top, _, bottom, _ = _plot_box(pixels)
    highlighted = {sid: int(_exactly(pixels[bottom:], colour.tint).sum()) for sid, colour in colours.items()}
    assert highlighted["s_olsen"] > highlighted["s_holm"] > 8000, highlighted  # most quoted, most colour
    assert min(highlighted.values()) > 2000, highlighted
    assert _exactly(pixels[:top], colours["s_olsen"].tint).sum() == 0  # the table and chart are not highlighted


def test_article_script_stayed_text_while_the_pages_own_script_ran(rendered):
    dom = rendered.dom
    body = dom.find("body")
    assert "js" in body.classes, "the page's own script did not run"
    assert "data-owned" not in body.attrs
    assert dom.find("title").text() == TITLE
    assert len(list(dom.iter("script"))) == 1 and not list(dom.iter("img")) and not list(dom.iter("b"))
    storm = dom.find("article", id="article-4")
    assert storm.find("h3").text() == HOSTILE_TITLE
    assert MARKUP_IN_TEXT in storm.text() and HOSTILE_QUOTE in storm.text() and INJECTED in storm.text()


def test_hover_details_moved_into_the_script_tooltip(rendered):
    dom = rendered.dom
    marks = [m for m in dom.iter("mark") if "q" in m.classes]
    assert marks and all("title" not in m.attrs and m.attrs.get("data-tip") for m in marks)
    ferries = next(m for m in marks if m.text().startswith("The ferries"))
    assert "cue: said · rule: cue_after · confidence 0.90" in ferries.attrs["data-tip"]
