"""People: names, honorifics, designations, merged into one person per individual.

Where each decision is made:

================================  ===========================================================
:mod:`.words`                     the folded text as words + separators (``WordView``), the
                                  ``NameCandidate`` and ``DesignationPhrase`` records
:mod:`.vocabulary`                the lexicon sections as folded word sets
:mod:`.anchors`                   honorifics (also glued: ``सचिवश्री``), trap phrases, role
                                  nouns, word kinds (a bounded per-word memory)
:mod:`.designation_phrases`       offices grown into designation phrases and their canonical
                                  form
:mod:`.names`                     where a name starts and ends; whether it is a name
:mod:`.anchored`                  the name after an honorific or an office, with the office
                                  before it
:mod:`.lists`                     what follows a name: its designation, an alias, the rest of
                                  a list; comma lists and names before a dashed office
:mod:`.unanchored`                known first names / surnames with no anchor, bylines, NER
:mod:`.model_names`               bare names the rules miss, from the learned name tagger
:mod:`.merge`                     mentions merged per individual; ``confidence``
:mod:`.stage`                     ``PersonStage``: the order the parts run in
================================  ===========================================================

A bare surname (``श्री सिंह``) only refers back to a person (:attr:`PersonEntity.references`)
and creates nobody.
"""

from __future__ import annotations

_KINDS_MAX = 200_000  # words whose kind a stage remembers (bounds a long-running stage's memory)

from .stage import PersonStage  # noqa: E402

__all__ = ["PersonStage"]
