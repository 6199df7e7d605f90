"""The command line in the interface language (issue 21): the choice of language at start, the
help of every command and option, and click's own words, all from our catalog.

The end-to-end tests compile a scratch Spanish or French catalog into a temporary folder (a few
messages, our own words) rather than depend on the translations in the repository."""

from __future__ import annotations

import gettext
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from click.testing import CliRunner, Result

import appeal_tui
from appeal_tui.cli import main
from appeal_tui.cli import translated as cli_translated
from appeal_tui.core import i18n
from appeal_tui.core.draft import Draft
from appeal_tui.storage.drafts import DraftStore

TEMPLATE = i18n.LOCALE_DIR / f"{i18n.DOMAIN}.pot"

# Click's messages that no user of appeal-tui can see: mistakes of a program's author, an
# editor or Windows console error, shell completion, colours, a progress bar's "d" for days.
NOT_FOR_USERS = {
    "d",
    "{editor}: Editing failed",
    "{editor}: Editing failed: {e}",
    "Windows error: {error}",
    "Value must be an iterable.",
    "Name '{name}' defined twice",
    "Boolean option {decl!r} cannot use the same flag for true/false.",
    "Could not determine name for option with declarations {decls!r}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument "
    "instead? Did you mean to pass '--{name}'?",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.",
    "Shell completion is not supported for Bash versions older than 4.4.",
    "Couldn't detect Bash version, shell completion is not supported.",
    "Unknown color {colour!r}",
    "Choice({choices})",
    "Unknown standard stream '{name}'",
}

SPANISH = {
    "Usage:": "Uso:",
    "[OPTIONS]": "[OPCIONES]",
    "[COMMAND] [ARGS]...": "[ORDEN] [ARGUMENTOS]...",
    "Options": "Opciones",
    "Commands": "Órdenes",
    "Show this message and exit.": "Muestra este mensaje y sale.",
    "Write polite, personal human-rights appeal letters.\n\n"
    "With no command, starts the app on the bundled cases, your own cases folder and any "
    "--cases DIR.": "Escribe cartas de llamamiento corteses y personales.\n\nSin orden, "
    "abre la aplicación.",
    "Print where cases, drafts and settings live.": "Muestra dónde se guardan casos y borradores.",
    "Event mode: tag letters with NAME.": "Modo evento: marca las cartas con NOMBRE.",
    "Error: {message}": "Error: {message}",
    "No such option {name!r}.": "No existe la opción {name!r}.",
    "Try '{command} {option}' for help.": "Pruebe '{command} {option}' para ver la ayuda.",
    "%(prog)s, version %(version)s": "%(prog)s, versión %(version)s",
}


def _run(args: list[str]) -> Result:
    """`appeal-tui ARGS` as a user runs it (the program's name in usage lines)."""
    return CliRunner().invoke(main, args, prog_name="appeal-tui")


def _template_ids() -> set[object]:
    with open(TEMPLATE, "rb") as f:
        return {m.id for m in read_po(f) if m.id}


def _compile(folder: Path, language: str, messages: dict[str, str]) -> None:
    catalog = Catalog(locale=language)
    for msgid, msgstr in messages.items():
        catalog.add(msgid, msgstr)
    target = folder / language / "LC_MESSAGES"
    target.mkdir(parents=True, exist_ok=True)
    with open(target / f"{i18n.DOMAIN}.mo", "wb") as f:
        write_mo(f, catalog)


