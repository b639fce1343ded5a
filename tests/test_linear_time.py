"""Linear time: adversarial inputs cost about as much per character as ordinary text.

Every check is a ratio of two timings taken in the same run, round-robin (ordinary text and
the adversarial input measured alternately, best of a few rounds), so machine load cancels
out. Three checks per input kind:

* per-character cost at sizes n and 4n is at most ``MAX_PER_CHAR`` × that of ordinary text;
* the record's size stays within ``MAX_OUTPUT`` × that of ordinary text (no span that
  repeats the rest of the text for every match);
* going from n to 4n costs at most ``MAX_GROWTH`` × 4 (quadratic behaviour gives ~16),
  checked when the input costs at least half as much as ordinary text at 4n (below that,
  growth is timer noise).

A SIGALRM guard stops a runaway measurement (``regex`` checks signals while matching).
"""

from __future__ import annotations

import gc
import itertools
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
import regex

from hindi_meeting_extract import Pipeline

N = 3000
ROUNDS = 3
MAX_PER_CHAR = 10.0
MAX_GROWTH = 2.5
MAX_OUTPUT = 10.0
MAX_SCALE_GROWTH = 3.0
GUARD_SECONDS = 60

GIVEN = ["राजीव", "सुनीता", "अनिल", "कमला", "मोहन", "फ़ैज़", "प्रीति", "विकास", "गीता", "रमेश"]
FAMILY = ["सिंह", "शर्मा", "वर्मा", "देवी", "साहू", "अहमद", "पटेल", "यादव", "तिवारी", "गुप्ता"]
SENTENCES = [
    "कोरबा, 12 जुलाई। जिला कांग्रेस कमेटी की मासिक बैठक जिला कार्यालय में जिला अध्यक्ष श्री {a} की अध्यक्षता में संपन्न हुई।",
    "बैठक में मुख्य अतिथि के रूप में पूर्व मंत्री डॉ. {b} उपस्थित रहीं।",
    "श्री {a} ने कहा कि संगठन को बूथ स्तर तक मजबूत करना हमारी प्राथमिकता है।",
    'डॉ. {b} ने कहा, "आगामी चुनाव में हर कार्यकर्ता की भूमिका महत्वपूर्ण होगी।"',
    "बैठक में महामंत्री श्री {c}, कोषाध्यक्ष श्रीमती {b}, श्री {a} सहित अनेक कार्यकर्ता उपस्थित थे।",
    "कार्यक्रम का संचालन श्री {c} ने किया तथा आभार प्रदर्शन श्रीमती {b} ने किया।",
    "वर्चुअल बैठक ज़ूम के माध्यम से आयोजित की गई जिसमें 45 सदस्य जुड़े।",
    "उन्होंने बताया कि आगामी 15 अगस्त को रायपुर में प्रदेश स्तरीय सम्मेलन होगा।\n",
]


def ordinary(size: int) -> str:
    """Ordinary press-release text of exactly ``size`` characters, with a fresh cast of names."""
    names = (f"{g} {f}" for f, g in itertools.cycle(itertools.product(FAMILY, GIVEN)))
    parts: list[str] = []
    total = 0
    while total < size:
        a, b, c = next(names), next(names), next(names)
        for s in SENTENCES:
            parts.append(s.format(a=a, b=b, c=c) + " ")
            total += len(parts[-1])
    return "".join(parts)[:size]


def repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def then_blank(prefix: str) -> Callable[[int], str]:
    """``prefix`` and then blanks to the end (what a masked unclosed ``<script>`` leaves)."""
    return lambda size: (prefix + " " * size)[:size]


