"""Build ``data/person_names.toml``: given names and surnames Indians carry, from open data.

Two deterministic steps (same inputs, same bytes out):

``extract``  reads the raw third-party files (downloaded by hand, never committed; their
             SHA-256 is checked) and writes ``scripts/name_data/name_counts.tsv``: for every
             name part, in how many distinct persons of each source it stood first (given)
             or last (surname). Only these aggregate counts are kept: no record, address or
             other personal detail.
``build``    reads those counts, the person spans of IL-NER Hindi train
             (``../shared/data/il-ner-hi/train.tsv``) and the packaged lexicons, and writes
             ``src/hindi_meeting_extract/data/person_names.toml``.

How a name part is decided (see docs/lexicons.md, "person_names.toml"):

* it is Devanagari letters and marks only, NFC, at least two characters, not a spoken
  letter (initial), and no form of it is a function word, verb, postposition, title,
  office, department, cue word, month or weekday of the packaged lexicons (then it is
  dropped: it can never be a name part);
* it is attested as a person's name part: in IL-NER person spans (human annotation, counts
  twice) or in two or more distinct real persons of the other sources; a form found only in
  the baby-name list is kept as *ambiguous* (a list of meanings, many of them words);
* it is *ambiguous* when it is also an ordinary word: IL-NER train uses it outside person
  spans (tag O or another entity) at least once for every four person uses, or it is a
  venue/place word of ``places.toml``. Ambiguous parts go to ``ambiguous_given_names`` /
  ``ambiguous_surnames`` only, never to ``given_names`` / ``surnames``.

Usage::

    python3 scripts/build_names.py extract --raw DIR   # DIR holds the files named in RAW_SOURCES
    python3 scripts/build_names.py build               # writes the TOML
    python3 scripts/build_names.py build --check       # exit 1 if the shipped TOML differs
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import tomllib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "hindi_meeting_extract" / "data"
OUT = DATA / "person_names.toml"
COUNTS = ROOT / "scripts" / "name_data" / "name_counts.tsv"

def _shared() -> Path:
    """``shared/`` beside the repository (a worktree under wt/ looks two levels up)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared").is_dir():
            return base / "shared"
    return ROOT.parent / "shared"


ILNER_TRAIN = _shared() / "data" / "il-ner-hi" / "train.tsv"

VERSION = "1"


@dataclass(frozen=True)
class RawSource:
    key: str
    file: str  # name of the downloaded file in --raw DIR
    title: str
    repository: str
    commit: str
    path: str
    licence: str
    sha256: str
    note: str


RAW_SOURCES = (
    RawSource(
        "affidavits",
        "affidavits.csv",
        "Candidate names (Hindi and English) from Election Commission of India affidavits, 2021 "
        "assembly elections of Tamil Nadu, West Bengal, Kerala, Assam and Puducherry",
        "in-rolls/indicate",
        "41e5774b7c598b49f62130587772ed9b8baccec9",
        "indicate/data/affidavits.csv",
        "MIT (repository licence, Copyright (c) 2021 Rajasekhar Chintalapati and Gaurav Sood)",
        "892959d997b991a9bc3d857f0d42cfeba8dd5160289c6c03862259e40077704e",
        "columns name_hindi and fathers_or_husbands_name_hindi; only name-part counts are kept",
    ),
    RawSource(
        "cricket",
        "players_with_hindi_names.json",
        "Cricket players' names in Hindi (ESPNcricinfo Hindi pages), Indian players only",
        "in-rolls/indicate",
        "41e5774b7c598b49f62130587772ed9b8baccec9",
        "indicate/data/players_with_hindi_names.json",
        "MIT (repository licence, Copyright (c) 2021 Rajasekhar Chintalapati and Gaurav Sood)",
        "789fda2afc8ad2896d254227725d0113787abf052a4c936979a7b608ff7f882b",
        "field hindi_long_name of players with country_id 6 (India)",
    ),
    RawSource(
        "cmu_names",
        "names.tsv",
        "Indian Names Corpus: English-Hindi parallel data of Indian first names "
        "(Alok Parlikar, Language Technologies Institute, Carnegie Mellon University, 2011)",
        "Sanjay-George/isl_translator_server",
        "c36d38e873ba5199d2fd52b4322b309662405cf0",
        "resources/data/indian_names/names.tsv",
        "CC-BY-3.0 (resources/data/indian_names/LICENSE; author Alok Parlikar; "
        "'Thorough proof-reading has not been performed on this data')",
        "b142c4f0b0510bf367602bbbfaf238fd3f999c8bf90d65eec1dbf7b32d41abf2",
        "Hindi column; a form found only here is kept as ambiguous",
    ),
)

