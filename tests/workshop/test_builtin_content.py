"""The built-in content covers the source article, item by item, in French and English."""

from pathlib import Path

import pytest

from workshop.content import builtin_content
from workshop.deck import builtin_deck_paths, check_against_template, load_deck

SOURCE = (
    Path(__file__).resolve().parents[3] / "shared" / "source" / "politique-reseaux-sociaux.fr.txt"
)

# Each row: a phrase of the source; the template clause that answers it, with a word its French
# and English texts must contain; and a card whose discussion touches that clause's section.
COVERAGE = [
    # Key elements of a social media policy
    ("Qui sont les porte-parole de votre entreprise", "spokespersons.who", ("porte-parole", "spokesperson"), "who-speaks"),
    ("Est-ce que les employés peuvent-ils participer", "spokespersons.employees", ("conversations", "conversations"), "who-speaks"),
    ("traiter les plaintes des clients", "complaints.owner", ("réclamations", "complaints"), "angry-customer"),
    ("orienter le client dans la bonne direction", "complaints.employees", ("orient", "direct"), "angry-customer"),
    ("Comment allez-vous gérer les demandes de relations publiques", "media.requests", ("journaliste", "journalist"), "journalist-call"),
    ("relations actions et investisseurs", "investors.market_info", ("information privilégiée", "inside information"), "investor-post"),
    ("entreprise cotée en bourse", "investors.authorised", ("investisseurs", "investors"), "investor-post"),
    ("violation des droits d'auteur", "copyright.others_work", ("photos", "photos"), "reposted-photo"),
    ("Google Images", "copyright.permission", ("Google Images", "Google Images"), "reposted-photo"),
    ("100 000 $", "copyright.permission", ("100", "100,000"), "reposted-photo"),
    ("suspensions de plate-forme", "copyright.permission", ("suspend", "suspend"), "reposted-photo"),
    ("ce qui se passera si les choses sont partagées en ligne", "compliance.breaches", ("retrait", "removal"), "confidential-leak"),
    ("réagir dans les situations de conflit", "conflict.respond", ("conflit", "conflict"), "online-harassment"),
    ("leur conduite au nom de l'organisation (sur des comptes personnels)", "personal.representation", ("{organisation}", "{organisation}"), "personal-accounts"),
    ("Vous ne savez jamais qui peut tendre la main", "media.requests", ("journaliste", "journalist"), "journalist-call"),
    ("ton de la voix", "personal.own_voice", ("robot", "robot"), "who-speaks"),
    ("informations que les employés peuvent ou ne peuvent pas partager", "sharing.allowed", ("partager", "share"), "confidential-leak"),
    ("interdire les publications qui mettent votre entreprise ou votre personnel en danger", "sharing.forbidden", ("danger", "danger"), "confidential-leak"),
    ("Expliquer comment ou pourquoi certaines informations créent un risque", "sharing.why_risk", ("sensible", "sensitive"), "confidential-leak"),
    ("applications tierces via Facebook", "security.third_party_apps", ("Facebook", "Facebook"), "apps-geolocation"),
    ("divulguer votre position sur Instagram", "security.geolocation", ("Instagram", "Instagram"), "apps-geolocation"),
    ("attentes et des règles de conformité", "compliance.expectations", ("respecter", "comply"), "confidential-leak"),
    ("à qui les employés devraient parler s'ils ont des questions", "compliance.contacts", ("{contact}", "{contact}"), "personal-accounts"),
    # Awareness questions
    ("ils ne sont vraiment pas privés", "personal.privacy", ("privé", "private"), "personal-accounts"),
    ("risques associés à ce qu'ils publient en ligne", "sharing.why_risk", ("sensible", "sensitive"), "confidential-leak"),
    ("quelles applications tierces collectent des informations", "security.third_party_apps", ("collect", "collect"), "apps-geolocation"),
    ("plus grands défis", "training.sessions", ("défis", "challenges"), "fake-recruiter"),
    ("Que pensent les employés de ce qu'ils publient", "personal.own_voice", ("voix", "voice"), "employee-advocacy"),
    ("servent de première impression", "personal.privacy", ("première impression", "first impression"), "personal-accounts"),
    # Legal topics for training with legal counsel
    ("accords de services pour chaque plate-forme", "security.platform_terms", ("conditions", "terms of service"), "apps-geolocation"),
    ("Ce qui peut et ne peut pas être partagé", "sharing.forbidden", ("interdit", "must not"), "confidential-leak"),
    ("La divulgation d'informations", "investors.market_info", ("information", "information"), "investor-post"),
    ("La confidentialité", "sharing.forbidden", ("confidenti", "confidential"), "confidential-leak"),
    ("L'intimidation", "conflict.harassment", ("harcèlement", "harassment"), "online-harassment"),
    ("Les cyber-attaques", "security.cyber_attacks", ("hameçonnage", "phishing"), "fake-recruiter"),
    ("Les risques de fausses rumeurs et informations", "rumours.no_amplify", ("vérifiée", "unverified"), "false-rumour"),
    # Ethics, brand voice, strategy and success steps
    ("L'éthique joue un grand rôle", "purpose.ethics", ("éthique", "ethic"), "personal-accounts"),
    ("servir de contrat entre les employés et l'organisation", "purpose.contract", ("contrat", "contract"), "personal-accounts"),
    ("Personne ne veut écouter un robot", "personal.own_voice", ("robot", "robot"), "who-speaks"),
    ("Assurez-vous de communiquer clairement ce que vous attendez d'eux", "advocacy.guidance", ("attentes", "expectations"), "employee-advocacy"),
    ("les lire et les signer une fois par an", "training.read_and_sign", ("accusé de réception", "acknowledgement of receipt"), "fake-recruiter"),
    ("Nous ne voulons pas qu'ils soient des robots d'entreprise", "advocacy.voluntary", ("robots", "robots"), "employee-advocacy"),
    ("Éduquez les employés sur l'importance", "training.education", ("form", "train"), "fake-recruiter"),
    ("Récompensez les employés qui brillent", "advocacy.recognition", ("récompense", "reward"), "employee-advocacy"),
    ("Organisez fréquemment ces réunions et discussions", "training.sessions", ("réunions", "meetings"), "fake-recruiter"),
    ("Vos employés sont vos premiers followers", "advocacy.voluntary", ("premiers", "first followers"), "employee-advocacy"),
]  # fmt: skip


