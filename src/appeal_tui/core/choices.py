"""The writer's choices for a letter, decided once for the command line and the app alike.

Which recipients (`all`, `primary` or recipient keys), which language (a BCP 47 code typed any
way: `EN`, `pt_br`), which mode (post or email), and what each is when not given:

- **recipients**: the app's recipients step (and `appeal-tui write`, which opens on the
  writing screen) preselects the case's primary recipients, and the volunteer adds copies;
  `letter`, `batch` and `envelopes` write to every recipient unless `--to` narrows it.
- **language**: `letter` and `batch` require one; `write` and the app start from the case's
  first language.
- **mode**: post (one letter per recipient) everywhere.

Every message names what was typed and what to type instead; callers show it as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from appeal_tui.core.i18n import _
from appeal_tui.core.model import Case, Mode

MODES: tuple[Mode, ...] = get_args(Mode)
DEFAULT_MODE: Mode = "post"

# The words `--to` takes besides recipient keys.
RECIPIENT_WORDS = ("all", "primary")
RecipientDefault = Literal["all", "primary"]
# Who is chosen when nobody was named: see the module's docstring.
APP_RECIPIENTS: RecipientDefault = "primary"
COMMAND_RECIPIENTS: RecipientDefault = "all"


class ChoiceError(ValueError):
    """A choice that cannot be used; the message says what to type instead."""


def split_values(values: Iterable[str]) -> list[str]:
    """`["a,b", "c d", "a"]` -> `["a", "b", "c", "d"]`: options repeated or comma/space
    separated, empty parts and repeats dropped."""
    parts = (part for value in values for part in value.replace(",", " ").split())
    return list(dict.fromkeys(parts))


def recipient_choices(case: Case) -> str:
    """`all, primary, key1, key2`: what `--to` takes for `case`."""
    return ", ".join([*RECIPIENT_WORDS, *(r.key for r in case.recipients)])


def unknown_recipient(case: Case, key: str) -> str:
    return _("case {case} has no recipient '{key}'; choose from: {choices}").format(
        case=case.id, key=key, choices=recipient_choices(case)
    )


@dataclass(frozen=True)
class Recipients:
    """The keys meant for one case, and the keys asked for that the case does not have."""

    keys: tuple[str, ...]
    missing: tuple[str, ...]


def resolve_recipients(
    case: Case, to: Iterable[str], *, default: RecipientDefault = COMMAND_RECIPIENTS
) -> Recipients:
    """The recipient keys of `case` meant by `to` (`all`, `primary` and keys, mixed freely,
    comma or space separated; `default` when `to` names nobody), in the order asked, each once;
    keys the case lacks are returned apart, for the caller to refuse or skip."""
    keys: list[str] = []
    missing: list[str] = []
    for item in split_values(to) or [default]:
        if item == "all":
            keys.extend(r.key for r in case.recipients)
        elif item == "primary":
            keys.extend(r.key for r in case.primary_recipients)
        elif case.recipient(item) is not None:
            keys.append(item)
        else:
            missing.append(item)
    return Recipients(tuple(dict.fromkeys(keys)), tuple(missing))


def parse_recipients(
    case: Case, to: Iterable[str], *, default: RecipientDefault = COMMAND_RECIPIENTS
) -> tuple[str, ...]:
    """As `resolve_recipients`, refusing a key the case lacks (ChoiceError naming the choices)."""
    chosen = resolve_recipients(case, to, default=default)
    if chosen.missing:
        raise ChoiceError(unknown_recipient(case, chosen.missing[0]))
    return chosen.keys


def preselected_recipients(case: Case) -> tuple[str, ...]:
    """The recipients the app chooses before the volunteer does: the primary ones."""
    return resolve_recipients(case, (), default=APP_RECIPIENTS).keys


def check_language(typed: str, case: Case | None = None) -> str:
    """The language code as the app writes it (`EN` -> `en`, `pt_br` -> `pt-BR`).

    ChoiceError for a code that is no language: with the code meant when a guess is close
    ("Persian" -> fa), else the choices (the case's languages first).
    """
    from appeal_tui.core.languages import normalise_code, suggest_code

    if case is not None and typed in case.languages:
        return typed
    code = normalise_code(typed)
    if code is not None:
        return code
    hint = suggest_code(typed)
    if hint:
        raise ChoiceError(
            _("unknown language code '{code}'; did you mean '{guess}'?").format(
                code=typed, guess=hint
            )
        )
    from appeal_tui.core.phrasebook import known_languages

    offered = case.languages if case is not None else ()
    choices = ", ".join(dict.fromkeys([*offered, *known_languages()]))
    raise ChoiceError(
        _(
            "unknown language code '{code}'; choose from: {choices}, or another language code "
            "(BCP 47)"
        ).format(code=typed, choices=choices)
    )


def check_languages(typed: Sequence[str]) -> tuple[str, ...]:
    """Every code of `--lang en,es --lang fa`, checked, each once; at least one."""
    codes = tuple(dict.fromkeys(check_language(value) for value in split_values(typed)))
    if not codes:
        raise ChoiceError(_("give at least one language, e.g. en or en,es"))
    return codes


def default_language(case: Case) -> str:
    """The language a letter starts in when none was chosen: the case's first."""
    return case.languages[0] if case.languages else "en"


def check_mode(typed: str) -> Mode:
    """`post` or `email`."""
    for mode in MODES:
        if typed == mode:
            return mode
    raise ChoiceError(_("unknown mode '{mode}'; choose post or email").format(mode=typed))
