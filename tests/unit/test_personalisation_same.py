"""`guidance.personalisation` splits the body line by line (cached) and skips the matcher when
one side of the differing middle is empty: the counts must be exactly those it gave before,
for any edit of a template."""

from __future__ import annotations

import random
import re
from difflib import SequenceMatcher

from appeal_tui.core.guidance import Personalisation, personalisation

WORD = re.compile(r"\w+(?:['’\-]\w+)*", re.UNICODE)
TEMPLATE = (
    "Your Excellency,\n\nI am writing to ask for the release of Maryam, a teacher detained "
    "since March.\nShe is held without charge; her family has not seen her.\n\n"
    "Please ensure that she is protected from torture and has access to a lawyer of her "
    "choice.\n\nYours sincerely,"
)
VOCABULARY = [
    "I",
    "am",
    "a",
    "nurse",
    "in",
    "Lyon",
    "she",
    "is",
    "teacher",
    "Maryam's",
    "release",
    "well-known",
    "São",
    "Paulo",
    "her",
]
VOCABULARY += ["\n", "\n\n", ".", ","]


def reference(template: str, body: str) -> Personalisation:
    """The count as it was made before: the whole body split at once, the same start and end
    counted directly, the rest always through the matcher."""
    base = [w.casefold() for w in WORD.findall(template)]
    words = [w.casefold() for w in WORD.findall(body)]
    if not words:
        return Personalisation(0, 0, 0.0, True)
    head = 0
    limit = min(len(base), len(words))
    while head < limit and base[head] == words[head]:
        head += 1
    tail = 0
    while tail < limit - head and base[-1 - tail] == words[-1 - tail]:
        tail += 1
    matcher = SequenceMatcher(
        None, base[head : len(base) - tail], words[head : len(words) - tail], autojunk=False
    )
    kept = head + tail + sum(block.size for block in matcher.get_matching_blocks())
    own = len(words) - kept
    return Personalisation(own, len(words), own / len(words), own == 0)


def edited(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 6)):
        at = rng.randint(0, len(text))
        action = rng.random()
        if action < 0.5:
            text = text[:at] + " " + rng.choice(VOCABULARY) + " " + text[at:]
        elif action < 0.8:
            text = text[:at] + text[at + rng.randint(1, 30) :]
        else:
            text = text + " " + " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(1, 40)))
    return text


def test_counts_are_those_it_gave_before() -> None:
    rng = random.Random(18)
    for _ in range(400):
        body = edited(rng, TEMPLATE)
        assert personalisation(TEMPLATE, body) == reference(TEMPLATE, body), body


def test_adding_only_after_or_before_the_template() -> None:
    own = "I am a nurse in Lyon and I think of her every day."
    for body in (TEMPLATE + "\n\n" + own, own + "\n" + TEMPLATE, TEMPLATE, "", own):
        assert personalisation(TEMPLATE, body) == reference(TEMPLATE, body)
    assert personalisation(TEMPLATE, TEMPLATE + "\n\n" + own).own_words == 13