@pytest.fixture(scope="module")
def content():
    return builtin_content()


@pytest.mark.parametrize(("phrase", "clause_id", "words", "card_id"), COVERAGE)
def test_source_item_is_covered_by_a_clause_and_a_card(
    content, phrase, clause_id, words, card_id
) -> None:
    if SOURCE.exists():
        assert phrase in SOURCE.read_text(encoding="utf-8"), "the table quotes the source"
    section_id = clause_id.split(".")[0]
    clause = {c.id: c for s in content.template.sections for c in s.clauses}[clause_id]
    for lang, word in zip(("fr", "en"), words, strict=True):
        assert word.lower() in getattr(clause.text, lang).lower(), f"{clause_id} [{lang}]"
    assert section_id in content.deck.card(card_id).sections


def test_every_awareness_question_of_the_source_is_asked(content) -> None:
    assert len(content.awareness) == 6
    assert all(q.text.is_complete() and q.text.fr.rstrip().endswith("?") for q in content.awareness)
    assert all(q.text.en.rstrip().endswith("?") for q in content.awareness)


REQUIRED_SCENARIOS = {
    "journalist-call": ("media",),
    "angry-customer": ("complaints",),
    "confidential-leak": ("sharing",),
    "reposted-photo": ("copyright",),
    "who-speaks": ("spokespersons",),
    "investor-post": ("investors",),
    "personal-accounts": ("personal",),
    "online-harassment": ("conflict",),
    "false-rumour": ("rumours",),
    "apps-geolocation": ("security",),
    "fake-recruiter": ("security",),
    "employee-advocacy": ("advocacy",),
}


def test_the_deck_has_every_required_scenario_complete_in_both_languages(content) -> None:
    deck = content.deck
    assert len(deck.cards) >= 12
    for card_id, sections in REQUIRED_SCENARIOS.items():
        card = deck.card(card_id)
        assert set(sections) <= set(card.sections)
        texts = [card.title, card.situation, *card.prompts, *card.notes, *card.injects]
        texts += [o.label for o in card.options] + [
            e.text for o in card.options for e in o.effects if e.text
        ]
        assert all(t.is_complete() for t in texts), card_id
        assert card.injects and card.notes and 2 <= len(card.options) <= 4


def test_every_template_section_is_complete_and_discussed_by_a_card(content) -> None:
    discussed = {s for card in content.deck.cards for s in card.sections}
    for section in content.template.sections:
        assert section.title.is_complete() and section.clauses
        assert all(c.text.is_complete() for c in section.clauses)
        if section.id != "definitions":
            assert section.id in discussed, f"no card discusses {section.id}"


def test_every_deck_file_is_valid_against_the_template(content) -> None:
    for path in builtin_deck_paths():
        assert check_against_template(load_deck(path), content.template) == []
