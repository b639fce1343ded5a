"""Score records against gold annotations (the format is in ``docs/gold-format.md``).

Persons are matched by name (then by variant, then by first and last word); designations,
roles, attendees, speakers and statements are counted over matched persons, and every field
gets precision, recall and F1 (the counting of spaCy's ``PRFScore``). Date and place also get
accuracy over documents; mode gets accuracy only.

>>> from hindi_meeting_extract.evaluate import fold, designation_match
>>> fold("नवदीप नन्दा") == fold("नवदीप नंदा")
True
>>> designation_match("सदस्य", "जिला कार्यकारिणी सदस्यों")
True
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

FIELDS = ("persons", "designations", "attendees", "speakers", "statements", "roles", "date", "place")
EVENT_ROLES = ("chair", "conductor", "vote_of_thanks", "chief_guest")

# Folding and name keys follow the gold format exactly (they are the comparison, not the extraction).
HONORIFICS = frozenset({
    "श्री", "श्रीमती", "सुश्री", "कुमारी", "डॉ", "डॉक्टर", "डा", "प्रो", "प्रोफेसर", "प्रोफ़ेसर",
    "माननीय", "मान", "आदरणीय", "श्रद्धेय", "स्व", "स्वर्गीय", "पं", "पंडित", "मा", "श्रीयुत",
    "सर्वश्री", "डॉं", "एड", "इंजी", "इंजीनियर", "कु", "मौलाना", "हाजी", "महंत", "स्वामी", "संत",
    "आचार्य", "रोटे", "रोटेरियन", "लायन", "सीए", "एडवोकेट", "अधिवक्ता", "चौधरी", "मेजर", "कैप्टन",
    "कर्नल", "सूबेदार", "सू", "मे", "लेफ्टिनेंट", "ब्रिगेडियर", "जनरल", "हवलदार", "कमांडर",
})
TRAILING = frozenset({"जी", "साहब", "साहेब", "महोदय", "महोदया", "बाबू", "भैया"})
# Titles written as one word or two (जिलाध्यक्ष = जिला अध्यक्ष), and spelling twins.
COMPOUNDS = {
    "जिलाध्यक्ष": "जिला अध्यक्ष", "प्रदेशाध्यक्ष": "प्रदेश अध्यक्ष", "नगराध्यक्ष": "नगर अध्यक्ष",
    "मंडलाध्यक्ष": "मंडल अध्यक्ष", "ब्लॉकाध्यक्ष": "ब्लॉक अध्यक्ष", "ब्लाकाध्यक्ष": "ब्लॉक अध्यक्ष",
    "सहसंयोजक": "सह संयोजक", "सहप्रभारी": "सह प्रभारी", "सहसचिव": "सह सचिव", "जिलामंत्री": "जिला मंत्री",
    "प्रदेशमंत्री": "प्रदेश मंत्री", "कोशाध्यक्ष": "कोषाध्यक्ष", "नगरअध्यक्ष": "नगर अध्यक्ष",
    "जिलेअध्यक्ष": "जिला अध्यक्ष", "जिले": "जिला",
}
_NASAL_CONJUNCT = regex.compile("[ङञणनम]\u094d(?=[\u0915-\u0939])")
_PUNCT = regex.compile(r"[\s\.,;:!?\(\)\[\]\"'“”‘’।॥\-–—/]+")
_GOLD_DATE = regex.compile(r"(\d{4}|-)-(\d{2})-(\d{2})")


def fold(text: str) -> str:
    """The comparison key of the gold format: NFC; no ZWJ/ZWNJ/nukta; chandrabindu and a nasal
    conjunct before a consonant become anusvara; punctuation becomes a space."""
    t = unicodedata.normalize("NFC", text)
    t = t.replace("\u200c", "").replace("\u200d", "").replace("\u093c", "")
    t = t.replace("\u0901", "\u0902")
    t = _NASAL_CONJUNCT.sub("\u0902", t)
    return " ".join(_PUNCT.sub(" ", t).split())


def name_key(name: str) -> str:
    """``fold`` without leading honorifics and trailing जी/साहब (a leading जी is an initial)."""
    toks = fold(name).split()
    while toks and toks[0] in HONORIFICS:
        toks = toks[1:]
    while toks and toks[-1] in TRAILING:
        toks = toks[:-1]
    return " ".join(toks[:1] + [t for t in toks[1:] if t not in TRAILING])


def designation_words(designation: str) -> list[str]:
    return " ".join(COMPOUNDS.get(w, w) for w in fold(designation).split()).split()


def designation_match(gold: str, pred: str) -> bool:
    """Every gold word is in the prediction (``सदस्यों`` counts for ``सदस्य``); at most 14 words."""
    g, p = designation_words(gold), designation_words(pred)

    def has(w: str) -> bool:
        return any(t == w or (t.startswith(w) and len(t) - len(w) <= 2) for t in p)

    return bool(g) and len(p) <= 14 and all(has(w) for w in g)


def match_persons(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[int, int]:
    """Gold index → predicted index: exact name first, then any shared variant, then first+last word."""
    gkeys = [{name_key(g["name"])} | {name_key(v) for v in g.get("variants", []) or []} for g in gold]
    pkeys = [{name_key(p.get("name", ""))} | {name_key(v) for v in p.get("variants", []) or []} for p in pred]
    out: dict[int, int] = {}
    used: set[int] = set()
    for stage in range(3):
        for gi, gk in enumerate(gkeys):
            if gi in out:
                continue
            for pi, pk in enumerate(pkeys):
                if pi in used:
                    continue
                if stage == 0:
                    ok = name_key(gold[gi]["name"]) in pk
                elif stage == 1:
                    ok = bool(gk & pk)
                else:
                    ok = any(_ends_agree(a, b) for a in gk for b in pk)
                if ok:
                    out[gi] = pi
                    used.add(pi)
                    break
    return out


def _ends_agree(a: str, b: str) -> bool:
    ta, tb = a.split(), b.split()
    return len(ta) >= 2 and len(tb) >= 2 and ta[0] == tb[0] and ta[-1] == tb[-1]


def date_ok(gold: str | None, pred: Mapping[str, Any] | None) -> bool:
    """A gold ``YYYY-MM-DD`` or ``--MM-DD`` (or null) against a predicted ``{year, month, day}``."""
    if gold is None:
        return not pred or not (pred.get("month") and pred.get("day"))
    if not pred:
        return False
    m = _GOLD_DATE.fullmatch(gold)
    if m is None:
        raise ValueError(f"gold date must be YYYY-MM-DD or --MM-DD, got {gold!r}")
    if pred.get("month") != int(m.group(2)) or pred.get("day") != int(m.group(3)):
        return False
    return m.group(1) == "-" or pred.get("year") == int(m.group(1))


def place_ok(gold: list[str], pred: Mapping[str, Any] | None) -> bool:
    if not gold:
        return not pred
    return bool(pred) and fold(pred.get("name", "")) in {fold(g) for g in gold}


@dataclass
class PRF:
    """True positives, predictions and gold items, as in spaCy's ``PRFScore``."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if self.gold == 0 else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if self.pred == 0 else 0.0)

    @property
    def f(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f": round(self.f, 4)}


@dataclass
class DocScore:
    """The counts for one document."""

    doc_id: str
    counts: dict[str, PRF]
    date: bool
    place: bool
    mode: bool
    missing: bool = False
    missed_persons: list[str] = field(default_factory=list)  # gold names with no predicted person
    extra_persons: list[str] = field(default_factory=list)  # predicted names with no gold person

    def to_dict(self) -> dict[str, Any]:
        stm = self.counts["statements"]
        return {
            "doc_id": self.doc_id,
            "persons_f": round(self.counts["persons"].f, 3),
            "date": self.date,
            "place": self.place,
            "mode": self.mode,
            "statements": f"{stm.tp}/{stm.gold}",
            "missed_persons": self.missed_persons,
            "extra_persons": self.extra_persons,
            **({"missing": True} if self.missing else {}),
        }


@dataclass
class Scores:
    """Corpus totals and the per-document rows."""

    counts: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in FIELDS})
    docs: list[DocScore] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """``{field: {p, r, f}}`` plus ``date_acc``, ``place_acc``, ``mode_acc``, ``docs`` and ``missing``."""
        n = len(self.docs)
        out: dict[str, Any] = {k: v.to_dict() for k, v in self.counts.items()}
        for key in ("date", "place", "mode"):
            out[f"{key}_acc"] = round(sum(getattr(d, key) for d in self.docs) / n, 4) if n else 0.0
        out["docs"] = n
        out["missing"] = [d.doc_id for d in self.docs if d.missing]
        return out

    def table(self) -> str:
        """The summary as an aligned plain-text table."""
        s = self.summary()
        lines = [f"{'':14}{'P':>8}{'R':>8}{'F':>8}"]
        lines += [f"{k:14}{s[k]['p']:8.3f}{s[k]['r']:8.3f}{s[k]['f']:8.3f}" for k in FIELDS]
        lines += [f"{k:14}{s[k]:8.3f}" for k in ("date_acc", "place_acc", "mode_acc")]
        lines.append(f"{'docs':14}{s['docs']:8d}")
        if s["missing"]:
            lines.append(f"missing predictions: {', '.join(s['missing'])}")
        return "\n".join(lines)


