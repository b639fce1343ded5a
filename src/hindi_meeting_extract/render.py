"""An HTML view of a :class:`~hindi_meeting_extract.models.MeetingRecord`.

The source text is shown with persons, designations, statements (one colour per speaker), the
date, the place and the mode cue highlighted, beside a table of persons. The page is
self-contained (inline CSS, no scripts, no fonts or images from the network) and every piece of
input text is HTML-escaped. It sets its own text and background colours, light or dark to match
the notebook (JupyterLab and VS Code themes, else the OS preference), and from 600 px wide up
nothing is cut off: the persons table moves below the text, and scrolls sideways if it must.

Every highlight is an element with class ``hl`` whose ``data-start``/``data-end`` give the
offsets of the text it covers: ``text[data-start:data-end]`` equals its text content. Spans that
cross each other are split at the crossing, so each piece nests cleanly.

>>> from hindi_meeting_extract import extract
>>> from hindi_meeting_extract.render import render_html
>>> html = render_html(extract("कोरबा 12 जुलाई। बैठक हुई।"))
>>> html.startswith('<div class="hme"')
True
"""

from __future__ import annotations

import hashlib
import heapq
from dataclasses import dataclass
from html import escape
from typing import Any

from .models import MeetingRecord

# Speaker colours (Tableau 10, softened): a statement is tinted with its speaker's colour.
PALETTE = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2",
    "#b07aa1", "#edc948", "#ff9da7", "#9c755f", "#8cd17d",
)
NO_SPEAKER = "#8c959f"
# Outer layers first when two spans have the same extent.
_RANK = {"title": 0, "stmt": 1, "date": 2, "place": 3, "mode": 4, "desig": 5, "person": 6}
_LABELS = {"date": "DATE", "place": "PLACE", "mode": "MODE", "desig": "DESIG"}


@dataclass(frozen=True, slots=True)
class Highlight:
    """One span to highlight: its layer, offsets, tooltip and (for persons/statements) a person id."""

    layer: str  # title | stmt | date | place | mode | desig | person
    start: int
    end: int
    title: str = ""
    person: str | None = None
    label: str = ""


def speaker_colours(record: MeetingRecord) -> dict[str, str]:
    """A colour per speaker, in order of first statement (other persons get :data:`NO_SPEAKER`)."""
    colours: dict[str, str] = {}
    for s in record.statements:
        if s.speaker and s.speaker not in colours:
            colours[s.speaker] = PALETTE[len(colours) % len(PALETTE)]
    return colours


def highlights(record: MeetingRecord) -> list[Highlight]:
    """Every span of the record worth highlighting, as :class:`Highlight` objects."""
    out: list[Highlight] = []
    names = {p.id: p.name for p in record.persons}
    if record.title is not None:
        out.append(Highlight("title", record.title.start, record.title.end, "headline"))
    for i, s in enumerate(record.statements):
        who = names.get(s.speaker or "", "unresolved speaker")
        out.append(Highlight("stmt", s.start, s.end, f"statement {i + 1}: {who} ({s.cue})", s.speaker, who))
    if record.date is not None:
        d = record.date
        iso = f"{d.year:04d}-{d.month:02d}-{d.day:02d}" if d.year else f"--{d.month:02d}-{d.day:02d}"
        out.append(Highlight("date", d.start, d.end, f"date {iso}", label=iso))
    if record.place is not None:
        out.append(Highlight("place", record.place.start, record.place.end, f"place {record.place.name}",
                             label=_LABELS["place"]))
    if record.mode_cue is not None:
        out.append(Highlight("mode", record.mode_cue.start, record.mode_cue.end, f"mode {record.mode}",
                             label=record.mode or ""))
    for p in record.persons:
        for m in p.mentions:
            out.append(Highlight("person", m.start, m.end, f"{p.id}: {p.name}", p.id))
        for d in p.designation_mentions:
            out.append(Highlight("desig", d.start, d.end, f"designation of {p.name}: {d.designation}", p.id))
    return out