def parentheses(size: int) -> str:
    return "(" * (size // 2) + ")" * (size - size // 2)


def no_punctuation(size: int) -> str:
    """Ordinary text with every full stop, comma, quote and line break made a space: one sentence."""
    return regex.sub(r"[।॥.,:;!?\"“”'\n-]", " ", ordinary(size))


def distinct_people(size: int) -> str:
    names = (f"श्री {g} {f}, " for f, g in itertools.cycle(itertools.product(FAMILY, GIVEN)))
    return "".join(itertools.islice(names, size // 8))[:size]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "honorifics": repeat("श्री "),
    "honorific-dots": repeat("डॉ. "),
    "honorifics-no-space": repeat("श्री"),
    "designations": repeat("जिला अध्यक्ष "),
    "designation-list": repeat("महामंत्री, "),
    "honorific+designation": repeat("पूर्व मंत्री डॉ. श्री "),
    "name-fragments": repeat("राजीव "),
    "names-with-ji": repeat("राजीव सिंह जी "),
    "speech-cue": repeat("ने कहा कि "),
    "speaker+cue": repeat("श्री राजीव सिंह ने कहा कि "),
    "unbalanced-quotes": repeat('"श्री राजीव ने कहा '),
    "curly-quotes": repeat("“कहा "),
    "attendance-list": distinct_people,
    "no-punctuation": no_punctuation,
    "present-cue": repeat("उपस्थित थे "),
    "dates": repeat("12 जुलाई "),
    "digits": repeat("1"),
    "danda-run": repeat("।"),
    "dot-run": repeat("."),
    "comma-run": repeat(", "),
    "dash-run": repeat("-"),
    "deep-parentheses": parentheses,
    "one-letter": repeat("क"),
    "spaces": repeat(" "),
    "newlines": repeat("\n"),
    "latin": repeat("a"),
    "combining-marks": repeat("श्री" + "\u093c\u094d\u200d\u200c" * 20 + "राजीव "),
    "nasal-conjuncts": repeat("सन्त न्त न्"),
    "html-tags": repeat("<b>श्री "),
    "html-nested": repeat("<div>" * 40 + "श्री राजीव: बैठक सफल रही।" + "</div>" * 40 + "\n"),
    "script-blocks": repeat("<script>" + "var a = 1; " * 100 + "</script>\nश्री राजीव ने कहा: ठीक है\n"),
    "whitespace-lines": repeat(" " * 500 + "\n"),
    "number-then-whitespace": repeat("12" + " " * 400 + "\n"),
    "word-then-whitespace": then_blank("कोरबा"),
    "dateline-then-whitespace": then_blank("कोरबा 12 जुलाई"),
    "cue-then-whitespace": then_blank("डॉ. फ़ैज़ ने कहा\n"),
    "speaker-then-whitespace": then_blank("श्री राजीव सिंह ने कहा कि "),
    "designation-then-whitespace": then_blank("\n  महामंत्री "),
    "unclosed-script": repeat("राजीव<script>"),
    "date-words-in-whitespace": repeat("दिनांक " + " " * 200 + "12 " + " " * 200 + "जुलाई" + " " * 200 + "\n"),
    "indented-signed-lines": repeat("\n" + " \t" * 200 + "किसानों की आय दोगुनी करना लक्ष्य: राजीव सिंह"),
    "entities": repeat("&nbsp;श्री"),
}


class Runaway(Exception):
    pass


@contextmanager
def guard(seconds: int) -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise Runaway(f"more than {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@contextmanager
def no_gc() -> Iterator[None]:
    """Time without garbage-collection pauses (they grow with the heap, not with the input)."""
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def timed(pipeline: Pipeline, text: str) -> float:
    with no_gc():
        start = time.perf_counter()
        with guard(GUARD_SECONDS):
            pipeline.extract(text)
        return time.perf_counter() - start


def stage_seconds(pipeline: Pipeline, text: str) -> dict[str, float]:
    """Seconds spent in cleaning+backend and in each stage, by module name."""
    from hindi_meeting_extract.analysis import Analysis

    with no_gc():
        t0 = time.perf_counter()
        analysis = Analysis(pipeline.backend.annotate(pipeline._cleaner(text).view))
        out = {"backend": time.perf_counter() - t0}
        for stage in pipeline._stages:
            t0 = time.perf_counter()
            with guard(GUARD_SECONDS):
                stage(analysis)
            out[type(stage).__module__.rsplit(".", 1)[-1]] = time.perf_counter() - t0
    return out


def stage_times(pipeline: Pipeline, text: str) -> str:
    """Where the time goes, for a failure message."""
    try:
        return ", ".join(f"{k} {v:.3f}s" for k, v in stage_seconds(pipeline, text).items())
    except Exception as exc:  # diagnostics only
        return f"(no breakdown: {exc!r})"


def measure(pipeline: Pipeline, make: Callable[[int], str]) -> dict[str, float]:
    """Best-of-ROUNDS times of ordinary and adversarial text at N and 4N, interleaved."""
    texts = {"ord1": ordinary(N), "ord4": ordinary(4 * N), "adv1": make(N), "adv4": make(4 * N)}
    assert len(texts["adv1"]) == N and len(texts["adv4"]) == 4 * N
    best = dict.fromkeys(texts, float("inf"))
    for _ in range(ROUNDS):
        for key, text in texts.items():
            best[key] = min(best[key], timed(pipeline, text))
    return best


@pytest.fixture(scope="module")
def warm(pipeline: Pipeline) -> Pipeline:
    pipeline.extract(ordinary(N))  # lexicon caches, lazy imports
    return pipeline


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_adversarial_input_costs_linear_time(warm: Pipeline, kind: str) -> None:
    make = ADVERSARIAL[kind]
    try:
        t = measure(warm, make)
    except Runaway:
        pytest.fail(f"{kind}: one extract of {4 * N} characters ran away; {stage_times(warm, make(N))}")
    per_char = max(t["adv1"] / t["ord1"], t["adv4"] / t["ord4"])
    growth = (t["adv4"] / t["adv1"]) / 4  # 1 when linear, 4 when quadratic
    detail = (
        f"{kind}: per-char ratio {per_char:.1f}, growth ratio {growth:.2f} "
        f"(times {', '.join(f'{k}={v:.4f}s' for k, v in t.items())}); at 4N: {stage_times(warm, make(4 * N))}"
    )
    assert per_char <= MAX_PER_CHAR, detail
    if t["adv4"] >= 0.5 * t["ord4"]:  # growth of a negligible cost is timer noise
        assert growth <= MAX_GROWTH, detail


@pytest.fixture(scope="module")
def ordinary_output(warm: Pipeline) -> int:
    return len(warm.extract(ordinary(4 * N)).model_dump_json())


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_output_size_is_linear(warm: Pipeline, ordinary_output: int, kind: str) -> None:
    """The record stays within MAX_OUTPUT x what ordinary text of the same length gives."""
    got = len(warm.extract(ADVERSARIAL[kind](4 * N)).model_dump_json())
    assert got <= MAX_OUTPUT * ordinary_output, f"{kind}: record JSON {got / ordinary_output:.1f}x ordinary"


def test_ordinary_text_itself_grows_linearly(warm: Pipeline) -> None:
    best = {1: float("inf"), 4: float("inf"), 16: float("inf")}
    for _ in range(ROUNDS):
        for k in best:
            best[k] = min(best[k], timed(warm, ordinary(k * N)))
    growth = (best[16] / best[4]) / 4
    assert growth <= MAX_GROWTH, f"16N/4N took {best[16] / best[4]:.1f}x ({best}); {stage_times(warm, ordinary(16 * N))}"


def best_stage_seconds(warm: Pipeline, small: str, big: str) -> tuple[dict[str, float], dict[str, float]]:
    """Per-stage seconds for ``small`` and ``big``, the best of two interleaved runs each."""
    best_small: dict[str, float] = {}
    best_big: dict[str, float] = {}
    for _ in range(2):
        for best, text in ((best_small, small), (best_big, big)):
            for k, v in stage_seconds(warm, text).items():
                best[k] = min(best.get(k, float("inf")), v)
    return best_small, best_big


@pytest.mark.slow
def test_each_stage_grows_linearly_on_long_ordinary_text(warm: Pipeline) -> None:
    """125k vs 2M characters (16x): a stage with a quadratic part shows it only at this scale."""
    small, big = ordinary(125_000), ordinary(2_000_000)
    best_small, best_big = best_stage_seconds(warm, small, big)
    total = sum(best_big.values())
    for k, v in best_big.items():
        if v >= 0.05 * total:  # a stage that matters
            growth = v / max(best_small[k], 1e-9) / 16
            assert growth <= MAX_GROWTH, f"{k}: 16x the text took {growth * 16:.0f}x the time ({best_small} -> {best_big})"


@pytest.mark.slow
@pytest.mark.parametrize(
    "kind",
    sorted(ADVERSARIAL),
)
def test_each_stage_grows_linearly_at_scale(warm: Pipeline, kind: str) -> None:
    """32k vs 256k characters (8x) of each adversarial kind, stage by stage: linear is 8x,
    quadratic 64x; fails above MAX_SCALE_GROWTH x 8."""
    make = ADVERSARIAL[kind]
    small, big = make(32_000), make(256_000)
    best_small, best_big = best_stage_seconds(warm, small, big)
    floor = 0.5 * sum(stage_seconds(warm, ordinary(256_000)).values())  # below this, growth is noise
    for k, v in best_big.items():
        if v >= floor:
            growth = v / max(best_small[k], 1e-9) / 8
            assert growth <= MAX_SCALE_GROWTH, (
                f"{kind}: {k} took {growth * 8:.1f}x for 8x the text ({best_small[k]:.3f}s -> {v:.3f}s)"
            )


LONG_RUNS: dict[str, Callable[[int], str]] = {
    "one-letter": repeat("क"),
    "spaces": repeat(" "),
    "danda-run": repeat("।"),
    "honorifics": repeat("श्री "),
    "honorifics-no-space": repeat("श्री"),
    "designations": repeat("जिला अध्यक्ष "),
    "speaker+cue": repeat("श्री राजीव सिंह ने कहा कि "),
    "unbalanced-quotes": repeat('"श्री राजीव ने कहा '),
    "no-punctuation": no_punctuation,
    "whitespace": repeat(" \t \n"),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(LONG_RUNS))
def test_a_200k_run(warm: Pipeline, kind: str) -> None:
    """200,000 characters of one repeated unit, or of text without punctuation."""
    size, make = 200_000, LONG_RUNS[kind]
    base = big = float("inf")
    for _ in range(2):
        base = min(base, timed(warm, ordinary(16 * N)))
        try:
            big = min(big, timed(warm, make(size)))
        except Runaway:
            pytest.fail(f"{kind} * {size}: ran away; at {size // 10}: {stage_times(warm, make(size // 10))}")
    ratio = (big / size) / (base / (16 * N))
    assert ratio <= MAX_PER_CHAR, f"{kind}: per-char ratio {ratio:.1f} vs ordinary text; {stage_times(warm, make(size))}"


# --------------------------------------------------------------------------- issue 16: growth per stage

from hostile_texts import TRIGGERS, dotted_letters, stray_punctuation  # noqa: E402

from hindi_meeting_extract.lexicon import Lexicons  # noqa: E402
from hindi_meeting_extract.segment import SentenceSplitter, tokenize  # noqa: E402

MAX_TRIGGER_GROWTH = 5.0  # for 4x the text (linear: 4, quadratic: 16); the bar of issue 16


def _best_of(fns: dict[str, tuple[Callable[[str], object], str]], rounds: int = 3) -> dict[str, float]:
    """Best-of-``rounds`` seconds of each ``fn(text)``, the calls interleaved (load cancels out)."""
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(rounds):
        for key, (fn, text) in fns.items():
            with no_gc():
                start = time.perf_counter()
                with guard(GUARD_SECONDS):
                    fn(text)
                best[key] = min(best[key], time.perf_counter() - start)
    return best


def _allowed_growth(reference_growth: float) -> float:
    """MAX_TRIGGER_GROWTH, scaled up when ordinary text itself grows more than 4x for 4x the
    length in this run (caches and a loaded machine make big inputs cost a little more per
    character, for linear code too)."""
    return MAX_TRIGGER_GROWTH * max(1.0, reference_growth / 4)


@pytest.mark.parametrize(
    "trigger",
    list(TRIGGERS),
)
@pytest.mark.parametrize("seed", [1, 2])
def test_each_stage_grows_linearly_on_generated_hostile_text(warm: Pipeline, trigger: str, seed: int) -> None:
    """Random texts of one trigger kind at 25k and 100k characters: every stage that matters
    grows at most MAX_TRIGGER_GROWTH x (see _allowed_growth), and the whole costs at most
    MAX_PER_CHAR x ordinary text of the same length."""
    make = TRIGGERS[trigger]
    texts = {"small": make(25_000, seed), "big": make(100_000, seed), "ord_small": ordinary(25_000), "ord_big": ordinary(100_000)}
    best: dict[str, dict[str, float]] = {k: {} for k in texts}
    try:
        for _ in range(2):
            for key, text in texts.items():
                for stage, seconds in stage_seconds(warm, text).items():
                    best[key][stage] = min(best[key].get(stage, float("inf")), seconds)
    except Runaway:
        pytest.fail(f"{trigger}: a stage ran more than {GUARD_SECONDS} s at 100k characters")
    total = {k: sum(v.values()) for k, v in best.items()}
    allowed = _allowed_growth(total["ord_big"] / total["ord_small"])
    for stage, seconds in best["big"].items():
        if seconds >= 0.1 * total["big"] and seconds >= 0.2 * total["ord_big"]:  # a stage that matters
            growth = seconds / max(best["small"][stage], 1e-9)
            assert growth <= allowed, (
                f"{trigger}: {stage} took {growth:.1f}x for 4x the text ({best['small'][stage]:.3f}s -> {seconds:.3f}s;"
                f" allowed {allowed:.1f}x)"
            )
    assert total["big"] <= MAX_PER_CHAR * total["ord_big"], f"{trigger}: {total['big'] / total['ord_big']:.1f}x ordinary text ({best['big']})"


def test_sentence_splitting_grows_linearly_on_stray_punctuation() -> None:
    """A sentence and then 400k characters of punctuation-only pieces (each joins the sentence)."""
    split = SentenceSplitter(Lexicons.load()).split
    big = stray_punctuation(400_000, 3)
    assert len(split(big)) == 1 and split(big)[0].end == len(big.rstrip())
    t = _best_of({"small": (split, stray_punctuation(100_000, 3)), "big": (split, big),
                  "ord_small": (split, ordinary(100_000)), "ord_big": (split, ordinary(400_000))})
    allowed = _allowed_growth(t["ord_big"] / t["ord_small"])
    assert t["big"] / t["small"] <= allowed, f"{t}; allowed {allowed:.1f}x"
    # (per character, a break every two characters costs more than prose; the whole pipeline's
    # cost on this text is checked against ordinary text in the generated-text test above)


def test_tokenize_grows_linearly_on_dotted_letters() -> None:
    """``a.a.a.…`` and other runs of e-mail characters without an ``@``."""
    assert [t.text for t in tokenize("a.b@example.org a.a.a")] == ["a.b@example.org", "a", ".", "a", ".", "a"]
    t = _best_of({"small": (tokenize, dotted_letters(100_000, 4)), "big": (tokenize, dotted_letters(400_000, 4)),
                  "ord_small": (tokenize, ordinary(100_000)), "ord_big": (tokenize, ordinary(400_000))})
    allowed = _allowed_growth(t["ord_big"] / t["ord_small"])
    assert t["big"] / t["small"] <= allowed, f"{t}; allowed {allowed:.1f}x"
    assert t["big"] <= MAX_PER_CHAR * t["ord_big"], f"{t['big'] / t['ord_big']:.1f}x ordinary text"