def score_document(gold: Mapping[str, Any], pred: Mapping[str, Any] | None) -> DocScore:
    """Compare one gold annotation with one predicted record (a dict as dumped to JSON)."""
    missing = pred is None
    pred = pred or {}
    c = {k: PRF() for k in FIELDS}
    gp: list[dict[str, Any]] = list(gold.get("persons", []))
    pp: list[dict[str, Any]] = list(pred.get("persons", []) or [])
    m = match_persons(gp, pp)
    c["persons"].add(len(m), len(pp), len(gp))

    dtp = 0
    for gi, pi in m.items():
        pds = list(pp[pi].get("designations", []) or [])
        used: set[int] = set()
        for gd in gp[gi].get("designations", []):
            j = next((j for j, pd in enumerate(pds) if j not in used and designation_match(gd, pd)), None)
            if j is not None:
                used.add(j)
                dtp += 1
    c["designations"].add(dtp, sum(len(p.get("designations", []) or []) for p in pp),
                          sum(len(g.get("designations", [])) for g in gp))

    inv = {pi: gi for gi, pi in m.items()}

    def count_role(target: PRF, role: str, predicted: set[int]) -> None:
        gold_ids = {i for i, g in enumerate(gp) if role in g.get("roles", [])}
        target.add(sum(1 for pi in predicted if inv.get(pi) in gold_ids), len(predicted), len(gold_ids))

    def has_role(role: str, ids: set[Any]) -> set[int]:
        return {i for i, p in enumerate(pp) if p.get("id") in ids or role in (p.get("roles") or [])}

    stmts = pred.get("statements", []) or []
    count_role(c["attendees"], "attendee", has_role("attendee", set(pred.get("attendees", []) or [])))
    count_role(c["speakers"], "speaker", has_role("speaker", {s.get("speaker") for s in stmts}))
    for role in EVENT_ROLES:
        count_role(c["roles"], role, has_role(role, set()))

    by_id = {p.get("id"): i for i, p in enumerate(pp)}
    stp = 0
    taken: set[int] = set()
    gs = gold.get("statements", [])
    for g in gs:
        key = name_key(g["speaker"])
        gi = next((i for i, x in enumerate(gp) if name_key(x["name"]) == key
                   or key in {name_key(v) for v in x.get("variants", [])}), None)
        want = m.get(gi) if gi is not None else None
        if want is None:
            continue
        snippet = fold(g["contains"])
        j = next((j for j, s in enumerate(stmts)
                  if j not in taken and by_id.get(s.get("speaker")) == want and snippet in fold(s.get("text", ""))),
                 None)
        if j is not None:
            taken.add(j)
            stp += 1
    c["statements"].add(stp, len(stmts), len(gs))

    gdate, pdate = gold.get("date"), pred.get("date")
    d_ok = date_ok(gdate, pdate)
    has_pdate = bool(pdate and pdate.get("month") and pdate.get("day"))
    c["date"].add(int(d_ok and gdate is not None), int(has_pdate), int(gdate is not None))
    gplace = gold.get("place", [])
    p_ok = place_ok(gplace, pred.get("place"))
    c["place"].add(int(p_ok and bool(gplace)), int(bool(pred.get("place"))), int(bool(gplace)))
    mode_ok = gold.get("mode") is None or pred.get("mode") == gold.get("mode")
    matched = set(m.values())
    return DocScore(
        str(gold["doc_id"]), c, d_ok, p_ok, mode_ok, missing,
        missed_persons=[g["name"] for i, g in enumerate(gp) if i not in m],
        extra_persons=[str(p.get("name", "")) for i, p in enumerate(pp) if i not in matched],
    )