def _tint(colour: str, alpha: float) -> str:
    """``colour`` (``#rrggbb``) as a translucent ``rgba()``: a tint on light and on dark backgrounds."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha:g})"


def _colour_vars(colour: str) -> str:
    """CSS custom properties for one speaker colour (no color-mix(), so older browsers work)."""
    return f"--c:{colour};--bg:{_tint(colour, 0.18)};--ul:{_tint(colour, 0.6)};--pbg:{_tint(colour, 0.24)}"


def _valid(h: Highlight, text: str) -> bool:
    return 0 <= h.start < h.end <= len(text)


def _check_text(record: MeetingRecord, text: str) -> int:
    """How many of the record's spans do not match ``text`` (offsets or content)."""
    return sum(1 for s in record.spans() if s.end > len(text) or text[s.start : s.end] != s.text)


def _nest(items: list[Highlight]) -> list[tuple[int, int, Highlight, bool]]:
    """Split crossing spans so the pieces nest; returns (start, end, highlight, is_last_piece) in order."""
    heap = [(h.start, -h.end, _RANK[h.layer], i, h) for i, h in enumerate(items)]
    heapq.heapify(heap)
    pieces: list[tuple[int, int, Highlight, bool]] = []
    stack: list[int] = []  # ends of the open pieces
    counter = len(items)
    while heap:
        start, neg_end, rank, _, h = heapq.heappop(heap)
        end = -neg_end
        while stack and stack[-1] <= start:
            stack.pop()
        if stack and end > stack[-1]:  # crosses the enclosing piece: split at its end
            counter += 1
            heapq.heappush(heap, (stack[-1], -end, rank, counter, h))
            end = stack[-1]
            last = False
        else:
            last = end == h.end
        pieces.append((start, end, h, last))
        stack.append(end)
    return pieces


def _markup(text: str, record: MeetingRecord, uid: str, colours: dict[str, str]) -> tuple[str, int]:
    """The escaped text with highlight elements, and the number of spans skipped as invalid."""
    items = highlights(record)
    good = [h for h in items if _valid(h, text)]
    seen: set[tuple[str, int, int, str | None]] = set()
    unique = []
    for h in good:
        key = (h.layer, h.start, h.end, h.person)
        if key not in seen:
            seen.add(key)
            unique.append(h)
    pieces = _nest(unique)
    out: list[str] = []
    stack: list[tuple[int, Highlight, bool]] = []
    pos = 0

    def close() -> None:
        nonlocal pos
        end, h, last = stack.pop()
        out.append(escape(text[pos:end], quote=False))
        pos = end
        if h.layer == "stmt" and last and h.person:
            out.append(f'<a class="spk" href="#{uid}-{escape(h.person)}" data-label="{escape(h.label)}"></a>')
        out.append("</span>")

    for start, end, h, last in pieces:
        while stack and stack[-1][0] <= start:
            close()
        out.append(escape(text[pos:start], quote=False))
        pos = start
        colour = colours.get(h.person or "", NO_SPEAKER)
        attrs = [
            f'class="hl hl-{h.layer}"',
            f'data-start="{start}"',
            f'data-end="{end}"',
            f'title="{escape(h.title)}"',
        ]
        if h.person:
            attrs.append(f'data-person="{escape(h.person)}"')
        if h.layer in ("stmt", "person"):
            attrs.append(f'style="{_colour_vars(colour)}"')
        if h.label and h.layer in ("date", "place", "mode"):
            attrs.append(f'data-label="{escape(h.label)}"')
        out.append(f"<span {' '.join(attrs)}>")
        stack.append((end, h, last))
    while stack:
        close()
    out.append(escape(text[pos:], quote=False))
    return "".join(out), len(items) - len(good)


# The view sets its own text and background colours (so no notebook theme can make its text
# invisible) from two palettes: light, and dark where the page asks for it (JupyterLab's dark
# themes, VS Code's dark themes, or a dark OS preference outside a light JupyterLab / VS Code).
# Highlights are translucent, so they read on either. The persons table scrolls sideways when
# its cell is too narrow.
_LIGHT = ("--fg:#1f2328;--muted:#57606a;--paper:#ffffff;--line:#d0d7de;--line2:#eaeef2;"
          "--chip:#eaeef2;--target:#fff8c5;--warn:#9a6700")
_DARK = ("--fg:#e6edf3;--muted:#9da7b3;--paper:#0d1117;--line:#3d444d;--line2:#262c36;"
         "--chip:#2d333b;--target:#3d3300;--warn:#e3b341")