ILNER = {
    "title": "IL-NER Hindi train split (person spans B-NEP/I-NEP and every other token)",
    "repository": "SankalpBahad/IL-NER",
    "commit": "079e9184d819cf8114e989b0b9380b5ef4faa9e2",
    "path": "Datasets/Hindi/Hindi-train.txt (copy: ../shared/data/il-ner-hi/train.tsv)",
    "licence": "CC-BY-4.0",
    "attribution": "Sankalp Bahad, Pruthwik Mishra, Karunesh Arora, Rakesh Chandra Balabantaray, "
    "Dipti Misra Sharma, Parameswari Krishnamurthy. Fine-tuning Pre-trained Named Entity "
    "Recognition Models For Indian Languages. arXiv:2405.04829, 2024. "
    "Bhashini project (IIIT Hyderabad, CDAC Noida, IIIT Bhubaneswar).",
}

# Lexicon sections whose words are never name parts: grammar, cue words, calendar, initials,
# titles and offices. A name part found in one of them is dropped.
NEVER = {
    "names.toml": {"postpositions", "agent_postpositions", "genitives", "conjunctions", "list_links", "alias",
                   "verbs", "function_words", "non_name_endings", "byline_labels"},
    "cues.toml": None,  # every section
    "calendar.toml": None,
    "segmentation.toml": None,
    "honorifics.toml": {"titles", "plural", "needs_dot", "glued", "trailing"},
    "designations.toml": {"offices", "abbreviations", "plural", "generic"},
}
# Lexicon sections of ordinary words that are also name parts (भारत, कल्याण, पंडित, सरकार …):
# a name part found in one of them is ambiguous.
WORDLIKE = {
    "names.toml": {"regions", "institution_words", "deities", "devotions", "title_blockers", "role_nouns",
                   "trap_phrases"},
    "honorifics.toml": {"ranks", "professional", "religious", "noun_titles"},
    "designations.toml": None,  # the sections not in NEVER
    "places.toml": None,
}
# Words written before a dead parent's name in affidavits (स्वर्गीय, मृत …): not name parts.
OBITUARY = {"स्वर्गीय", "स्व", "मृत", "प्रयात", "दिवंगत", "late", "लेट", "पिता", "पति", "स्वर्गिय"}

NAME_PART = regex.compile(r"[\u0900-\u0963\u0971-\u097F]{2,}")  # Devanagari letters and marks
SOUTH = {"Tamil Nadu", "Kerala", "Puducherry"}

# A person use counts this many times for IL-NER (human annotation); once elsewhere.
ILNER_WEIGHT = 2
MIN_EVIDENCE = 2
# ambiguous when other uses >= person uses / AMBIGUITY_RATIO (and at least one)
AMBIGUITY_RATIO = 4


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def name_parts(full: str) -> list[str]:
    """The name parts of one person's name, initials and punctuated forms dropped."""
    out = []
    for tok in nfc(full).replace("-", " ").split():
        if tok.lower().replace("\u093c", "") in OBITUARY:
            out = []
            continue
        if NAME_PART.fullmatch(tok):
            out.append(tok)
        else:
            out.append("")  # an initial (के.), an abbreviation (मो:) or a stray mark
    return out