def _as_dict(record: Any) -> dict[str, Any]:
    if isinstance(record, Mapping):
        return dict(record)
    if hasattr(record, "model_dump"):
        return record.model_dump(mode="json")  # type: ignore[no-any-return]
    if hasattr(record, "to_json"):  # an ErrorRow from batch
        return record.to_json()  # type: ignore[no-any-return]
    raise TypeError(f"cannot score a prediction of type {type(record).__name__}")


def evaluate(gold: Iterable[Mapping[str, Any]], predictions: Iterable[Any]) -> Scores:
    """Score ``predictions`` (records or their JSON dicts) against ``gold`` annotations.

    Every gold document is scored; a gold document with no prediction counts as an empty one
    (and is listed under ``missing``). Predictions without gold are ignored.

    >>> from hindi_meeting_extract.evaluate import evaluate
    >>> gold = [{"doc_id": "a", "date": "--07-12", "place": ["कोरबा"], "mode": "in_person",
    ...          "persons": [{"name": "राजीव सिंह", "designations": [], "roles": []}], "statements": []}]
    >>> pred = [{"doc_id": "a", "date": {"month": 7, "day": 12}, "place": {"name": "कोरबा"},
    ...          "mode": "in_person", "persons": [{"id": "p1", "name": "डॉ राजीव सिंह"}]}]
    >>> s = evaluate(gold, pred).summary()
    >>> s["persons"]["f"], s["date_acc"], s["place_acc"]
    (1.0, 1.0, 1.0)
    """
    preds: dict[str, dict[str, Any]] = {}
    for record in predictions:
        d = _as_dict(record)
        if "error" in d and "persons" not in d:  # an error row from batch: no prediction
            continue
        preds[str(d.get("doc_id"))] = d
    scores = Scores()
    for g in gold:
        doc = score_document(g, preds.get(str(g["doc_id"])))
        for k, v in doc.counts.items():
            scores.counts[k].add(v.tp, v.pred, v.gold)
        scores.docs.append(doc)
    return scores


