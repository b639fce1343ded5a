"""render.py: highlights, nesting of crossing spans, escaping, and a real headless browser check."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from handmade import KORBA, PROV, korba_record

from hindi_meeting_extract.cli import main
from hindi_meeting_extract.models import MeetingRecord, Person, Statement, TextSpan
from hindi_meeting_extract.render import render_html, speaker_colours, to_displacy

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


class _Highlights(HTMLParser):
    """Collects (data-start, data-end, text content) for every element with class ``hl``."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[list] = []
        self.found: list[tuple[int, int, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        is_hl = "data-start" in a and "hl" in (a.get("class") or "").split()
        self.stack.append([is_hl, int(a.get("data-start", 0)), int(a.get("data-end", 0)), []])

    def handle_endtag(self, tag):
        if not self.stack:  # closes an element opened before the part we parse
            return
        is_hl, s, e, parts = self.stack.pop()
        text = "".join(parts)
        if is_hl:
            self.found.append((s, e, text))
        if self.stack:
            self.stack[-1][3].append(text)

    def handle_data(self, data):
        if self.stack:
            self.stack[-1][3].append(data)


def _parse(html: str) -> list[tuple[int, int, str]]:
    p = _Highlights()
    p.feed(html.split("</style>", 1)[1])
    return p.found


def _crossing_record() -> tuple[str, MeetingRecord]:
    text = "अध्यक्ष राम कुमार ने कहा कि <script>window.__injected=true</script> & सब ठीक है। श्याम लाल ने बताया कि काम हुआ।"
    s, e = text.index("राम कुमार"), text.index("राम कुमार") + len("राम कुमार")
    st = text.index("कुमार ने")  # a statement that starts inside the mention: they cross
    st_end = text.index("।")
    s2 = text.index("श्याम लाल")
    persons = [
        Person(id="p1", name="राम कुमार", mentions=[TextSpan(text=text[s:e], start=s, end=e)], roles=["speaker"]),
        Person(id="p2", name="श्याम <b>लाल</b>", mentions=[TextSpan(text="श्याम लाल", start=s2, end=s2 + 9)]),
    ]
    stmts = [
        Statement(speaker="p1", text=text[st:st_end], start=st, end=st_end, cue="ने कहा कि"),
        Statement(speaker=None, text=text[s2:-1], start=s2, end=len(text) - 1, cue="ने बताया कि"),
    ]
    return text, MeetingRecord(persons=persons, statements=stmts, provenance=PROV)


def test_render_every_highlight_covers_its_offsets():
    record, text = korba_record(), korba_record_text()
    found = _parse(render_html(record, text))
    assert len(found) >= len(record.persons) + len(record.statements) + 3
    for s, e, content in found:
        assert content == text[s:e]


def test_render_splits_crossing_spans_and_escapes_input():
    text, record = _crossing_record()
    html = render_html(record, text)
    assert "<script>" not in html and "&lt;script&gt;window.__injected=true&lt;/script&gt;" in html
    assert "<b>लाल</b>" not in html  # names are escaped too
    found = _parse(html)
    for s, e, content in found:
        assert content == text[s:e]
    # the statement that starts inside the mention is split into two pieces
    st = text.index("कुमार ने")
    pieces = sorted((s, e) for s, e, _ in found if s >= st and e <= text.index("।") and (s, e) != (
        text.index("राम कुमार"), text.index("राम कुमार") + 9))
    assert pieces[0][0] == st and len(pieces) >= 2
    assert 'href="#hme-' in html  # linked to the speaker's row


def test_render_without_text_shows_tables_only():
    record = korba_record()
    html = render_html(record)  # a hand-made record has no attached source text
    assert "data-start" not in html and "दीपक महस्के" in html and "render_html(record, text)" in html


def test_render_uses_source_text_attached_by_pipeline(pipeline, korba_text):
    record = pipeline.extract(korba_text, doc_id="korba")
    assert record._repr_html_() == render_html(record, korba_text)
    assert "कोरबा" in record._repr_html_()
    assert MeetingRecord.model_validate_json(record.model_dump_json()) == record


def test_render_notes_spans_that_do_not_fit_the_text():
    record = korba_record()
    html = render_html(record, "छोटा पाठ")
    assert "do not match" in html


def test_render_page_is_self_contained():
    html = render_html(korba_record(), korba_record_text(), page=True)
    assert html.startswith("<!DOCTYPE html>")
    for needle in ("http://", "https://", "<script", "@import", "url("):
        assert needle not in html


def test_render_speaker_colours_follow_statement_order():
    record = korba_record()
    colours = speaker_colours(record)
    assert colours["p3"] != colours["p1"] != colours["p2"]
    assert list(colours) == ["p3", "p1", "p2"]  # speakers only, in order of first statement


def test_render_to_displacy_has_non_overlapping_ents():
    d = to_displacy(korba_record(), korba_record_text())
    ends = [-1] + [e["end"] for e in d["ents"]]
    assert all(e["start"] >= prev for e, prev in zip(d["ents"], ends))
    assert {"DATE", "PLACE", "PERSON"} <= {e["label"] for e in d["ents"]}
    assert sum(s["label"] == "STMT" for s in d["spans"]) == 3


def test_render_to_displacy_title_does_not_hide_the_mode_cue(pipeline, korba_text):
    record = pipeline.extract(korba_text)
    assert record.title.start <= record.mode_cue.start < record.mode_cue.end <= record.title.end
    d = to_displacy(record)
    assert {"start": record.mode_cue.start, "end": record.mode_cue.end, "label": "MODE"} in d["ents"]
    assert "TITLE" not in {e["label"] for e in d["ents"]} and "TITLE" in {s["label"] for s in d["spans"]}


def test_render_to_displacy_span_tokens_cover_each_span(pipeline, korba_text):
    d = to_displacy(pipeline.extract(korba_text))
    assert len(d["spans"]) >= 40
    for s in d["spans"]:  # the tokens of a span are exactly the words of its text
        assert d["tokens"][s["start_token"]:s["end_token"]] == korba_text[s["start"]:s["end"]].split()


@pytest.mark.parametrize("style", ["ent", "span"])
def test_render_to_displacy_renders_with_spacy(pipeline, korba_text, style):
    displacy = pytest.importorskip("spacy.displacy", reason="spaCy is an optional test dependency")
    record = pipeline.extract(korba_text, doc_id="korba")
    html = displacy.render(to_displacy(record), style=style, manual=True, jupyter=False)
    assert "कोरबा" in html and "MODE" in html and record.mode_cue.text in html
    if style == "span":
        assert "STMT" in html and "TITLE" in html


def test_render_cli_writes_a_page(tmp_path, korba_text):
    out = tmp_path / "k.html"
    assert main(["render", str(KORBA), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def korba_record_text() -> str:
    return KORBA.read_text(encoding="utf-8")


def _driver():
    webdriver = pytest.importorskip("selenium.webdriver")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    if not chromium or not chromedriver:
        pytest.skip("chromium and chromedriver are not installed")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--force-device-scale-factor=1"):
        opts.add_argument(arg)
    try:
        return webdriver.Chrome(service=Service(chromedriver), options=opts)
    except Exception as exc:  # pragma: no cover - depends on the machine
        pytest.skip(f"headless chromium does not start: {exc}")


_JS_CHECK = """
const text = arguments[0];
const bad = [];
const els = document.querySelectorAll('.hme-text .hl');
for (const el of els) {
  const s = +el.dataset.start, e = +el.dataset.end;
  if (el.textContent !== text.slice(s, e)) bad.push([s, e, el.textContent]);
}
return {n: els.length, bad: bad, script: window.__injected === true,
        text: document.querySelector('.hme-text').textContent};
"""


@pytest.mark.browser
@pytest.mark.parametrize("case", ["korba", "crossing", "pipeline"])
def test_render_in_headless_browser(tmp_path, case, pipeline):
    if case == "korba":
        text, record = korba_record_text(), korba_record()
    elif case == "pipeline":  # whatever the stages find today, the page must stay exact
        text = korba_record_text()
        record = pipeline.extract(text, doc_id="korba-it-cell")
    else:
        text, record = _crossing_record()
    page = tmp_path / f"{case}.html"
    page.write_text(render_html(record, text, page=True), encoding="utf-8")
    driver = _driver()
    try:
        driver.get(page.as_uri())
        for _ in range(2):  # the viewport's height changes the page's, so measure twice
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(1400, min(max(height + 140, 600), 4000))
        # JS strings index by UTF-16 units; Devanagari is in the BMP, so they equal Python offsets here
        result = driver.execute_script(_JS_CHECK, text)
        ARTIFACTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / f"render-{case}.png"))
    finally:
        driver.quit()
    assert result["n"] > 0
    assert result["bad"] == []
    assert result["script"] is False
    assert result["text"] == text  # the whole source text is there, unchanged, in order


def test_render_exact_markup_of_a_small_record():
    text = "राम ने कहा कि ठीक है।"
    s = text.index("ठीक")
    record = MeetingRecord(
        persons=[Person(id="p1", name="राम", mentions=[TextSpan(text="राम", start=0, end=3)])],
        statements=[Statement(speaker="p1", text="ठीक है", start=s, end=s + 6, cue="ने कहा कि")],
        provenance=PROV,
    )
    html = render_html(record, text)
    body = html[html.index('<div class="hme-text"'):]
    body = body[: body.index("</div>") + 6]
    colours = "--c:#4e79a7;--bg:rgba(78,121,167,0.18);--ul:rgba(78,121,167,0.6);--pbg:rgba(78,121,167,0.24)"
    uid = html[html.index('id="hme-') + 4:][:12]
    assert body == (
        '<div class="hme-text" lang="hi">'
        f'<span class="hl hl-person" data-start="0" data-end="3" title="p1: राम" data-person="p1" style="{colours}">'
        "राम</span> ने कहा कि "
        f'<span class="hl hl-stmt" data-start="14" data-end="20" title="statement 1: राम (ने कहा कि)" data-person="p1" '
        f'style="{colours}">ठीक है<a class="spk" href="#{uid}-p1" data-label="राम"></a></span>।</div>'
    )


def test_render_nest_pieces_nest_and_cover_each_span():
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    from hindi_meeting_extract.render import _RANK, Highlight, _nest

    layers = sorted(_RANK)
    span = st.tuples(st.integers(0, 30), st.integers(1, 12), st.sampled_from(layers)).map(
        lambda t: Highlight(t[2], t[0], t[0] + t[1]))

    @hypothesis.given(st.lists(span, max_size=12, unique_by=lambda h: (h.layer, h.start, h.end)))
    @hypothesis.settings(max_examples=300, deadline=None)
    def check(items):
        pieces = _nest(items)
        open_ends: list[int] = []
        for start, end, _, _ in pieces:  # in document order, each piece inside the open ones
            assert start < end
            while open_ends and open_ends[-1] <= start:
                open_ends.pop()
            assert not open_ends or end <= open_ends[-1]
            open_ends.append(end)
        for h in items:  # the pieces of a span tile it exactly, the last one flagged
            mine = sorted((s, e, last) for s, e, x, last in pieces if x is h)
            assert mine[0][0] == h.start and mine[-1][1] == h.end and mine[-1][2]
            assert all(a[1] == b[0] for a, b in zip(mine, mine[1:]))
            assert not any(last for _, _, last in mine[:-1])

    check()


def test_render_cli_non_utf8_file_is_one_line_error_or_replaced(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("कोरबा 12 जुलाई। बैठक हुई।".encode("utf-8") + b"\xff")
    out = tmp_path / "bad.html"
    assert main(["render", str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "invalid UTF-8 at byte" in err and err.count("\n") == 1 and not out.exists()
    assert main(["render", str(bad), "-o", str(out), "--encoding-errors", "replace"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "\ufffd" in page and "<h3>bad</h3>" in page  # doc_id defaults to the file stem


# ---------------------------------------------------------------- themes and widths, in a real browser
# The fragment as a notebook shows it: inside an output cell of the given width, which clips what
# overflows it, on a light or a dark notebook theme (JupyterLab's body attribute, and the OS
# preference that a plain page or VS Code follows).
_HOST = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body data-jp-theme-light="{light}" style="margin:0;background:{bg};color:{fg};font-family:sans-serif">
<div class="cell" style="width:{width}px;overflow:hidden;padding:0">{fragment}</div></body></html>"""
THEMES = {"light": ("true", "#ffffff", "#000000"), "dark": ("false", "#111111", "#d4d4d4")}

_JS_LAYOUT = """
function rgba(s) { const m = s.match(/[\\d.]+/g) || [0, 0, 0, 0]; return m.map(Number).concat([1]).slice(0, 4); }
function over(top, under) {  // top composited onto under (under is opaque)
  const a = top[3]; return [0, 1, 2].map(i => top[i] * a + under[i] * (1 - a)).concat([1]);
}
function background(el) {  // the opaque colour behind el's text
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] >= 1) break;
  }
  let bg = [255, 255, 255, 1];  // the canvas
  for (const c of layers.reverse()) bg = over(c, bg);
  return bg;
}
function lum(c) {
  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
}
function contrast(a, b) { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
const root = document.querySelector('.hme'), cell = root.parentElement.getBoundingClientRect();
const worst = [];
for (const el of root.querySelectorAll('*')) {
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own || el.closest('style')) continue;
  const ratio = contrast(over(rgba(getComputedStyle(el).color), background(el)), background(el));
  if (ratio < 4.5) worst.push([el.tagName + '.' + el.className, ratio.toFixed(2), el.textContent.slice(0, 20)]);
}
const clipped = [];  // boxes cut by the cell's edge (a scroll box counts as its own visible box)
for (const el of root.querySelectorAll('*')) {
  if (el.closest('.hme-scroll') && !el.classList.contains('hme-scroll')) continue;
  const r = el.getBoundingClientRect();
  if (r.width && r.right > cell.right + 0.5) clipped.push([el.tagName + '.' + el.className, r.right, cell.right]);
}
const table = root.querySelector('table');
const scroller = table && table.closest('.hme-scroll');
return {worst: worst.slice(0, 5), clipped: clipped.slice(0, 5),
        scrolls: !!scroller && getComputedStyle(scroller).overflowX === 'auto',
        tableFits: !!table && (table.getBoundingClientRect().right <= cell.right + 0.5 || !!scroller)};
"""


@pytest.mark.browser
@pytest.mark.parametrize("width", [600, 1000])
@pytest.mark.parametrize("theme", sorted(THEMES))
def test_render_readable_in_light_and_dark_themes_at_any_width(tmp_path, theme, width, pipeline):
    text = korba_record_text()
    record = pipeline.extract(text, doc_id="korba-it-cell")
    light, bg, fg = THEMES[theme]
    page = tmp_path / f"{theme}-{width}.html"
    page.write_text(_HOST.format(light=light, bg=bg, fg=fg, width=width, fragment=render_html(record, text)),
                    encoding="utf-8")
    driver = _driver()
    try:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                               {"features": [{"name": "prefers-color-scheme", "value": theme}]})
        driver.set_window_size(width + 40, 1000)
        driver.get(page.as_uri())
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width + 40, min(height + 140, 4000))
        result = driver.execute_script(_JS_LAYOUT)
        ARTIFACTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / f"render-{theme}-{width}.png"))
    finally:
        driver.quit()
    assert result["worst"] == [], f"text below 4.5:1 contrast on the {theme} theme: {result['worst']}"
    assert result["clipped"] == [], f"cut off at {width} px: {result['clipped']}"
    assert result["tableFits"]