_CSS = (
    """
.hme{"""
    + _LIGHT
    + """;color:var(--fg);background:var(--paper);color-scheme:light;
 font-family:system-ui,"Segoe UI",Roboto,"Noto Sans","Noto Sans Devanagari","Nirmala UI",Mangal,
 "Lohit Devanagari",sans-serif;line-height:1.5;font-size:15px;max-width:1400px;padding:.6em .8em;
 border-radius:8px;overflow-wrap:break-word}
body[data-jp-theme-light="false"] .hme,body.vscode-dark .hme,body.vscode-high-contrast .hme{"""
    + _DARK
    + """;color-scheme:dark}
@media (prefers-color-scheme:dark){
 body:not([data-jp-theme-light="true"]):not(.vscode-light) .hme{"""
    + _DARK
    + """;color-scheme:dark}}
.hme *{box-sizing:border-box}
.hme .hme-head{display:flex;flex-wrap:wrap;gap:.4em 1.2em;align-items:baseline;margin:0 0 .6em}
.hme .hme-head h3{margin:0;font-size:1.05em;color:var(--fg)}
.hme .hme-fact{font-size:.9em;color:var(--muted)}.hme .hme-fact b{color:var(--fg)}
.hme .hme-body{display:flex;flex-wrap:wrap;gap:1.2em;align-items:flex-start}
.hme .hme-text{flex:3 1 560px;min-width:0;white-space:pre-wrap;line-height:2.1;padding:.8em 1em;
 border:1px solid var(--line);border-radius:8px;background:var(--paper);color:var(--fg)}
.hme .hme-side{flex:2 1 420px;min-width:0;max-width:100%}
.hme .hme-scroll{overflow-x:auto;max-width:100%}
.hme .hl{border-radius:3px;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.hme .hl-stmt{background:var(--bg);border-bottom:2px solid var(--ul)}
.hme .hl-person{font-weight:600;padding:0 2px;background:var(--pbg);box-shadow:inset 0 -2px 0 var(--c)}
.hme .hl-title{font-weight:700;font-size:1.08em}
.hme .hl-desig{padding:0 1px;background:rgba(130,80,223,.16);box-shadow:inset 0 -1px 0 #8250df}
.hme .hl-date,.hme .hl-place,.hme .hl-mode{padding:1px 3px;font-weight:600}
.hme .hl-date{background:rgba(74,194,107,.2);box-shadow:inset 0 0 0 1px #4ac26b}
.hme .hl-place{background:rgba(251,143,68,.2);box-shadow:inset 0 0 0 1px #fb8f44}
.hme .hl-mode{background:rgba(84,174,255,.2);box-shadow:inset 0 0 0 1px #54aeff}
.hme [data-label]::after{content:attr(data-label);font:600 .62em/1 system-ui,sans-serif;
 letter-spacing:.03em;vertical-align:.35em;margin-left:.3em;padding:1px 4px;border-radius:3px;
 background:#57606a;color:#fff}
.hme .hl-date::after{background:#1a7f37}.hme .hl-place::after{background:#bc4c00}
.hme .hl-mode::after{background:#0969da}
.hme a.spk{text-decoration:none}
.hme a.spk::after{background:var(--c,#57606a)}
.hme table{border-collapse:collapse;width:100%;font-size:.88em;color:var(--fg)}
.hme th{text-align:left;font-weight:600;color:var(--muted);border-bottom:2px solid var(--line);padding:4px 6px}
.hme td{border-bottom:1px solid var(--line2);padding:4px 6px;vertical-align:top}
.hme tr:target td{background:var(--target)}
.hme td.nw{white-space:nowrap}
.hme .sw{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:4px;vertical-align:-.05em}
.hme .pid{color:var(--muted);font-size:.85em}
.hme .chip{display:inline-block;font-size:.8em;padding:0 5px;margin:1px 2px 1px 0;border-radius:9px;
 background:var(--chip);color:var(--fg);white-space:nowrap}
.hme .chip.r-speaker{background:rgba(84,174,255,.28)}
.hme .chip.r-chair,.hme .chip.r-chief_guest{background:rgba(212,167,44,.32)}
.hme .legend{font-size:.8em;color:var(--muted);margin:0 0 .6em}
.hme .legend span{margin-right:.8em}
.hme .warn{color:var(--warn);font-size:.85em}
.hme ol.stmts{padding-left:1.4em;font-size:.9em}
"""
)


def _uid(record: MeetingRecord, text: str | None) -> str:
    digest = hashlib.sha1(f"{record.doc_id}\x00{text or ''}".encode()).hexdigest()[:8]
    return f"hme-{digest}"