@pytest.fixture
def scratch_catalogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Spanish catalog of a few messages and a French one of one, in place of ours."""
    folder = tmp_path / "locale"
    _compile(folder, "es", SPANISH)
    _compile(folder, "fr", {"Usage:": "Utilisation :"})
    monkeypatch.setattr(i18n, "LOCALE_DIR", folder)
    return folder


def _commands(command: click.Command, ctx: click.Context) -> Iterator[click.Command]:
    yield command
    if isinstance(command, click.Group):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            assert sub is not None
            yield from _commands(sub, click.Context(sub, parent=ctx, info_name=name))


def test_every_help_text_is_a_message_of_the_catalog() -> None:
    """Each command's and option's help is marked (N_) and in the template, and is shown
    through a class that translates it: nothing in `--help` stays English in Spanish."""
    ids = _template_ids()
    ctx = click.Context(main, info_name="appeal-tui")
    untranslatable: list[str] = []
    for command in _commands(main, ctx):
        assert isinstance(command, cli_translated.Command), command.name
        if command.help is not None and command.help not in ids:
            untranslatable.append(f"{command.name}: {command.help[:60]!r}")
        for param in command.params:
            if isinstance(param, click.Option) and param.help:
                assert isinstance(param, cli_translated.Option), (command.name, param.name)
                if param.help not in ids:
                    untranslatable.append(f"{command.name} {param.opts}: {param.help[:60]!r}")
    assert not untranslatable, "\n".join(untranslatable)


def test_click_speaks_through_our_catalog() -> None:
    """Click's modules call `core.i18n` for their words; this fails loudly when a click
    release renames its gettext imports (the patch would silently do nothing)."""
    for name in cli_translated.CLICK_MODULES:
        module = sys.modules.get(name) or importlib.import_module(name)
        assert getattr(module, "_", None) is not gettext.gettext, name
        assert getattr(module, "ngettext", None) is not gettext.ngettext, name
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] == "click" and module is not None:
            assert getattr(module, "_", None) is not gettext.gettext or name in (
                "click._termui_impl",
                "click._winconsole",
            ), f"{name} is not in translated.CLICK_MODULES"


def test_catalog_has_the_click_messages_users_see() -> None:
    """Every message of the installed click is in our catalog or named as not for users: a
    click upgrade that adds one fails here, with the message to add to CLICK_MESSAGES."""
    click_dir = Path(click.__file__).parent
    found = {message for _f, _l, message, _c, _ctx in extract_from_dir(str(click_dir))}
    ids = _template_ids()
    missing = [m for m in found if m not in ids and m not in NOT_FOR_USERS]
    assert not missing, f"add to cli/translated.py CLICK_MESSAGES: {missing}"


def test_help_follows_the_locale(scratch_catalogs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    result = _run(["--help"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Uso: appeal-tui [OPCIONES] [ORDEN] [ARGUMENTOS]...")
    assert "Escribe cartas de llamamiento corteses y personales." in result.output
    assert "Opciones:" in result.output and "Órdenes:" in result.output
    assert "Modo evento: marca las cartas con NOMBRE." in result.output
    assert "Muestra este mensaje y sale." in result.output
    # A short help in the list of commands is cut from the translated help.
    assert "Muestra dónde se guardan casos" in result.output
    # Not translated in the scratch catalog: English, never an error.
    assert "Also load case files from DIR" in result.output


def test_ui_lang_option_and_variable(
    scratch_catalogs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _run(["--ui-lang", "es", "paths", "--help"])
    assert result.output.startswith("Uso: appeal-tui paths"), result.output
    monkeypatch.setenv("APPEAL_TUI_UI_LANG", "fr")
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert _run(["--help"]).output.startswith("Utilisation : appeal-tui")
    # --ui-lang wins over the variable; en is English even with a Spanish locale.
    assert _run(["--ui-lang", "ES", "--help"]).output.startswith("Uso:")
    assert _run(["--ui-lang", "en", "--help"]).output.startswith("Usage:")


def test_clicks_errors_are_translated(scratch_catalogs: Path) -> None:
    result = _run(["--ui-lang", "es", "paths", "--bogus"])
    assert result.exit_code == 2
    assert "Error: No existe la opción '--bogus'." in result.output
    assert "Pruebe 'appeal-tui paths --help' para ver la ayuda." in result.output


def test_the_version_line_is_in_the_interface_language(
    scratch_catalogs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # click's version_option translates its line when the module is imported, in English.
    result = _run(["--ui-lang", "es", "--version"])
    assert result.exit_code == 0, result.output
    assert result.output == f"appeal-tui, versión {appeal_tui.__version__}\n"
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert _run(["--version"]).output == f"appeal-tui, versión {appeal_tui.__version__}\n"
    assert _run(["--ui-lang", "en", "--version"]).output.startswith("appeal-tui, version ")
    # Wherever --ui-lang is: click answers --version as soon as it reads it.
    assert _run(["--version", "--ui-lang", "en"]).output.startswith("appeal-tui, version ")
    monkeypatch.setenv("LANG", "C")
    assert _run(["--version", "--ui-lang=es"]).output.startswith("appeal-tui, versión ")
    assert _run(["--help", "--ui-lang", "es"]).output.startswith("Uso:")


def test_the_language_remembered_in_the_app_is_used(
    scratch_catalogs: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = data_dir / "settings"
    settings.mkdir(parents=True)
    (settings / "settings.json").write_text(json.dumps({"ui_language": "fr"}), "utf-8")
    monkeypatch.setenv("LANGUAGE", "es")
    assert CliRunner().invoke(main, ["--help"]).output.startswith("Utilisation :")
    # The option and the variable still win over the remembered language.
    assert CliRunner().invoke(main, ["--ui-lang", "es", "--help"]).output.startswith("Uso:")


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe", b"[1, 2]", b'{"ui_language": 7}'])
def test_a_broken_settings_file_never_stops_the_command(
    scratch_catalogs: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    settings = data_dir / "settings"
    settings.mkdir(parents=True)
    (settings / "settings.json").write_bytes(content)
    monkeypatch.setenv("LANGUAGE", "es")
    result = _run(["--help"])
    assert result.exit_code == 0
    assert result.output.startswith("Uso:")


def test_every_counted_click_message_is_in_the_catalog() -> None:
    with open(TEMPLATE, "rb") as f:
        plural_ids = {m.id for m in read_po(f) if m.pluralizable}
    for n in (1, 2):
        for text in cli_translated.click_counted_messages(n):
            assert any(text in ids for ids in plural_ids), text


def test_the_app_starts_in_the_chosen_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """`appeal-tui --ui-lang fa` (no command) runs the app with Persian set, which the app
    reads when it starts (its palette can change it later)."""
    import appeal_tui.cli.tui as tui

    started: list[str] = []
    monkeypatch.setattr(tui, "run_tui", lambda state: started.append(i18n.ui_language()))
    assert _run(["--ui-lang", "fa"]).exit_code == 0
    monkeypatch.setenv("LANGUAGE", "de_DE")
    assert _run([]).exit_code == 0
    assert started == ["fa", "de"]


SPANISH_PO = r"""
msgid ""
msgstr ""
"Language: es\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"
"Content-Type: text/plain; charset=utf-8\n"

