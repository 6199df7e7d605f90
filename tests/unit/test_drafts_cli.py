"""`appeal-tui drafts list|show|delete` as a volunteer uses them."""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.draft import Draft, new_draft, to_json
from appeal_tui.storage.atomic import write_atomic
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths

GOOD_CASE = Path(__file__).parent / "bad_cases" / "good.yaml"


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def store(data_dir: Path) -> DraftStore:
    return DraftStore(Paths(data_dir))


def save(store: DraftStore, draft_id: str, **fields: object) -> Draft:
    draft = replace(new_draft("good", language="en", recipients=("minister",)), id=draft_id)
    return store.save(replace(draft, **fields)).draft  # type: ignore[arg-type]


def test_list_with_no_drafts_says_where_they_would_be(data_dir: Path) -> None:
    code, out, _ = run("drafts", "list")
    assert code == 0
    assert out.startswith("No drafts yet.") and str(data_dir / "drafts") in out


def test_list_is_an_aligned_table_newest_first(store: DraftStore) -> None:
    older = save(store, "cccc2222dddd-20240101", case_id="case-one")
    newer = save(store, "aaaa1111bbbb-20240101", case_id="case-two", status="ready")
    # Times set by hand: the newer draft has the smaller id, so only the time can order them.
    for draft, when in ((older, "2024-05-15T10:00:00Z"), (newer, "2024-05-15T11:00:00Z")):
        data = to_json(replace(draft, updated=when))
        write_atomic(store.path_of(draft.id), json.dumps(data).encode())
    code, out, err = run("drafts", "list")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["id", "case", "language", "recipients", "status", "updated"]
    assert lines[1].split()[:5] == ["aaaa1111", "case-two", "en", "minister", "ready"]
    assert lines[2].split()[:5] == ["cccc2222", "case-one", "en", "minister", "draft"]
    assert lines[1].index("case-two") == lines[0].index("case")
    code, out, _ = run("drafts", "list", "--limit", "1")
    assert [line.split()[0] for line in out.splitlines()] == ["id", "aaaa1111"]


def test_list_reports_a_corrupt_draft_and_lists_the_rest(store: DraftStore) -> None:
    save(store, "aaaa1111bbbb-20240101")
    store.path_of(save(store, "bbbb1111bbbb-20240101").id).write_text("{oops")
    code, out, err = run("drafts", "list")
    assert code == 0
    assert "aaaa1111" in out and "bbbb1111" not in out
    assert "unreadable draft" in err and "quarantine" in err