def roles(parts: list[str], south: bool = False) -> Iterator[tuple[str, str]]:
    """(form, role) for a person's name parts: the first is given, the last a surname.

    Initials are skipped; a name of one part gives a given name. In Tamil Nadu, Kerala and
    Puducherry the last part is often a given name (a father's, or one's own after initials),
    so there it is counted apart (``south_last``) and read as a surname only when the same
    form is never a first part.
    """
    real = [p for p in parts if p]
    if not real:
        return
    yield real[0], "given"
    if len(real) > 1:
        yield real[-1], "south_last" if south else "surname"


# ---------------------------------------------------------------------------------------
# extract: raw third-party files -> aggregate counts


def _affidavit_names(path: Path) -> Iterator[tuple[str, bool]]:
    seen: set[tuple[str, str]] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            key = (row["name_hindi"].strip(), row["fathers_or_husbands_name_hindi"].strip())
            if key in seen:
                continue
            seen.add(key)
            south = row["state"] in SOUTH
            for name in key:
                if name:
                    yield name, south


def _cricket_names(path: Path) -> Iterator[tuple[str, bool]]:
    seen: set[str] = set()
    for p in json.loads(path.read_text(encoding="utf-8")):
        name = (p.get("hindi_long_name") or "").strip()
        if p.get("country_id") == 6 and name and name not in seen:
            seen.add(name)
            yield name, False


def _cmu_names(path: Path) -> Iterator[tuple[str, bool]]:
    seen: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) != 2 or cols[0] == "english":
            continue
        hindi = cols[1].strip()
        if hindi and " " not in hindi and "-" not in hindi and hindi not in seen:
            seen.add(hindi)
            yield hindi, True  # a first-name list: every entry is a given name


READERS = {"affidavits": _affidavit_names, "cricket": _cricket_names, "cmu_names": _cmu_names}


def extract(raw: Path) -> None:
    counts: Counter[tuple[str, str, str]] = Counter()
    for src in RAW_SOURCES:
        path = raw / src.file
        if not path.exists():
            sys.exit(f"build_names: missing {path} (from {src.repository}@{src.commit[:10]}:{src.path})")
        got = sha256(path)
        if got != src.sha256:
            sys.exit(f"build_names: {path} has SHA-256 {got}, expected {src.sha256}")
        for name, south in READERS[src.key](path):
            for form, role in roles(name_parts(name), south):
                counts[(src.key, role, form)] += 1
    COUNTS.parent.mkdir(parents=True, exist_ok=True)
    with COUNTS.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# source\trole\tform\tpersons  (built by scripts/build_names.py extract)\n")
        for (src, role, form), n in sorted(counts.items()):
            fh.write(f"{src}\t{role}\t{form}\t{n}\n")
    print(f"wrote {COUNTS.relative_to(ROOT)}: {len(counts)} rows")


# ---------------------------------------------------------------------------------------
# build: counts + IL-NER + lexicons -> person_names.toml


def read_counts(path: Path = COUNTS) -> dict[tuple[str, str, str], int]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        src, role, form, n = line.split("\t")
        out[(src, role, form)] = int(n)
    return out


def ilner_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                yield cur
                cur = []
            continue
        cols = line.split("\t")
        tag = cols[-1].strip() if len(cols) > 1 else "O"
        if tag == "-" or not tag:
            tag = "O"
        elif tag.startswith("-"):
            tag = "B" + tag
        cur.append((nfc(cols[0].strip()), tag))
    if cur:
        yield cur


def ilner_counts(path: Path) -> tuple[Counter[tuple[str, str]], Counter[str]]:
    """(form, role) person uses, and other uses of every token, in IL-NER train."""
    person: Counter[tuple[str, str]] = Counter()
    other: Counter[str] = Counter()
    for sent in ilner_sentences(path):
        i = 0
        while i < len(sent):
            tok, tag = sent[i]
            if tag == "B-NEP" or (tag == "I-NEP" and (i == 0 or not sent[i - 1][1].endswith("NEP"))):
                j = i + 1
                while j < len(sent) and sent[j][1] == "I-NEP":
                    j += 1
                for form, role in roles(name_parts(" ".join(t for t, _ in sent[i:j]))):
                    person[(form, role)] += 1
                i = j
                continue
            other[tok] += 1
            i += 1
    return person, other


