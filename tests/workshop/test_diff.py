"""Word and clause diffs: the basis of tracked changes, so accept/reject must rebuild both texts."""

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from workshop.diff import ChangeKind, WordOpKind, apply_ops, diff_drafts, word_ops
from workshop.draft import Draft, DraftClause, DraftSection
from workshop.text import Bilingual

WORDS = st.lists(
    st.sampled_from(["la", "politique", "the", "policy", " ", ", ", "«", "»", "é", "\n", "💬"]),
    max_size=30,
).map("".join)


@given(WORDS, WORDS)
def test_accepting_gives_new_text_and_rejecting_gives_old(old: str, new: str) -> None:
    ops = word_ops(old, new)
    assert apply_ops(ops, accept=True) == new
    assert apply_ops(ops, accept=False) == old


@given(WORDS, WORDS)
def test_no_two_neighbouring_operations_of_one_kind(old: str, new: str) -> None:
    kinds = [op.kind for op in word_ops(old, new)]
    assert all(a is not b for a, b in pairwise(kinds))
    assert all(op.text for op in word_ops(old, new))


def test_replaced_phrase_reads_as_one_deletion_and_one_insertion() -> None:
    ops = word_ops("Les demandes vont au service.", "Les journalistes sont redirigés au service.")
    assert [(op.kind, op.text) for op in ops] == [
        (WordOpKind.EQUAL, "Les "),
        (WordOpKind.DELETE, "demandes vont"),
        (WordOpKind.INSERT, "journalistes sont redirigés"),
        (WordOpKind.EQUAL, " au service."),
    ]


def _draft(*clauses: tuple[str, str]) -> Draft:
    section = DraftSection(
        "media",
        Bilingual("Médias", "Media"),
        tuple(DraftClause(cid, Bilingual(text, text)) for cid, text in clauses),
    )
    return Draft(Bilingual("P", "P"), (section,), revision=0)


def test_clause_level_changes_keep_removed_clauses_in_place() -> None:
    old = _draft(("media.a", "one"), ("media.b", "two"), ("media.c", "three"))
    new = _draft(("media.a", "one"), ("media.c", "three!"), ("media.d", "four"))
    changes = diff_drafts(old, new, "fr").sections[0].clauses
    assert [(c.clause_id, c.kind) for c in changes] == [
        ("media.a", ChangeKind.UNCHANGED),
        ("media.b", ChangeKind.REMOVED),
        ("media.c", ChangeKind.CHANGED),
        ("media.d", ChangeKind.ADDED),
    ]
    assert changes[1].words[0].kind is WordOpKind.DELETE
    assert changes[3].words[0].text == "four"


def test_a_clause_rewritten_beyond_recognition_reads_as_one_replacement() -> None:
    old = "Les demandes des médias vont à la communication."
    new = "Tout contact externe passe obligatoirement par le porte-parole désigné."
    assert [op.kind for op in word_ops(old, new)] == [WordOpKind.DELETE, WordOpKind.INSERT]


def test_a_word_or_two_kept_between_changes_joins_them() -> None:
    old = "Seuls les porte-parole désignés par Norelia peuvent répondre aux médias."
    new = "Les porte-parole nommés de Norelia répondent seuls aux médias."
    ops = word_ops(old, new)
    kinds = [op.kind for op in ops]
    assert kinds.count(WordOpKind.DELETE) <= 2 and kinds.count(WordOpKind.INSERT) <= 2
    assert apply_ops(ops, accept=True) == new and apply_ops(ops, accept=False) == old


def test_a_local_edit_in_a_long_clause_keeps_everything_around_it() -> None:
    head = "Les salariés peuvent parler de leur métier " * 40
    tail = " sur leurs comptes personnels, sans engager l'organisation." * 40
    ops = word_ops(head + "toujours" + tail, head + "parfois" + tail)
    assert [(op.kind, op.text) for op in ops] == [
        (WordOpKind.EQUAL, head),
        (WordOpKind.DELETE, "toujours"),
        (WordOpKind.INSERT, "parfois"),
        (WordOpKind.EQUAL, tail),
    ]
