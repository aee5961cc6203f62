"""Word policies as organisations write them: Heading styles (English and French names),
numbered paragraphs, bold or underlined lines, with a title, a table of contents, headers and
footers, lists, tables and tracked changes."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.workshop.policy_import.policies import (
    bold_line,
    field_run,
    french_heading_style,
    outline,
    tracked,
)
from workshop.policy_import import import_policy
from workshop.policy_import.docx_body import body_paragraphs, namespace

EXACT = "Les « collaborateurs » n’écrivent jamais\u00a0: « non\u202fmerci » — jamais."


def test_heading_styles_make_sections_and_the_title_toc_and_furniture_are_left_out(
    write_docx,
) -> None:
    def build(document) -> None:
        document.add_paragraph("Social Media Policy", style="Title")
        document.sections[0].header.paragraphs[0].text = "ACME — internal"
        document.sections[0].footer.paragraphs[0].text = "Page 1 of 3"
        document.add_paragraph("Contents")
        document.add_paragraph("Purpose\t1")
        document.add_paragraph("Media requests ........ 2")
        document.add_paragraph("")
        document.add_paragraph("Purpose", style="Heading 1")
        document.add_paragraph("This policy applies to all staff.")
        document.add_paragraph("   ")
        document.add_paragraph("Media requests", style="Heading 1")
        document.add_paragraph("Only the press office answers journalists.")
        document.add_paragraph("Forward every request to the press office.", style="List Bullet")
        document.add_paragraph("Never comment off the record.", style="List Bullet")

    policy = import_policy(write_docx(build))
    assert policy.title == "Social Media Policy"
    assert policy.kind == "docx"
    assert outline(policy) == [
        ("Purpose", ["This policy applies to all staff."]),
        (
            "Media requests",
            [
                "Only the press office answers journalists.",
                "Forward every request to the press office.",
                "Never comment off the record.",
            ],
        ),
    ]


def test_french_heading_style_names_and_sub_headings(write_docx) -> None:
    def build(document) -> None:
        style = french_heading_style(document)
        document.add_paragraph("Charte d’utilisation des réseaux sociaux").runs[0].bold = True
        document.add_paragraph("1. Objet", style=style)
        document.add_paragraph("La présente charte s’applique à tous.")
        document.add_paragraph("2. Relations avec la presse", style=style)
        document.add_paragraph("Qui répond", style="Heading 2")
        document.add_paragraph("Seul le porte-parole répond aux journalistes.")

    policy = import_policy(write_docx(build))
    assert policy.title == "Charte d’utilisation des réseaux sociaux"
    assert outline(policy) == [
        ("Objet", ["La présente charte s’applique à tous."]),
        (
            "Relations avec la presse",
            ["Qui répond", "Seul le porte-parole répond aux journalistes."],
        ),
    ]
    assert [s.label for s in policy.sections] == ["1.", "2."]


def test_an_outline_level_set_on_the_paragraph_makes_a_heading(write_docx) -> None:
    def build(document) -> None:
        for title, body in (("Objet", "Texte un."), ("Sécurité", "Texte deux.")):
            heading = document.add_paragraph(title)
            ppr = heading._p.get_or_add_pPr()
            level = OxmlElement("w:outlineLvl")
            level.set(qn("w:val"), "0")
            ppr.append(level)
            document.add_paragraph(body)

    assert outline(import_policy(write_docx(build))) == [
        ("Objet", ["Texte un."]),
        ("Sécurité", ["Texte deux."]),
    ]


def test_bold_body_text_headings(write_docx) -> None:
    def build(document) -> None:
        bold_line(document, "Politique réseaux sociaux")
        document.add_paragraph("Version de mars 2024.")
        bold_line(document, "Relations avec la presse")
        document.add_paragraph("Seul le porte-parole répond.")
        document.add_paragraph("Les demandes vont à la communication.")
        bold_line(document, "Comptes personnels", underline=True)
        document.add_paragraph("Chacun parle en son nom.")
        paragraph = document.add_paragraph()
        paragraph.add_run("Un texte dont ").bold = False
        paragraph.add_run("une partie").bold = True
        paragraph.add_run(" est en gras.")

    policy = import_policy(write_docx(build))
    assert policy.title == "Politique réseaux sociaux"
    assert outline(policy) == [
        ("", ["Version de mars 2024."]),
        (
            "Relations avec la presse",
            ["Seul le porte-parole répond.", "Les demandes vont à la communication."],
        ),
        (
            "Comptes personnels",
            ["Chacun parle en son nom.", "Un texte dont une partie est en gras."],
        ),
    ]


def test_numbered_paragraphs_with_sub_numbers_are_clauses_of_their_section(write_docx) -> None:
    def build(document) -> None:
        for line in (
            "1. Purpose",
            "1.1 This policy applies to all staff.",
            "1.2 It covers personal accounts.",
            "2. Media requests",
            "2.1 Only the press office answers journalists.",
            "3. Security",
            "Use strong passwords.",
        ):
            document.add_paragraph(line)

    policy = import_policy(write_docx(build))
    assert outline(policy) == [
        ("Purpose", ["This policy applies to all staff.", "It covers personal accounts."]),
        ("Media requests", ["Only the press office answers journalists."]),
        ("Security", ["Use strong passwords."]),
    ]
    assert [c.label for c in policy.sections[0].clauses] == ["1.1", "1.2"]


def test_articles_and_roman_numerals(write_docx) -> None:
    def build(document) -> None:
        for line in (
            "I. Dispositions générales",
            "Article 1 – Objet",
            "La charte encadre l’usage des réseaux.",
            "Article 2 – Relations presse",
            "Les journalistes sont orientés vers la communication.",
            "II. Sanctions",
            "Article 3 – Manquements",
            "Tout manquement peut être sanctionné.",
        ):
            document.add_paragraph(line)

    policy = import_policy(write_docx(build))
    assert [s.title for s in policy.sections] == [
        "Dispositions générales",
        "Sanctions",
    ]
    assert policy.sections[0].clauses[0].label == "Article 1"
    assert policy.sections[0].clauses[0].text == "Objet"

    def articles(document) -> None:
        for line in (
            "Article 1 : Objet",
            "La charte encadre l’usage des réseaux.",
            "Article 2 : Relations presse",
            "Les journalistes sont orientés vers la communication.",
        ):
            document.add_paragraph(line)

    assert outline(import_policy(write_docx(articles))) == [
        ("Objet", ["La charte encadre l’usage des réseaux."]),
        ("Relations presse", ["Les journalistes sont orientés vers la communication."]),
    ]

    def bare_articles(document) -> None:
        for line in ("Article 1er", "Texte un.", "Article 2", "Texte deux."):
            document.add_paragraph(line)

    policy = import_policy(write_docx(bare_articles))
    assert outline(policy) == [("Article 1er", ["Texte un."]), ("Article 2", ["Texte deux."])]
    assert [s.label for s in policy.sections] == ["", ""]


def test_a_short_numbered_list_is_not_a_set_of_headings(write_docx) -> None:
    def build(document) -> None:
        bold_line(document, "Platforms")
        document.add_paragraph("The policy covers:")
        for line in ("1. Facebook", "2. LinkedIn", "3. TikTok"):
            document.add_paragraph(line)

    policy = import_policy(write_docx(build))
    assert [s.title for s in policy.sections] == ["Platforms"]
    assert [c.text for c in policy.sections[0].clauses][1:] == ["Facebook", "LinkedIn", "TikTok"]


def test_table_rows_are_clauses_and_its_header_row_is_not(write_docx) -> None:
    def build(document) -> None:
        document.add_paragraph("Do and don’t", style="Heading 1")
        table = document.add_table(rows=3, cols=2)
        rows = [("Situation", "What to do"), ("A journalist calls", "Redirect")]
        rows.append(("A troll insults us", "Do not answer"))
        for r, (left, right) in enumerate(rows):
            table.cell(r, 0).text, table.cell(r, 1).text = left, right
        for cell in table.rows[0].cells:
            cell.paragraphs[0].runs[0].bold = True
        document.add_paragraph("After the table.")

    policy = import_policy(write_docx(build))
    clauses = policy.sections[0].clauses
    assert [c.text for c in clauses] == [
        "A journalist calls\nRedirect",
        "A troll insults us\nDo not answer",
        "After the table.",
    ]
    cell = clauses[1].origins[1].cell
    assert cell is not None and (cell.table, cell.row, cell.column) == (0, 2, 1)


def test_a_table_of_contents_field_is_left_out(write_docx) -> None:
    def build(document) -> None:
        first = document.add_paragraph()
        field_run(first, "begin")
        field_run(first, "", ' TOC \\o "1-3" \\h \\z \\u ')
        field_run(first, "separate")
        first.add_run("Purpose")
        document.add_paragraph("Media requests")
        last = document.add_paragraph("Security")
        field_run(last, "end")
        document.add_paragraph("Purpose", style="Heading 1")
        document.add_paragraph("Why we have a policy.")

    assert outline(import_policy(write_docx(build))) == [("Purpose", ["Why we have a policy."])]


def test_tracked_changes_are_read_accepted(write_docx) -> None:
    def build(document) -> None:
        document.add_paragraph("Media", style="Heading 1")
        paragraph = document.add_paragraph("Only the press office ")
        tracked(paragraph, "del", "may ")
        tracked(paragraph, "ins", "answers journalists.")

    clause = import_policy(write_docx(build)).sections[0].clauses[0]
    assert clause.text == "Only the press office answers journalists."
    assert clause.origins[0].runs == ("Only the press office ", "answers journalists.")


def test_text_is_kept_exactly_and_each_clause_knows_its_paragraph_and_runs(write_docx) -> None:
    def build(document) -> None:
        document.add_paragraph("Presse", style="Heading 1")
        paragraph = document.add_paragraph("3.1 ")
        paragraph.add_run(EXACT[:20]).bold = True
        paragraph.add_run(EXACT[20:])

    path = write_docx(build)
    policy = import_policy(path)
    clause = policy.sections[0].clauses[0]
    assert clause.text == EXACT
    assert clause.label == "3.1"
    origin = clause.origins[0]
    assert origin.runs == ("3.1 ", EXACT[:20], EXACT[20:])
    with zipfile.ZipFile(path) as package:
        root = ElementTree.fromstring(package.read("word/document.xml"))
    w = namespace(root)
    body = body_paragraphs(root.find(f"{w}body"), w)
    paragraph = body[origin.paragraph].element
    texts = "".join(t.text or "" for t in paragraph.iter(f"{w}t"))
    assert texts == origin.paragraph_text
    assert texts[origin.span[0] : origin.span[1]] == EXACT
    heading = policy.sections[0].origin
    assert heading is not None and heading.paragraph == origin.paragraph - 1


def test_a_one_column_table_is_read_as_ordinary_paragraphs(write_docx) -> None:
    def build(document) -> None:
        box = document.add_table(rows=1, cols=1).cell(0, 0)
        box.paragraphs[0].add_run("Security").bold = True
        box.add_paragraph("Lock your screen.")
        bold_line(document, "Media")
        document.add_paragraph("Redirect journalists.")

    assert outline(import_policy(write_docx(build))) == [
        ("Security", ["Lock your screen."]),
        ("Media", ["Redirect journalists."]),
    ]


def test_a_policy_without_structure_is_one_untitled_section(write_docx) -> None:
    def build(document) -> None:
        document.add_paragraph("Be kind online.")
        document.add_paragraph("Ask before posting photos of colleagues.")

    policy = import_policy(write_docx(build))
    assert outline(policy) == [
        ("", ["Be kind online.", "Ask before posting photos of colleagues."]),
    ]


def test_a_renamed_main_part_is_found_through_the_package_relationships(
    write_docx, tmp_path: Path
) -> None:
    def build(document) -> None:
        document.add_paragraph("Media", style="Heading 1")
        document.add_paragraph("Redirect journalists.")

    source = write_docx(build)
    renamed = tmp_path / "renamed.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(renamed, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            name = item.filename
            if name == "word/document.xml":
                name = "word/main.xml"
            elif name == "word/_rels/document.xml.rels":
                name = "word/_rels/main.xml.rels"
            elif name in ("_rels/.rels", "[Content_Types].xml"):
                data = data.replace(b"document.xml", b"main.xml")
            new.writestr(name, data)
    assert outline(import_policy(renamed)) == [("Media", ["Redirect journalists."])]


def test_a_run_of_bold_lines_is_emphasised_text_not_headings(write_docx) -> None:
    def build(document) -> None:
        bold_line(document, "Sécurité")
        document.add_paragraph("Quelques règles :")
        for rule in ("Verrouiller son écran", "Changer ses mots de passe", "Signaler un doute"):
            bold_line(document, rule)
        document.add_paragraph("Merci.")
        bold_line(document, "Partie 2")
        bold_line(document, "Presse")
        document.add_paragraph("Rediriger les journalistes.")

    assert outline(import_policy(write_docx(build))) == [
        (
            "Sécurité",
            [
                "Quelques règles :",
                "Verrouiller son écran",
                "Changer ses mots de passe",
                "Signaler un doute",
                "Merci.",
            ],
        ),
        ("Presse", ["Rediriger les journalistes."]),
    ]


def test_a_heading_style_used_once_for_the_title_leaves_bold_headings_to_make_sections(
    write_docx,
) -> None:
    def build(document) -> None:
        document.add_paragraph("Our rules online", style="Heading 1")
        bold_line(document, "Media")
        document.add_paragraph("Redirect journalists.")
        bold_line(document, "Security")
        document.add_paragraph("Lock your screen.")

    policy = import_policy(write_docx(build))
    assert policy.title == "Our rules online"
    assert outline(policy) == [
        ("Media", ["Redirect journalists."]),
        ("Security", ["Lock your screen."]),
    ]


def test_word_automatic_numbering_on_short_lines_makes_sections(write_docx) -> None:
    def build(document) -> None:
        for title, body in (("Purpose", "Why we have rules."), ("Media", "Redirect calls.")):
            document.add_paragraph(title, style="List Number")
            document.add_paragraph(body)
            document.add_paragraph("Say so politely.", style="List Bullet")

    assert outline(import_policy(write_docx(build))) == [
        ("Purpose", ["Why we have rules.", "Say so politely."]),
        ("Media", ["Redirect calls.", "Say so politely."]),
    ]


def test_word_s_table_of_contents_control_is_left_out(write_docx) -> None:
    def build(document) -> None:
        body = document.element.body
        sdt, props, gallery_holder = (OxmlElement(n) for n in ("w:sdt", "w:sdtPr", "w:docPartObj"))
        gallery = OxmlElement("w:docPartGallery")
        gallery.set(qn("w:val"), "Table of Contents")
        gallery_holder.append(gallery)
        props.append(gallery_holder)
        content = OxmlElement("w:sdtContent")
        sdt.extend([props, content])
        for entry in ("Table des matières", "Objet", "Presse"):
            content.append(document.add_paragraph(entry)._p)  # moved into the control
        body.insert(0, sdt)
        document.add_paragraph("Objet", style="Heading 1")
        document.add_paragraph("Pourquoi une charte.")

    assert outline(import_policy(write_docx(build))) == [("Objet", ["Pourquoi une charte."])]