msgid "{files} checked: {loaded} loaded, {broken} with errors, {warnings}"
msgstr "Revisión de {files}: {loaded} cargados, {broken} con errores, {warnings}"

msgid "{n} file"
msgid_plural "{n} files"
msgstr[0] "{n} archivo"
msgstr[1] "{n} archivos"

msgid "{n} warning"
msgid_plural "{n} warnings"
msgstr[0] "{n} aviso"
msgstr[1] "{n} avisos"

msgid "missing required key '{key}'; add {key}: {hint}"
msgstr "falta la clave obligatoria '{key}'; añada {key}: {hint}"

msgid "a one-line title"
msgstr "un título de una línea"
"""


def test_validate_speaks_spanish_with_plurals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A core message (a case file's problem, with a translated hint) and the counted summary
    of `validate`, from a Spanish catalog with its own plural rule."""
    import io

    folder = tmp_path / "locale" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    catalog = read_po(io.StringIO(SPANISH_PO))
    with open(folder / f"{i18n.DOMAIN}.mo", "wb") as f:
        write_mo(f, catalog)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path / "locale")
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "no-title.yaml").write_text("country: Chile\n", "utf-8")
    result = _run(["--ui-lang", "es", "validate", str(cases)])
    assert result.exit_code == 1
    assert "falta la clave obligatoria 'title'; añada title: un título de una línea" in (
        result.output
    )
    assert result.output.rstrip().endswith(
        "Revisión de 1 archivo: 0 cargados, 1 con errores, 0 avisos"
    )


def test_cli_sentences_are_whole_not_glued_from_fragments() -> None:
    """A translator gets whole sentences: no message is a piece to glue into another (" of
    event {names}", " with status {statuses}") nor has a slot for such a piece ({which})."""
    ids = [i if isinstance(i, str) else i[0] for i in _template_ids() if isinstance(i, str | tuple)]
    fragments = [i for i in ids if i.startswith((" of event", " with status"))]
    slots = [i for i in ids if "{which}" in i or ("{unnamed}" in i and "({unnamed})" not in i)]
    assert not fragments and not slots, (fragments, slots)


def test_drafts_mark_says_one_sentence_in_spanish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    """`drafts mark` prints the whole translated sentence, the event's name in its place."""
    _one_draft(data_dir)
    _compile(
        tmp_path / "locale",
        "es",
        {
            "marked {drafts} of event {events} {status}": (
                "estado {status} aplicado a {drafts} del evento {events}"
            ),
        },
    )
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path / "locale")
    result = _run(["--ui-lang", "es", "drafts", "mark", "sent", "--event", "W4R"])
    assert result.exit_code == 0, result.output
    assert "estado sent aplicado a 1 draft del evento 'W4R'" in result.output