def _person_table(record: MeetingRecord, uid: str, colours: dict[str, str]) -> str:
    spoken: dict[str, int] = {}
    for s in record.statements:
        if s.speaker:
            spoken[s.speaker] = spoken.get(s.speaker, 0) + 1
    rows = []
    for p in record.persons:
        colour = colours.get(p.id, NO_SPEAKER)
        name = escape(p.name)
        if p.honorific:
            name = f'<span class="pid">{escape(p.honorific)}</span> {name}'
        why = {ev.role: f"{ev.rule}: {ev.cue.text}" if ev.cue else ev.rule for ev in p.role_evidence}
        roles = "".join(
            f'<span class="chip r-{escape(r)}" title="{escape(why.get(r, ""))}">{escape(r)}</span>' for r in p.roles
        )
        desigs = "".join(f'<span class="chip">{escape(d)}</span>' for d in p.designations)
        n = spoken.get(p.id, 0)
        rows.append(
            f'<tr id="{uid}-{escape(p.id)}"><td class="nw"><span class="sw" style="background:{colour}"></span>'
            f'<span class="pid">{escape(p.id)}</span></td><td class="nw">{name}</td>'
            f"<td>{escape(', '.join(p.variants))}</td><td>{desigs}</td><td>{roles}</td>"
            f"<td>{n or ''}</td></tr>"
        )
    if not rows:
        return '<p class="hme-fact">No persons found.</p>'
    head = "<tr><th></th><th>name</th><th>variants</th><th>designations</th><th>roles</th><th>said</th></tr>"
    return f'<div class="hme-scroll"><table><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table></div>'


def _facts(record: MeetingRecord) -> str:
    parts = []
    if record.doc_id is not None:
        parts.append(f"<h3>{escape(record.doc_id)}</h3>")
    d = record.date
    date = (f"{d.year:04d}-{d.month:02d}-{d.day:02d}" if d.year else f"--{d.month:02d}-{d.day:02d}") if d else "—"
    parts.append(f'<span class="hme-fact">date <b>{escape(date)}</b></span>')
    parts.append(f'<span class="hme-fact">place <b>{escape(record.place.name) if record.place else "—"}</b></span>')
    parts.append(f'<span class="hme-fact">mode <b>{escape(record.mode or "—")}</b></span>')
    parts.append(
        f'<span class="hme-fact"><b>{len(record.persons)}</b> persons · <b>{len(record.statements)}</b> statements'
        f" · <b>{len(record.attendees)}</b> attendees</span>"
    )
    return f'<div class="hme-head">{"".join(parts)}</div>'


def render_html(record: MeetingRecord, text: str | None = None, *, page: bool = False) -> str:
    """Render ``record`` as HTML: the highlighted source text beside a table of persons.

    Args:
        record: the record to show.
        text: the text it was extracted from. Defaults to the text the pipeline attached to the
            record; records read back from JSON have none, and then only the tables are shown.
        page: return a complete HTML document (for saving to a file) instead of a fragment.

    Returns:
        HTML with inline CSS only. Spans whose offsets do not fit ``text`` are left out, with a note.
    """
    if text is None:
        text = record._source_text
    uid = _uid(record, text)
    colours = speaker_colours(record)
    notes = [escape(w) for w in record.warnings]
    if text is not None:
        body, skipped = _markup(text, record, uid, colours)
        bad = _check_text(record, text)
        if skipped or bad:
            notes.append(f"{max(skipped, bad)} span(s) do not match this text; the text may not be the record's source")
        main = f'<div class="hme-text" lang="hi">{body}</div>'
    else:
        items = "".join(
            f'<li><span class="sw" style="background:{colours.get(s.speaker or "", NO_SPEAKER)}"></span>'
            f"<b>{escape(record.person(s.speaker).name if s.speaker and record.person(s.speaker) else '?')}</b>: "
            f"{escape(s.text)}</li>"
            for s in record.statements
        )
        main = (
            '<div class="hme-text" lang="hi"><p class="hme-fact">No source text: pass it as '
            "<code>render_html(record, text)</code> to see the highlights.</p>"
            + (f'<ol class="stmts">{items}</ol>' if items else "")
            + "</div>"
        )
    legend = (
        f'<p class="legend"><span class="hl hl-person" style="{_colour_vars(PALETTE[0])}">person</span>'
        '<span class="hl hl-desig">designation</span>'
        f'<span class="hl hl-stmt" style="{_colour_vars(PALETTE[0])}">statement (speaker colour)</span>'
        '<span class="hl hl-date">date</span><span class="hl hl-place">place</span>'
        '<span class="hl hl-mode">mode</span></p>'
    )
    warn = "".join(f'<p class="warn">⚠ {n}</p>' for n in notes)
    side = f'<div class="hme-side">{warn}{_person_table(record, uid, colours)}</div>'
    html = (
        f'<div class="hme" id="{uid}"><style>{_CSS}</style>{_facts(record)}{legend}'
        f'<div class="hme-body">{main}{side}</div></div>'
    )
    if page:
        title = escape(record.doc_id or "meeting record")
        return (
            '<!DOCTYPE html>\n<html lang="hi"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<style>body{margin:8px;background:#fff}"
            "@media (prefers-color-scheme:dark){body{background:#0d1117}}</style>"
            f"<title>{title}</title></head><body>{html}</body></html>\n"
        )
    return html