def _read_text(path: Path) -> str:
    from .clean import decode_utf8

    return decode_utf8(path.read_bytes(), str(path))


def check_gold(gold: object, source: str) -> dict[str, Any]:
    """``gold`` if it is a gold annotation (an object with ``doc_id``, well-formed date and persons),
    else :class:`~hindi_meeting_extract.errors.InputError` naming ``source``."""
    from .errors import InputError

    if not isinstance(gold, dict):
        raise InputError(f"{source}: a gold file holds one JSON object, got {type(gold).__name__}")
    if not isinstance(gold.get("doc_id"), str | int) or str(gold["doc_id"]) == "":
        raise InputError(f"{source}: no doc_id")
    date = gold.get("date")
    if date is not None and (not isinstance(date, str) or not _GOLD_DATE.fullmatch(date)):
        raise InputError(f"{source}: date must be YYYY-MM-DD, --MM-DD or null, got {date!r}")
    for key in ("persons", "statements", "place"):
        if not isinstance(gold.get(key, []), list):
            raise InputError(f"{source}: {key} must be a list")
    for i, person in enumerate(gold.get("persons", [])):
        if not isinstance(person, dict) or not isinstance(person.get("name"), str):
            raise InputError(f"{source}: persons[{i}] needs a name")
    for i, stmt in enumerate(gold.get("statements", [])):
        if not isinstance(stmt, dict) or not isinstance(stmt.get("speaker"), str) or not isinstance(
                stmt.get("contains"), str):
            raise InputError(f"{source}: statements[{i}] needs speaker and contains")
    return gold


def load_gold(gold_dir: str | Path) -> list[dict[str, Any]]:
    """The gold annotations of a directory of ``<doc_id>.json`` files, sorted by file name.

    A file that is not UTF-8 JSON of the gold format raises
    :class:`~hindi_meeting_extract.errors.InputError` naming the file.
    """
    from .errors import InputError

    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputError(f"gold directory {gold_dir} does not exist")
    paths = sorted(folder.glob("*.json"))
    if not paths:
        raise InputError(f"no gold *.json files in {gold_dir}")
    out = []
    for path in paths:
        try:
            data = json.loads(_read_text(path))
        except ValueError as exc:
            raise InputError(f"{path}: not valid JSON ({getattr(exc, 'msg', exc)}"
                             f"{f' at line {exc.lineno}' if hasattr(exc, 'lineno') else ''})") from None
        out.append(check_gold(data, str(path)))
    return out