# Pieces still glued onto another message, to be made whole in turn: this set only shrinks.
GLUED_PIECES_LEFT = {
    " (did you mean '{column}'?)",
    " (no languages line)",
    " ({context} on line {number})",
    " Reach them by {ways}.",
    " See the case's note on them.",
    " Send it by {ways}.",
    " The case gives no other contact.",
    " or ",
    ", ",
    "; did you mean '{choice}'?",
    "; group: {group}",
    "; indent with spaces, not tabs",
    "; its {fields} differ",
    "; look near {place}",
    "; nothing was written",
}


def test_no_new_message_is_a_piece_glued_onto_another() -> None:
    """A message that starts with a space or "; " is appended to another one, so a translator
    can neither reorder the two nor make them agree ("; {n} already {status}" once followed
    "marked {drafts} {status}"; " (conflict copy)" followed a draft's status)."""
    ids = [i if isinstance(i, str) else i[0] for i in _template_ids() if isinstance(i, str | tuple)]
    pieces = {i for i in ids if i.startswith((" ", "; "))}
    assert pieces <= GLUED_PIECES_LEFT, sorted(pieces - GLUED_PIECES_LEFT)


# `drafts mark sent --event W4R` a second time, one draft already sent: one sentence in each
# language, its parts in the language's order, the count agreeing with its noun or verb.
ALREADY_MARKED = {
    "en": "marked 0 drafts of event 'W4R' sent; 1 already sent",
    "es": "estado sent aplicado a 0 borradores del evento 'W4R'; 1 ya tenía el estado sent",
    "fr": "statut sent donné à 0 brouillon de l’événement 'W4R' ; 1 avait déjà le statut sent",
    "de": "0 Entwürfe der Veranstaltung 'W4R' als sent markiert; 1 hatte bereits den Status sent",
    "fa": "0 پیش\u200cنویس از رویداد 'W4R' به وضعیت sent درآمد؛ 1 مورد از پیش در وضعیت sent بود",
    "ar": "عُيِّنت حالة sent لـ0 مسودة من فعالية 'W4R'؛ مسودة واحدة كانت بالحالة sent من قبل",
}


def _one_draft(data_dir: Path) -> tuple[DraftStore, Draft]:
    """A store holding one draft of event W4R, and that draft as saved."""
    from appeal_tui.core.draft import new_draft
    from appeal_tui.core.model import Sender
    from appeal_tui.storage.drafts import DraftStore
    from appeal_tui.storage.paths import Paths

    store = DraftStore(Paths(data_dir))
    draft = new_draft(
        "ir-hossein-ronaghi-maleki",
        language="en",
        recipients=("supreme-leader",),
        mode="post",
        sender=Sender("Ana"),
        event="W4R",
    )
    return store, store.save(draft).draft


@pytest.mark.parametrize("language", sorted(ALREADY_MARKED))
def test_drafts_mark_says_what_was_already_marked_in_one_sentence(
    language: str, data_dir: Path
) -> None:
    _one_draft(data_dir)
    mark = ["--ui-lang", language, "drafts", "mark", "sent", "--event", "W4R"]
    assert _run(mark).exit_code == 0
    result = _run(mark)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == ALREADY_MARKED[language]


# The status of a draft kept as a conflict copy, in `drafts list`: one message, so the words can
# go in the language's order.
CONFLICT_STATUS = {
    "en": "draft (conflict copy)",
    "es": "borrador (copia en conflicto)",
    "fr": "brouillon (copie en conflit)",
    "de": "Entwurf (Konfliktkopie)",
    "fa": "پیش\u200cنویس (نسخه\u200cی متعارض)",
    "ar": "مسودة (نسخة متعارضة)",
}


@pytest.mark.parametrize("language", sorted(CONFLICT_STATUS))
def test_drafts_list_names_a_conflict_copy_in_one_phrase(language: str, data_dir: Path) -> None:
    from dataclasses import replace

    from appeal_tui.storage.drafts import DraftStore
    from appeal_tui.storage.paths import Paths

    store, original = _one_draft(data_dir)
    DraftStore(Paths(data_dir)).save(replace(original, body="their words"))
    kept = store.save(replace(original, body="my words"))
    assert kept.conflict
    result = _run(["--ui-lang", language, "drafts", "list"])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line for line in result.output.splitlines()[1:]}
    short = next(key for key in rows if kept.draft.id.startswith(key))
    assert CONFLICT_STATUS[language] in rows[short], result.output
    others = [line for key, line in rows.items() if key != short]
    assert others and all(CONFLICT_STATUS[language] not in line for line in others)