def to_displacy(record: MeetingRecord, text: str | None = None) -> dict[str, Any]:
    """The record's highlights as one dict for ``spacy.displacy.render(..., manual=True)``, with
    ``style="ent"`` or ``style="span"``.

    - ``ent`` style reads ``text`` and ``ents`` (character offsets): persons, designations, date,
      place and mode, which must not overlap; where two do, the earlier (then longer) one is
      kept. The headline is not an entity, so a cue inside it (e.g. the mode cue) still shows.
    - ``span`` style reads ``tokens`` and ``spans`` (token offsets, end exclusive): every
      highlight, overlapping freely: title, statements, persons, designations, date, place and
      mode. ``tokens`` splits the text at white space and at every span boundary (displaCy shows
      them separated by single spaces).

    >>> from hindi_meeting_extract import extract
    >>> from hindi_meeting_extract.render import to_displacy
    >>> d = to_displacy(extract("कोरबा 12 जुलाई। वर्चुअल बैठक हुई।"))
    >>> [(e["label"], d["text"][e["start"]:e["end"]]) for e in d["ents"]]
    [('PLACE', 'कोरबा'), ('DATE', '12 जुलाई'), ('MODE', 'वर्चुअल बैठक')]
    >>> [(s["label"], " ".join(d["tokens"][s["start_token"]:s["end_token"]])) for s in d["spans"]][:2]
    [('PLACE', 'कोरबा'), ('DATE', '12 जुलाई')]
    """
    if text is None:
        text = record._source_text or ""
    items = sorted((h for h in highlights(record) if _valid(h, text)), key=lambda h: (h.start, -h.end, _RANK[h.layer]))
    ents: list[dict[str, Any]] = []
    for h in items:
        if h.layer not in ("title", "stmt") and (not ents or ents[-1]["end"] <= h.start):
            ents.append({"start": h.start, "end": h.end, "label": h.layer.upper()})
    cuts = sorted({0, len(text)} | {h.start for h in items} | {h.end for h in items})
    tokens: list[str] = []
    token_at: dict[int, int] = {}  # a cut offset -> index of the first token at or after it
    for lo, hi in zip(cuts, cuts[1:]):
        token_at[lo] = len(tokens)
        tokens.extend(text[lo:hi].split())
    token_at[len(text)] = len(tokens)
    spans = [
        {"start": h.start, "end": h.end, "start_token": token_at[h.start], "end_token": token_at[h.end],
         "label": h.layer.upper()}
        for h in items
        if token_at[h.end] > token_at[h.start]
    ]
    return {"text": text, "ents": ents, "tokens": tokens, "spans": spans, "title": record.doc_id}


def add_arguments(parser: Any) -> None:
    """The ``render`` subcommand's arguments (``parser`` is an ``argparse.ArgumentParser``)."""
    from .cli import add_document_arguments

    add_document_arguments(parser)
    parser.add_argument("-o", "--output", required=True, metavar="OUT.html")


def run(args: Any) -> int:
    """``hindi-meeting-extract render FILE -o OUT.html``: extract, then write a self-contained page."""
    from pathlib import Path

    from .cli import pipeline_from, read_input

    text, stem = read_input(args.file, args.encoding_errors)
    record = pipeline_from(args).extract(text, doc_id=args.doc_id or stem, reference_date=args.reference_date)
    Path(args.output).write_text(render_html(record, text, page=True), encoding="utf-8")
    return 0
