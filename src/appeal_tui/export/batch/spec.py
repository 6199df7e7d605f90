"""A batch's inputs, checked: formats, languages, recipients, signers and the output folder.

`build_spec` turns what the user typed into a `BatchSpec` or a `BatchError` naming what is
wrong; nothing is written here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from appeal_tui.core.choices import (
    RECIPIENT_WORDS,
    ChoiceError,
    check_languages,
    check_mode,
    resolve_recipients,
    split_values,
    unknown_recipient,
)
from appeal_tui.core.i18n import _, ui_language
from appeal_tui.core.model import Case, Mode, Sender
from appeal_tui.core.problems import Problem
from appeal_tui.core.signers import SignersDigest
from appeal_tui.export.batch.folder import BatchError, BatchOptions, check_output_folder
from appeal_tui.export.formats import check_formats

if TYPE_CHECKING:
    from appeal_tui.core.signers import SignersChecking


@dataclass(frozen=True)
class BatchSpec:
    """What to write. `signers` empty: one letter set with an empty signature area."""

    cases: tuple[Case, ...]
    languages: tuple[str, ...]
    # Per case id, the recipient keys asked for (already resolved from all/primary/KEY...).
    recipients: dict[str, tuple[str, ...]]
    mode: Mode
    formats: tuple[str, ...]
    out: Path
    # The signers in file order: a tuple, or the checked file itself (`core.signers.SignersFile`,
    # read again when walked, so 100,000 signers are never all in memory).
    signers: Collection[Sender] = ()
    # A fingerprint of the signers file, so a rerun with another list is noticed.
    signers_digest: str = ""
    # Per case id, the languages written for it (those of `languages` the case offers); a
    # case not listed gets every language of `languages`.
    case_languages: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # What the batch leaves out, one line each ("skipped: ..."), for the summary.
    skipped: tuple[str, ...] = ()

    def languages_for(self, case: Case) -> tuple[str, ...]:
        """The languages of the letters written for `case`."""
        return self.case_languages.get(case.id, self.languages)

    # Paper of the html files and print.html: "a4" (DL window) or "letter" (#10 window).
    paper: str = "a4"

    @property
    def signer_count(self) -> int:
        """How many sets of letters: one per signer, one unsigned set without signers."""
        return len(self.signers) or 1

    def signer_slots(self) -> Iterator[tuple[int, Sender]]:
        """(number, signer) pairs, walked anew each time; number 0 and an empty Sender when
        there is no signers file."""
        if not self.signers:
            yield 0, Sender()
            return
        yield from enumerate(self.signers, start=1)

    def state(self) -> BatchOptions:
        """The options that make a batch what it is (compared on resume)."""
        options = BatchOptions(
            cases=[c.id for c in self.cases],
            case_hashes=[c.source_hash for c in self.cases],
            languages=list(self.languages),
            recipients={k: list(v) for k, v in self.recipients.items()},
            mode=self.mode,
            formats=list(self.formats),
            signers=len(self.signers),
            signers_digest=self.signers_digest,
        )
        if self.case_languages:
            options["case_languages"] = {k: list(v) for k, v in self.case_languages.items()}
        # Only when not A4, so batches started before paper sizes existed still resume.
        if self.paper != "a4":
            options["paper"] = self.paper
        return options


def _check_keys_exist(cases: Sequence[Case], wanted: Sequence[str]) -> None:
    """A recipient key that no case has is a typo: refuse it (one case: name its choices)."""
    missing = [key for key in wanted if key not in RECIPIENT_WORDS]
    for key in missing:
        if len(cases) == 1 and cases[0].recipient(key) is None:
            raise BatchError(unknown_recipient(cases[0], key))
        if all(case.recipient(key) is None for case in cases):
            raise BatchError(_("none of the cases has a recipient '{key}'").format(key=key))


@dataclass(frozen=True)
class CasePlan:
    """What a batch writes for one case, and the lines saying what it leaves out."""

    languages: tuple[str, ...]
    recipients: tuple[str, ...]
    skipped: tuple[str, ...]


def plan_case(
    case: Case, languages: Sequence[str], wanted: Sequence[str], mode: str, without_address: bool
) -> CasePlan:
    """The languages (the one language rule: only those the case offers) and recipients of
    `case` in a batch, with a "skipped: ..." line for each language, recipient key and
    post recipient without an address that is left out."""
    from appeal_tui.core.languages import language_name
    from appeal_tui.core.letter_language import offers
    from appeal_tui.core.postal import post_recipients

    skipped: list[str] = []
    kept_languages: list[str] = []
    for code in languages:
        if offers(case, code):
            kept_languages.append(code)
        else:
            skipped.append(
                _(
                    "skipped: case {case} in {language} ({code}): the case offers "
                    "{languages}; a letter in another language needs its asks put into your own "
                    "words (write it with `appeal-tui letter`)"
                ).format(
                    case=case.id,
                    language=language_name(code, ui_language()),
                    code=code,
                    languages=", ".join(case.languages),
                )
            )
    chosen = resolve_recipients(case, wanted)
    keys = list(chosen.keys)
    skipped.extend(
        _("skipped: case {case} has no recipient '{key}'").format(case=case.id, key=key)
        for key in chosen.missing
    )
    post = post_recipients(case, keys, mode, without_address=without_address)
    skipped.extend(
        _("skipped: case {case}: {reason}").format(case=case.id, reason=line) for line in post.lines
    )
    keys = list(post.keys)
    return CasePlan(tuple(kept_languages), tuple(keys), tuple(skipped))


def build_spec(
    cases: Sequence[Case],
    *,
    languages: Sequence[str],
    to: Sequence[str],
    mode: str,
    formats: Sequence[str],
    out: Path,
    signers_file: Path | None = None,
    strict: bool = False,
    without_address: bool = False,
    paper: str = "a4",
    signers_checked: SignersChecking | None = None,
) -> tuple[BatchSpec, list[Problem]]:
    """Check every input of a batch and return its spec, with the signers file's warnings.

    A case is written only in the languages it offers, to the recipients it has among those
    asked for, and (post) to those with a postal address unless `without_address`; what is
    left out is listed in `spec.skipped`. `strict`: anything left out is an error instead.

    Raises BatchError naming what is wrong (a signers file with errors: every error, one a
    line, as `file:line:column: error: ...`). Nothing is written. `signers_checked`: the
    check of `signers_file` already under way (`SignersChecking.start`).
    """
    try:
        chosen_formats = list(check_formats(formats)) or ["txt"]
    except ValueError as e:
        raise BatchError(str(e)) from None
    try:
        codes = list(check_languages(languages))
        chosen_mode = check_mode(mode)
    except ChoiceError as e:
        raise BatchError(str(e)) from None
    if paper not in ("a4", "letter"):
        raise BatchError(_("unknown paper size '{paper}'; choose a4 or letter").format(paper=paper))
    if not cases:
        raise BatchError(_("choose at least one case"))
    for case in cases:
        if not case.is_writable:
            raise BatchError(
                _("case {case} is closed: no new letters (see its updates)").format(case=case.id)
            )
    wanted = split_values(to)
    _check_keys_exist(cases, wanted)
    plans = {case.id: plan_case(case, codes, wanted, mode, without_address) for case in cases}
    skipped = [line for p in plans.values() for line in p.skipped]
    if strict and skipped:
        raise BatchError(
            "\n".join(skipped)
            + "\n"
            + _("--strict: the batch would leave out what is listed above")
        )
    kept = [case for case in cases if plans[case.id].languages and plans[case.id].recipients]
    skipped += [
        _("skipped: case {case}: nothing to write for it").format(case=case.id)
        for case in cases
        if case not in kept
    ]
    if not kept:
        raise BatchError(
            "\n".join(skipped) + "\n" + _("nothing to write: no case has letters to write")
        )
    recipients = {case.id: plans[case.id].recipients for case in kept}
    case_languages = {
        case.id: plans[case.id].languages
        for case in kept
        if plans[case.id].languages != tuple(codes)
    }
    signers: Collection[Sender] = ()
    warnings: list[Problem] = []
    digest = ""
    if signers_file is not None:
        if signers_checked is None:
            from appeal_tui.core.signers import SignersChecking

            signers_checked = SignersChecking(signers_file)
        result, digest = signers_checked.result()
        if result.has_errors or result.signers is None:
            raise BatchError("\n".join(p.format() for p in result.problems if p.is_error))
        signers = result.signers
        warnings = list(result.problems)
    spec = BatchSpec(
        cases=tuple(kept),
        languages=tuple(codes),
        recipients=recipients,
        mode=chosen_mode,
        formats=tuple(chosen_formats),
        out=out,
        signers=signers,
        signers_digest=digest if signers else "",
        case_languages=case_languages,
        skipped=tuple(skipped),
        paper=paper,
    )
    check_output_folder(spec.out, spec.state())
    return spec, warnings


def signers_digest(signers: Iterable[Sender]) -> str:
    """A fingerprint of a signers list (names and details in order)."""
    digest = SignersDigest()
    for signer in signers:
        digest.add(signer)
    return digest.hexdigest()
