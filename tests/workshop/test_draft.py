"""The draft is a pure function of template, deck and decisions; clauses carry their origin."""

from workshop.commands import RecordDecision
from workshop.draft import build_draft, superseded_by
from workshop.model import Decision, SessionInfo
from workshop.text import Bilingual


def _decision(number: int, option: str, card: str = "journalist") -> Decision:
    return Decision(card, f"2026-11-23T10:0{number}:00+01:00", option_id=option, number=number)


def test_baseline_fills_placeholders_in_each_language(small_content, info: SessionInfo) -> None:
    draft = build_draft(small_content.template, small_content.deck, [], info)
    review = draft.clause("training.review_cycle").text
    assert review.fr == "Maison Test révise la politique chaque année en mars."
    assert review.en == "Maison Test reviews the policy every year in March."
    assert draft.clause("media.requests").text.fr.endswith("(com@test.fr).")
    assert all(c.provenance is None for c in draft.clauses())


def test_decisions_set_add_and_remove_clauses_with_provenance(small_content, info) -> None:
    decisions = [_decision(1, "redirect"), _decision(2, "drop-log")]
    draft = build_draft(small_content.template, small_content.deck, decisions, info)
    ids = [c.id for c in draft.clauses()]
    assert ids == ["media.requests", "media.spokesperson", "training.review_cycle"]
    assert draft.clause("media.requests").provenance.decision_label == "D1"
    assert draft.clause("media.spokesperson").provenance.option_id == "drop-log"
    assert draft.revision == 2


def test_custom_wording_is_kept_exactly_as_typed(small_content, info) -> None:
    hostile = "<b>{organisation}</b> &amp; {{ x }} %s « ok » l’équipe 🎉"
    custom = Decision(
        "journalist",
        "2026-11-23T11:00:00+01:00",
        custom_text=Bilingual.single("fr", hostile),
        custom_clause_id="media.requests",
        number=1,
    )
    draft = build_draft(small_content.template, small_content.deck, [custom], info)
    assert draft.clause("media.requests").text.get("fr") == hostile
    assert draft.clause("media.requests").text.get("en") == hostile  # falls back to the typed one


def test_a_later_decision_on_the_same_clause_supersedes_the_earlier(small_content) -> None:
    decisions = [_decision(1, "redirect"), _decision(2, "yearly", "training-card")]
    decisions.append(_decision(3, "redirect"))
    assert superseded_by(decisions, small_content.deck, small_content.template) == {1: 3}


def test_content_hash_follows_the_words_only(session) -> None:
    baseline = session.draft().content_hash()
    session.execute(RecordDecision(_decision(0, "redirect")))
    assert session.draft().content_hash() != baseline
    assert session.draft(0).content_hash() == baseline