def lexicon_words(spec: dict[str, set[str] | None], exclude: dict[str, set[str] | None] | None = None) -> set[str]:
    """Every word of every form of the named sections (None: all) of packaged lexicon files, folded."""
    sys.path.insert(0, str(ROOT / "src"))
    from hindi_meeting_extract.lexicon import parse_lexicon
    from hindi_meeting_extract.normalize import fold

    words: set[str] = set()
    for name, sections in spec.items():
        lx = parse_lexicon((DATA / name).read_text(encoding="utf-8"), source=name)
        skip = (exclude or {}).get(name) or set()
        for sec_name, sec in lx.sections.items():
            if (sections is not None and sec_name not in sections) or sec_name in skip:
                continue
            for form in sec.forms:
                words.update(fold(w) for w in form.replace(".", " ").split())
    return words


def folder():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "src"))
    from hindi_meeting_extract.normalize import fold

    return fold


def hand_names() -> dict[str, set[str]]:
    """Folded forms already in names.toml's hand-written name sections, by role."""
    fold = folder()
    data = tomllib.loads((DATA / "names.toml").read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {"given": set(), "surname": set()}
    for sec, role in (("given_names", "given"), ("surnames", "surname"), ("ambiguous_surnames", "surname"),
                      ("middle_names", "given"), ("middle_names", "surname")):
        for canonical, variants in data[sec].items():
            for f in ([canonical, *variants] if canonical != "items" else variants):
                out[role].add(fold(f))
    return out


# Spelling variants grouped under one canonical form: vowel length, ष/श, ण/न, nukta, nasal.
_LOOSE = str.maketrans({"ी": "ि", "ू": "ु", "ई": "इ", "ऊ": "उ", "ष": "श", "ण": "न", "ँ": "ं", "़": None})


def loose_key(form: str) -> str:
    return folder()(form).translate(_LOOSE)


@dataclass
class Built:
    sections: dict[str, dict[str, list[str]]]
    stats: dict[str, int]


_ONE_AKSHARA = regex.compile(r"[\u0915-\u0939\u0958-\u095F\u0978-\u097F]\u093C?[\u093E-\u094C\u0962\u0963]?[\u0901\u0902]?|[\u0904-\u0914][\u0901\u0902]?")


def is_name_shape(form: str, folded: str) -> bool:
    """Devanagari letters only, more than one syllable-sign cluster (not a bare initial like टि)."""
    return bool(NAME_PART.fullmatch(form)) and not _ONE_AKSHARA.fullmatch(folded) and not form.endswith(("ों", "ओं"))


def decide(counts: dict[tuple[str, str, str], int], ilner_path: Path = ILNER_TRAIN) -> Built:
    fold = folder()
    never = lexicon_words(NEVER)
    wordlike = lexicon_words(WORDLIKE, exclude=NEVER) - never
    have = hand_names()
    person, other = ilner_counts(ilner_path)
    other_uses: Counter[str] = Counter()
    for tok, n in other.items():
        other_uses[fold(tok)] += n

    # evidence per role: real persons (IL-NER person spans count twice); the baby-name list apart
    real: dict[str, Counter[str]] = {"given": Counter(), "surname": Counter()}
    south_last: Counter[str] = Counter()
    baby: Counter[str] = Counter()
    person_uses: Counter[str] = Counter()
    outside_ilner: Counter[str] = Counter()
    for (form, role), n in person.items():
        real[role][form] += ILNER_WEIGHT * n
        person_uses[fold(form)] += n
    for (src, role, form), n in counts.items():
        if src == "cmu_names":
            baby[form] += n
        elif role == "south_last":
            south_last[form] += n
            outside_ilner[fold(form)] += n
        else:
            real[role][form] += n
            outside_ilner[fold(form)] += n
    for form, n in south_last.items():  # a last part in the south: a surname only if never first
        real["given" if real["given"][form] else "surname"][form] += n

    sections: dict[str, dict[str, str]] = {s: {} for s in ("given_names", "surnames", "ambiguous_given_names", "ambiguous_surnames")}
    stats: Counter[str] = Counter()
    for role, clear_sec, amb_sec in (("given", "given_names", "ambiguous_given_names"),
                                     ("surname", "surnames", "ambiguous_surnames")):
        forms = set(real[role]) | (set(baby) if role == "given" else set())
        for form in sorted(forms):
            f = fold(form)
            if not is_name_shape(form, f) or f in never:
                stats[f"{role}: dropped (not a name part, or a grammar/title/office word)"] += 1
                continue
            ev = real[role][form]
            if role == "surname" and (real["given"][form] > 3 * ev or (f in have["given"] and f not in have["surname"])):
                stats["surname: dropped (mostly a given name)"] += 1
                continue
            if role == "given" and (real["surname"][form] >= max(ev, 1) or (f in have["surname"] and f not in have["given"])):
                stats["given: dropped (as often a surname: surname-first order)"] += 1
                continue
            uses, others = person_uses[f], other_uses[f]
            used_as_word = others >= 1 and others * AMBIGUITY_RATIO >= max(uses, 1)
            if used_as_word and not outside_ilner[f] and not baby[form] and others >= 3 * max(uses, 1):
                stats[f"{role}: dropped (IL-NER: mostly a word, no other source)"] += 1
                continue
            attested = ev >= MIN_EVIDENCE
            if not attested and not baby[form]:
                stats[f"{role}: dropped (too little evidence)"] += 1
                continue
            ambiguous = used_as_word or f in wordlike or not attested
            if ambiguous and not attested and others * AMBIGUITY_RATIO > max(uses, 1):
                stats[f"{role}: dropped (baby-name list only, used as a word)"] += 1
                continue
            if f in have[role] and not ambiguous:
                stats[f"{role}: already in names.toml"] += 1
                continue
            target = amb_sec if ambiguous else clear_sec
            prev = sections[target].get(f)
            if prev is None or (ev + baby[form], prev) > (real[role][prev] + baby[prev], form):
                sections[target][f] = form

    # spellings folding alike: one attested spelling makes the name part clear
    for clear_sec, amb_sec in (("given_names", "ambiguous_given_names"), ("surnames", "ambiguous_surnames")):
        for f in set(sections[amb_sec]) & set(sections[clear_sec]):
            del sections[amb_sec][f]
    # group spelling variants under the best-attested form
    out: dict[str, dict[str, list[str]]] = {}
    for sec, by_fold in sections.items():
        role = "given" if "given" in sec else "surname"
        groups: dict[str, list[str]] = defaultdict(list)
        for form in by_fold.values():
            groups[loose_key(form)].append(form)
        entries: dict[str, list[str]] = {}
        for forms in groups.values():
            forms.sort(key=lambda x: (-(real[role][x] + baby[x]), x))
            entries[forms[0]] = forms[1:]
        out[sec] = dict(sorted(entries.items()))
        stats[f"{sec}: entries"] = len(entries)
        stats[f"{sec}: forms"] = sum(1 + len(v) for v in entries.values())
    return Built(out, dict(sorted(stats.items())))


class InvalidNames(ValueError):
    """A generated name entry breaks a rule of the lexicon."""


def validate(sections: dict[str, dict[str, list[str]]], never: set[str] | None = None) -> None:
    """Check the generated sections; raise :class:`InvalidNames` naming the first bad entry.

    Every form is NFC, Devanagari letters and marks only, has a name's shape (not a bare
    initial), is not a grammar/title/office/cue word of the packaged lexicons, and appears
    once per role (a form is never both clear and ambiguous in one role).
    """
    fold = folder()
    never = lexicon_words(NEVER) if never is None else never
    for role in ("given", "surname"):
        seen: dict[str, str] = {}
        for sec in (f"{role}_names" if role == "given" else "surnames", f"ambiguous_{role}_names" if role == "given" else "ambiguous_surnames"):
            for canonical, variants in sections.get(sec, {}).items():
                for form in (canonical, *variants):
                    where = f"[{sec}] {form!r}"
                    if unicodedata.normalize("NFC", form) != form:
                        raise InvalidNames(f"{where}: not NFC")
                    f = fold(form)
                    if not is_name_shape(form, f):
                        raise InvalidNames(f"{where}: not a Devanagari name part")
                    if f in never:
                        raise InvalidNames(f"{where}: a grammar, title, office or cue word, never a name part")
                    if f in seen:
                        raise InvalidNames(f"{where}: listed twice (also in [{seen[f]}])")
                    seen[f] = sec


def render(built: Built) -> str:
    q = lambda s: json.dumps(s, ensure_ascii=False)  # noqa: E731  (TOML basic strings = JSON strings here)
    lines = [
        "# GENERATED by scripts/build_names.py from open data: do not edit by hand.",
        "# Rebuild: python3 scripts/build_names.py build  (a test checks this file matches).",
        "#",
        "# SOURCES (licence; attribution required where stated):",
        f"#   IL-NER Hindi train: {ILNER['repository']}@{ILNER['commit']} {ILNER['path']}; {ILNER['licence']}.",
        f"#     {ILNER['attribution']}",
    ]
    for s in RAW_SOURCES:
        lines.append(f"#   {s.title}: {s.repository}@{s.commit} {s.path}; {s.licence}.")
    lines += [
        "#",
        "# Sections (merged into the 'names' lexicon with names.toml's hand-written ones):",
        "#   given_names / surnames                       name parts that are not ordinary words",
        "#   ambiguous_given_names / ambiguous_surnames   also ordinary words (or only in the baby-name",
        "#                                                list): a name only where the position says so",
        "# An entry is canonical = [other spellings]. Forms already in names.toml are not repeated.",
        "",
        "[meta]",
        'name = "names"',
        f'version = "{VERSION}"',
        'description = "Given names and surnames from open data (IL-NER Hindi, election affidavits, '
        'cricket players, Indian Names Corpus), with ambiguous ones apart."',
        "",
        "[[meta.sources]]",
        f"name = {q('IL-NER Hindi train')}",
    ]
    for k, v in ILNER.items():
        lines.append(f"{k} = {q(v)}")
    for s in RAW_SOURCES:
        lines += ["", "[[meta.sources]]", f"name = {q(s.key)}"]
        for k in ("title", "repository", "commit", "path", "licence", "sha256", "note"):
            lines.append(f"{k} = {q(getattr(s, k))}")
    for sec, entries in built.sections.items():
        lines += ["", f"[{sec}]"]
        for canonical, variants in entries.items():
            lines.append(f"{q(canonical)} = [{', '.join(q(v) for v in variants)}]")
    return "\n".join(lines) + "\n"


def build(check: bool = False, verbose: bool = True) -> int:
    built = decide(read_counts())
    validate(built.sections)
    text = render(built)
    if verbose:
        for k, v in built.stats.items():
            print(f"{k}: {v}")
    if check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("person_names.toml is up to date" if same else "person_names.toml differs from what the script builds")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("extract", help="raw third-party files -> scripts/name_data/name_counts.tsv")
    ex.add_argument("--raw", type=Path, required=True, help="folder holding the downloaded files")
    bd = sub.add_parser("build", help="counts + IL-NER + lexicons -> data/person_names.toml")
    bd.add_argument("--check", action="store_true", help="only compare with the shipped file")
    args = ap.parse_args(argv)
    if args.cmd == "extract":
        extract(args.raw)
        return 0
    if not ILNER_TRAIN.exists():
        print(f"build_names: IL-NER train not found at {ILNER_TRAIN}", file=sys.stderr)
        return 2
    return build(check=args.check)


if __name__ == "__main__":
    sys.exit(main())
