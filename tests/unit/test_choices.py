"""The writer's choices (recipients, language, mode) are decided by one module, the same way for
every command and the app: what `--to` and `--lang` accept, what they default to, and what a
mistake says."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.choices import (
    ChoiceError,
    check_language,
    check_languages,
    check_mode,
    default_language,
    parse_recipients,
    preselected_recipients,
    resolve_recipients,
    split_values,
)
from appeal_tui.core.library import bundled_cases_dir, load_library
from appeal_tui.core.model import Case
from appeal_tui.ui.app import AppealApp

SEED = "ir-hossein-ronaghi-maleki"
ALL = ("supreme-leader", "head-of-judiciary", "tehran-prosecutor", "iran-interests-section-us")


@pytest.fixture(scope="module")
def seed() -> Case:
    case = load_library([bundled_cases_dir()]).get(SEED)
    assert case is not None
    return case


def test_values_split_on_commas_and_spaces_once_each() -> None:
    assert split_values(["a,b", "c d", " a ,", ""]) == ["a", "b", "c", "d"]


def test_commands_default_to_every_recipient_and_the_app_to_the_primary(seed: Case) -> None:
    assert parse_recipients(seed, ()) == ALL
    assert preselected_recipients(seed) == ("supreme-leader",)
    assert parse_recipients(seed, (), default="primary") == ("supreme-leader",)


def test_words_and_keys_mix_in_the_order_asked(seed: Case) -> None:
    assert parse_recipients(seed, ["tehran-prosecutor,primary"]) == (
        "tehran-prosecutor",
        "supreme-leader",
    )
    assert parse_recipients(seed, ["primary", "all"]) == ALL


def test_an_unknown_key_names_the_case_and_the_choices(seed: Case) -> None:
    with pytest.raises(ChoiceError) as raised:
        parse_recipients(seed, ["primary", "bogus"])
    assert str(raised.value) == (
        f"case {SEED} has no recipient 'bogus'; choose from: all, primary, " + ", ".join(ALL)
    )
    chosen = resolve_recipients(seed, ["bogus", "primary"])
    assert chosen.keys == ("supreme-leader",) and chosen.missing == ("bogus",)


def test_language_codes_are_normalised_or_refused_with_a_way_out(seed: Case) -> None:
    assert check_language("EN") == "en"
    assert check_language("pt_br") == "pt-BR"
    assert check_language("fa", seed) == "fa"
    with pytest.raises(ChoiceError, match="unknown language code 'Persian'; did you mean 'fa'"):
        check_language("Persian")
    with pytest.raises(ChoiceError) as raised:
        check_language("xx-nope", seed)
    assert str(raised.value).startswith("unknown language code 'xx-nope'; choose from: fa, en, es")
    assert check_languages(["en,ES", "en"]) == ("en", "es")
    with pytest.raises(ChoiceError, match="at least one language"):
        check_languages([" , "])
    assert default_language(seed) == seed.languages[0]


def test_mode_is_post_or_email() -> None:
    assert check_mode("email") == "email"
    with pytest.raises(ChoiceError, match="choose post or email"):
        check_mode("fax")


@pytest.mark.parametrize(
    ("args", "keys"),
    [((), ("supreme-leader",)), (("--to", "all"), ALL), (("--to", "tehran-prosecutor"), None)],
)
def test_write_opens_the_app_with_the_apps_defaults(
    monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], keys: tuple[str, ...] | None
) -> None:
    started: list[object] = []
    monkeypatch.setattr("appeal_tui.cli.tui.run_app", lambda app: started.append(app))
    result = CliRunner().invoke(main, ["write", SEED, "--lang", "EN", *args])
    assert result.exit_code == 0, result.output
    (app,) = started
    assert isinstance(app, AppealApp)
    start = app.config.start
    assert start is not None and start.language == "en" and start.mode == "post"
    assert start.recipient_keys == (keys or ("tehran-prosecutor",))


def test_write_refuses_a_bad_choice_in_one_line() -> None:
    result = CliRunner().invoke(main, ["write", SEED, "--to", "bogus"])
    assert result.exit_code == 2
    assert result.output.strip().endswith(
        f"case {SEED} has no recipient 'bogus'; choose from: all, primary, {', '.join(ALL)}"
    )