def load_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Records from a JSONL file (one per line, as written by ``hindi-meeting-extract batch``).

    A line that is not a JSON object with a ``doc_id``, or bytes that are not UTF-8, raise
    :class:`~hindi_meeting_extract.errors.InputError` naming the file and line.
    """
    from .errors import InputError

    out = []
    for n, line in enumerate(_read_text(Path(path)).splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{path}:{n}: not valid JSON ({getattr(exc, 'msg', exc)})") from None
        if not isinstance(obj, dict) or "doc_id" not in obj:
            raise InputError(f"{path}:{n}: expected a record (a JSON object with doc_id)")
        out.append(obj)
    return out


def extract_for_gold(gold: Iterable[Mapping[str, Any]], texts_dir: str | Path, pipeline: Any = None) -> list[Any]:
    """Records (or batch error rows) extracted from ``texts_dir/<doc_id>.txt`` for each gold document.

    A doc_id may hold ``/`` (``2021/a`` is ``texts_dir/2021/a.txt``). A gold document whose text
    file is absent gets no record (:func:`evaluate` lists it as missing); when none of them has
    one, :class:`~hindi_meeting_extract.errors.InputError` says so.
    """
    from .batch import InputDocument, extract_one
    from .errors import InputError, InvalidUTF8
    from .pipeline import default_pipeline

    if not Path(texts_dir).is_dir():
        raise InputError(f"texts directory {texts_dir} does not exist")
    pipe = pipeline or default_pipeline()
    docs = []
    for g in gold:
        doc_id = str(g["doc_id"])
        path = Path(texts_dir) / f"{doc_id}.txt"
        if not path.is_file():
            continue
        try:
            docs.append(InputDocument(doc_id, _read_text(path)))
        except InvalidUTF8 as exc:
            docs.append(InputDocument(doc_id, None, ("InvalidUTF8", str(exc))))
    if not docs:
        raise InputError(f"no <doc_id>.txt file in {texts_dir} for any of the gold documents")
    return [extract_one(pipe, doc) for doc in docs]


def add_arguments(parser: Any) -> None:
    """The ``evaluate`` subcommand's arguments (``parser`` is an ``argparse.ArgumentParser``)."""
    parser.add_argument("gold_dir", metavar="GOLD_DIR", help="a directory of <doc_id>.json gold files")
    parser.add_argument("predictions", nargs="?", metavar="PRED.jsonl", help="records, one JSON object a line")
    parser.add_argument("--texts", metavar="DIR", help="extract from DIR/<doc_id>.txt instead of reading PRED")
    parser.add_argument("--per-doc", action="store_true", help="also print one JSON line per document")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    from .cli import add_max_chars

    add_max_chars(parser)


def run(args: Any) -> int:
    """``hindi-meeting-extract evaluate GOLD_DIR (PRED.jsonl | --texts DIR) [--per-doc] [--json]``."""
    import sys

    from .errors import InputError

    if (args.predictions is None) == (args.texts is None):
        raise InputError("evaluate needs either PRED.jsonl or --texts DIR (not both)")
    gold = load_gold(args.gold_dir)
    if args.texts:
        from .cli import pipeline_from

        preds: list[Any] = extract_for_gold(gold, args.texts, pipeline_from(args))
    else:
        preds = load_predictions(args.predictions)
        ids = {str(g["doc_id"]) for g in gold}
        if not any(str(p.get("doc_id")) in ids for p in preds):
            raise InputError(f"none of the {len(preds):,} records in {args.predictions} has the doc_id "
                             f"of a gold document in {args.gold_dir}")
    scores = evaluate(gold, preds)
    if args.per_doc:
        for doc in scores.docs:
            print(json.dumps(doc.to_dict(), ensure_ascii=False))
    print(json.dumps(scores.summary(), ensure_ascii=False) if args.json else scores.table())
    sys.stdout.flush()
    return 0
