"""Benchmark: how fast `compose_letters` makes letters, against a naive template fill.

Composes 10,000 letters from the seed case (its four languages and four recipients in turn, one
letter per call, as a batch does) and, in the same run, fills a fixed letter text of the same
size with `string.Template` 10,000 times. The ratio is compose's letters/second over the
baseline's: it says how much the real work (salutation lookup and translation, dates in four
calendars and digit systems, paragraphs, notes) costs against bare string filling.

Usage: python benchmarks/compose.py [--quick]
"""

from __future__ import annotations

import datetime as dt
import string
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from appeal_tui.core.compose import compose_letters  # noqa: E402
from appeal_tui.core.loading import load_case_file  # noqa: E402
from appeal_tui.core.model import Sender  # noqa: E402
from appeal_tui.export.text import letter_to_text  # noqa: E402

SEED = REPO / "cases" / "ir-hossein-ronaghi-maleki.yaml"
TODAY = dt.date(2016, 1, 20)
SENDER = Sender(name="Ana Example", address=("12 Example Street",), city="Berlin")


def _best_rate(work: Any, count: int, rounds: int) -> float:
    """Items per second of the best of `rounds` runs (the machine is shared and noisy)."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        work(count)
        best = min(best, time.perf_counter() - started)
    return count / best


def run(quick: bool = False) -> dict[str, Any]:
    """Letters composed per second, against a `string.Template` fill of the same letter."""
    case = load_case_file(SEED).case
    assert case is not None, "the seed case does not load"
    count = 1_000 if quick else 10_000
    rounds = 2 if quick else 5
    choices = [(lang, r.key) for lang in case.languages for r in case.recipients]
    own = "I am a nurse, and I know how much a patient with one kidney needs care."

    def compose(n: int) -> None:
        for i in range(n):
            language, key = choices[i % len(choices)]
            compose_letters(case, language, [key], SENDER, own_text=own, today=TODAY)

    (sample,) = compose_letters(case, "en", ["supreme-leader"], SENDER, own_text=own, today=TODAY)
    template = string.Template(
        "$sender\n\n$date\n\n$recipient\n\n$subject\n\n$salutation\n\n$body\n\n$closing\n\n$name\n"
    )
    fields = {
        "sender": "\n".join(sample.sender_block),
        "date": sample.date_text,
        "recipient": "\n".join(sample.recipient_block),
        "subject": sample.subject or "",
        "salutation": sample.salutation,
        "body": sample.body_text,
        "closing": sample.closing,
        "name": SENDER.name,
    }
    assert template.substitute(fields) == letter_to_text(sample)

    def baseline(n: int) -> None:
        for _ in range(n):
            template.substitute(fields)

    value = _best_rate(compose, count, rounds)
    base = _best_rate(baseline, count, rounds)
    return {
        "name": "compose",
        "value": round(value),
        "baseline": round(base),
        "ratio": round(value / base, 3),
        "unit": "letters/s (baseline: string.Template fills/s)",
        "target": "ratio ≥ 0.05",
        "note": f"{count} letters, best of {rounds}",
    }


if __name__ == "__main__":
    result = run(quick="--quick" in sys.argv)
    for key, val in result.items():
        print(f"{key:9} {val}")
