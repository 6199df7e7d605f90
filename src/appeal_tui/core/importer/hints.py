"""Where in the document a reader should look for a field the importer could not read.

Each field has a pattern of the words that usually stand near it (from the `phrases` tables);
the first line that has them is the hint, quoted so that it can be found in any viewer. For
plain text and Markdown the number is the line of the file as given; for HTML and PDF, whose
source lines mean nothing to a reader, it is the line of the extracted text (what `import`
reads), and the quote is what finds it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from appeal_tui.core.i18n import _
from appeal_tui.core.importer.countries import country_in
from appeal_tui.core.importer.layout import Line
from appeal_tui.core.importer.phrases import (
    APPEAL_CONTEXT,
    ASKS_INTRO,
    FIELD_LABEL,
    LETTER_OPENING,
    RECIPIENTS_START,
    WRITE_IN,
)

NEAR: dict[str, re.Pattern[str]] = {
    "reference": re.compile(
        r"\b(?:UA|AU|EXTRA|Urgent Action|Acci[oó]n Urgente|Action urgente|Eilaktion|Index)\b",
        re.IGNORECASE,
    ),
    "deadline": re.compile(
        r"\b(?:before|until|expires?|deadline|antes|hasta|fecha l[ií]mite|avant|jusqu|date limite"
        r"|bis|nach dem|frist|ennen|mennessä|after|después|après)\b",
        re.IGNORECASE,
    ),
    "asks": ASKS_INTRO,
    "languages": WRITE_IN,
    "recipients": RECIPIENTS_START,
}
_QUOTE = 60
# (Neither text nor address runs over a "[" or a "(": a line of "[" is read in linear time,
# mend 34a.)
_MARKDOWN_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()\s]*\)")


def _plain(text: str) -> str:
    """Text compared without case, spacing or Markdown's emphasis marks."""
    return " ".join(re.sub(r"[*_`]", "", text).split()).casefold()


@dataclass(frozen=True)
class Locator:
    """Finds hint lines in the extracted text and names them for the reader."""

    lines: list[Line]
    raw_lines: list[str] | None  # the file's own lines (text and Markdown), else None
    # A file line's words as shown and as plain text, by line number: each line is read once,
    # not once for every hint (a pasted page of one long line has many hints).
    _raw_words: dict[int, tuple[str, str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def _raw_forms(self, number: int) -> tuple[str, str]:
        """The file's line `number` without Markdown marks: as shown, and with a link's
        address left out (both "" for a number outside the file)."""
        forms = self._raw_words.get(number)
        if forms is None:
            raw_lines = self.raw_lines or []
            raw = raw_lines[number - 1] if 0 < number <= len(raw_lines) else ""
            shown = " ".join(re.sub(r"[*_`]", "", raw).split())
            plain = " ".join(re.sub(r"[*_`]", "", _MARKDOWN_LINK.sub(r"\1", raw)).split())
            forms = self._raw_words[number] = (shown, plain)
        return forms

    def first(self, field: str) -> Line | None:
        pattern = NEAR.get(field)
        if field == "deadline":
            for line in self.lines:
                if NEAR["deadline"].search(line.text) and APPEAL_CONTEXT.search(line.text):
                    return line
        if field == "recipients":
            tests: list[Callable[[Line], bool]] = [
                lambda ln: ln.kind == "write-to",
                lambda ln: ln.kind == "anchor" and FIELD_LABEL.search(ln.text) is not None,
                lambda ln: ln.kind == "salutation",
                lambda ln: RECIPIENTS_START.search(ln.text) is not None,
            ]
            for test in tests:
                hit = next((ln for ln in self.lines if ln.text and test(ln)), None)
                if hit is not None:
                    return hit
            return None
        if field == "country":
            return next((ln for ln in self.lines if ln.text and country_in(ln.text)), None)
        if field == "asks":
            for line in self.lines:
                if line.text and (ASKS_INTRO.search(line.text) or LETTER_OPENING.match(line.text)):
                    return line
            pattern = WRITE_IN
        if field == "languages":
            # "Write also to the Director General ...": a recipient, not the languages.
            return next(
                (
                    ln
                    for ln in self.lines
                    if ln.text
                    and (m := WRITE_IN.search(ln.text)) is not None
                    and not re.match(r"\s+(?:also\s+)?(?:to|an|à|a)\b", ln.text[m.end() :])
                ),
                None,
            )
        if field == "people":
            return next(
                (ln for ln in self.lines if ln.kind == "prose" and "://" not in ln.text), None
            )
        if pattern is not None:
            return next((ln for ln in self.lines if ln.text and pattern.search(ln.text)), None)
        return next((ln for ln in self.lines if ln.text), None)

    def name(self, line: Line) -> str:
        quote = line.text if len(line.text) <= _QUOTE else line.text[: _QUOTE - 1] + "…"
        if self.raw_lines is not None:
            words = " ".join(re.sub(r"[*_`]", "", line.text).split())
            # A label the importer wrote ("Email: x@y" from the file's "📧 x@y"): its value.
            label, colon, value = words.partition(": ")
            probes = [words[:30]]
            if colon and len(label) <= 20 and len(value) >= 8:
                probes.append(value[:30])
            # The file's line of the same number first: an earlier line may hold the same
            # words ("Anrede: Sehr geehrter Herr X" above the letter's "Sehr geehrter Herr X,").
            numbers = [line.number, *range(1, len(self.raw_lines) + 1)]
            for probe, number in ((p, n) for p in probes for n in numbers):
                # Markdown's emphasis marks are not in the extracted text ("> **Heads up:**"),
                # nor are a link's brackets and address ("- [Act now](https://...)").
                shown, plain = self._raw_forms(number)
                if probe and probe in plain:
                    if re.sub(r"[*_`]", "", quote).rstrip("…") not in shown:
                        # The file prints the line otherwise (a mail's quoted-printable "p=E5",
                        # read as "på"; a link's brackets): its own words are what the reader
                        # finds.
                        quote = shown if len(shown) <= _QUOTE else shown[: _QUOTE - 1] + "…"
                    return _('line {number}: "{quote}"').format(number=number, quote=quote)
            return _('line {number}: "{quote}"').format(number=line.number, quote=quote)
        return _('text line {number}: "{quote}"').format(number=line.number, quote=quote)

    def holding(self, text: str) -> Line | None:
        """The first line that holds the start of `text` (an ask read from it), compared
        without case, spacing or Markdown marks; None when no line does."""
        probe = _plain(text).rstrip(" .;:!?…")[:30]
        if len(probe) < 8:
            return None
        return next((ln for ln in self.lines if ln.text and probe in _plain(ln.text)), None)

    def near_text(self, text: str, field: str) -> str:
        """ "; look near ..." at the line `text` was read from, else at the field's hint."""
        line = self.holding(text)
        if line is None:
            return self.near(field)
        return _("; look near {place}").format(place=self.name(line))

    def near(self, field: str) -> str:
        """ "; look near line 12: "..."" or "" when the document gives no clue."""
        line = self.first(field)
        return _("; look near {place}").format(place=self.name(line)) if line is not None else ""