def test_show_composes_from_the_case_in_the_library(store: DraftStore, tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    shutil.copy(GOOD_CASE, cases / "good.yaml")
    digest = hashlib.sha256(GOOD_CASE.read_bytes()).hexdigest()
    save(store, "aaaa1111bbbb-20240101", body="Please release Kari Nordmann.", case_hash=digest)
    code, out, err = run("--cases", str(cases), "drafts", "show", "aaaa")
    assert code == 0, err
    assert "Please release Kari Nordmann." in out
    assert "no longer" not in err and "changed" not in err


def test_show_flags_a_case_that_changed(store: DraftStore, tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    shutil.copy(GOOD_CASE, cases / "good.yaml")
    save(store, "aaaa1111bbbb-20240101", body="Words.", case_hash="0" * 64)
    code, out, err = run("--cases", str(cases), "drafts", "show", "aaaa")
    assert code == 0
    assert "the case file changed since this draft was started" in err
    assert "Words." in out


def test_show_still_works_when_the_case_disappeared(store: DraftStore) -> None:
    body = "Your Excellency,\n\nI am writing about a case you may know.\n"
    save(store, "aaaa1111bbbb-20240101", case_id="gone-case", case_title="A gone case", body=body)
    code, out, err = run("drafts", "show", "aaaa1111bbbb-20240101")
    assert code == 0
    assert out == body + "\n"
    assert "'gone-case' (A gone case) is no longer in the case library" in err


@pytest.mark.parametrize("command", ["show", "delete"])
def test_unknown_id_is_one_line_naming_how_to_list(store: DraftStore, command: str) -> None:
    save(store, "aaaa1111bbbb-20240101")
    code, out, err = run("drafts", command, "zzzz")
    assert code == 2 and out == ""
    assert err == "appeal-tui: error: no draft with id 'zzzz' (see `appeal-tui drafts list`)\n"


def test_an_ambiguous_prefix_asks_for_more(store: DraftStore) -> None:
    save(store, "aaaa1111bbbb-20240101")
    save(store, "aaaa2222bbbb-20240101")
    code, _, err = run("drafts", "show", "aaaa")
    assert code == 2
    assert "'aaaa' matches 2 drafts" in err and "give more of the id" in err


def test_delete_asks_first_and_moves_to_trash(store: DraftStore) -> None:
    draft = save(store, "aaaa1111bbbb-20240101", body="keep me safe")
    code, out, _ = run("drafts", "delete", "aaaa", input="n\n")
    assert code == 1 and "Nothing deleted." in out
    assert store.load(draft.id).body == "keep me safe"

    code, out, _ = run("drafts", "delete", "aaaa", input="y\n")
    assert code == 0 and "Moved draft aaaa1111bbbb-20240101 to the trash" in out
    assert (store.trash / f"{draft.id}.json").exists()
    assert store.list() == []


def test_delete_yes_does_not_ask(store: DraftStore) -> None:
    save(store, "aaaa1111bbbb-20240101")
    code, out, _ = run("drafts", "delete", "--yes", "aaaa")
    assert code == 0 and "?" not in out
    assert store.list() == []


def _on_a_terminal(monkeypatch: pytest.MonkeyPatch, lines: int, columns: int = 80) -> None:
    """`drafts list` as on a terminal of `lines` × `columns` (CliRunner's stdout is not one)."""
    import os as _os

    monkeypatch.setattr("appeal_tui.cli.drafts_cmd._on_terminal", lambda: True)
    monkeypatch.setattr(
        "appeal_tui.cli.drafts_cmd.shutil.get_terminal_size",
        lambda *a, **k: _os.terminal_size((columns, lines)),
    )


@pytest.mark.parametrize("listed_before", [True, False])
def test_on_a_terminal_every_draft_is_listed_once_newest_first(
    store: DraftStore, monkeypatch: pytest.MonkeyPatch, listed_before: bool
) -> None:
    """The first screenful comes from the store's newest rows when a listing left them, the
    rest after every draft is read: each draft once, newest first, in aligned columns."""
    drafts = [save(store, f"{i:04d}aaaabbbb-20240101", case_id=f"case-{i}") for i in range(12)]
    newest_first = [d.id for d in sorted(drafts, key=lambda d: (d.updated, d.id), reverse=True)]
    if listed_before:
        store.list()
        assert [s.id for s in (store.newest(3) or ([], 0))[0]] == newest_first[:3]
    runner = CliRunner()
    with monkeypatch.context() as patch:
        _on_a_terminal(patch, lines=5)
        result = runner.invoke(main, ["drafts", "list"], color=False)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "case", "language", "recipients", "status", "updated"]
    assert [line.split()[0] for line in lines[1:]] == [i[:8] for i in newest_first]
    assert all(line.index("case-") == lines[0].index("case") for line in lines[1:])


def test_on_a_narrow_terminal_long_cells_are_cut_with_an_ellipsis(
    store: DraftStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(store, "aaaa1111bbbb-20240101", recipients=("minister", "judge", "embassy", "council"))
    with monkeypatch.context() as patch:
        _on_a_terminal(patch, lines=24, columns=66)
        result = CliRunner().invoke(main, ["drafts", "list"], color=False)
    row = result.stdout.splitlines()[1]
    assert len(row) <= 66 and "…" in row and row.split()[0] == "aaaa1111"


def test_short_ids_of_a_screenful_agree_with_short_ids_of_all() -> None:
    from appeal_tui.cli.drafts_cmd import short_ids, short_ids_among

    ids = [f"{p}{n:04d}-20240101" for p in ("abcdef12", "abcdef13", "00000000") for n in range(50)]
    ids += ["abcdef12ffff-20240101", "12345678aaaa-20240101"]
    whole = short_ids(ids)
    some = ids[::7]
    assert short_ids_among(ids, some) == {i: whole[i] for i in some}


def _reference_table(store: DraftStore) -> str:
    """`drafts list | cat` as it was printed before the listing was made quicker: every draft
    read whole, each cell made on its own, padded with str.ljust (the output must not change)."""
    from appeal_tui.cli.drafts_cmd import _header, _when
    from appeal_tui.core.draft import status_word
    from appeal_tui.core.problems import shown

    drafts = sorted(
        (store.load(i) for i in store.ids()), key=lambda d: (d.updated, d.id), reverse=True
    )
    ids = sorted(d.id for d in drafts)
    short = {}
    for n, current in enumerate(ids):
        length = 8
        for other in (ids[n - 1] if n else "", ids[n + 1] if n + 1 < len(ids) else ""):
            common = 0
            while common < min(len(current), len(other)) and current[common] == other[common]:
                common += 1
            if common >= 8:
                length = max(length, common + 1)
        short[current] = current[:length]
    rows = [
        (
            short[d.id],
            shown(d.case_id),
            shown(d.language),
            shown(", ".join(d.recipients)) or "-",
            status_word(d.status) + (" (conflict copy)" if d.conflict_of else ""),
            _when(d.updated),
        )
        for d in drafts
    ]
    header = _header()
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    return "".join(
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() + "\n"
        for line in (header, *rows)
    )


def _assert_listed_as_the_reference_table(store: DraftStore) -> None:
    """`drafts list` piped prints `_reference_table`, from the files and again from the index
    the first listing wrote."""
    expected = _reference_table(store)
    for _run in ("files", "index"):
        code, out, _ = run("drafts", "list")
        assert code == 0
        assert out == expected


def test_the_plain_table_is_what_it_always_was(store: DraftStore) -> None:
    """Drafts of every kind (shared and long id prefixes, conflict copies, hidden characters,
    other scripts, times that do not parse, no recipients): `drafts list` piped prints the same
    bytes as the straightforward table, listed from the files and again from the index."""
    times = ["2024-05-15T10:00:00Z", "2024-05-15T10:00:00.123Z", "not a time", "", "2024-13-40"]
    kinds: list[dict[str, object]] = [
        {"case_id": "case-one", "status": "ready"},
        {"case_id": "c\x1b[2Jx", "recipients": ("\u202eevil", "ok\x00", "b\tc")},
        {"case_id": "پرونده", "language": "fa", "recipients": ("رهبر", "judiciary")},
        {"recipients": (), "status": "sent", "conflict_of": "aaaa1111bbbb-20240101"},
        {"case_id": "x" * 40, "language": "e\nn", "status": "printed"},
    ]
    for n in range(25):
        # Ids that share 8, 10 and 12 characters with others, and ones that share none.
        draft_id = ("abcdef01" + f"{n:02d}" * 2 + f"-2024{n:04d}") if n % 3 else f"{n:04x}ffff-x"
        draft = save(store, draft_id, **kinds[n % len(kinds)])
        data = to_json(replace(draft, updated=times[n % len(times)] if n % 4 else draft.updated))
        write_atomic(store.path_of(draft.id), json.dumps(data).encode())
    _assert_listed_as_the_reference_table(store)


def test_the_plain_table_of_drafts_saved_by_the_app_is_what_it_always_was(
    store: DraftStore,
) -> None:
    """Drafts as the app saves them (every time a UTC time, as the quickest table takes it),
    some sharing long id prefixes, some conflict copies: the same bytes as the straightforward
    table, from the files and from the index."""
    for n in range(30):
        draft_id = ("abcdef01" + f"{n % 7:02d}" * 2 + f"-2024{n:04d}") if n % 2 else f"{n:04x}ee-y"
        kind = {"conflict_of": "aaaa1111bbbb-20240101"} if n % 5 == 0 else {}
        draft = save(store, draft_id, case_id=f"case-{n % 3}", status="ready", **kind)
        minute = f"2024-05-{1 + n % 3:02d}T1{n % 4}:{n % 60:02d}"
        data = to_json(replace(draft, updated=f"{minute}:{n % 7:02d}.{n:03d}Z"))
        write_atomic(store.path_of(draft.id), json.dumps(data).encode())
    _assert_listed_as_the_reference_table(store)
