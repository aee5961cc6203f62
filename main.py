"""Atelier: run social media policy review workshops, offline.

`python main.py` starts the app, `python main.py SESSION.atelier` opens a session in it, and a few
subcommands work headless. Their errors are printed, never as a traceback, in the interface
language: the `ui_language` setting when it is set, else the system locale's (French or English).
Heavy modules (Qt, python-docx, reportlab) are imported only by the
command that needs them, so start-up and the CLI stay fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop.text import Language

COMMANDS = (
    "demo",
    "new",
    "check-deck",
    "check-policy",
    "export",
    "restore",
    "recover",
    "import-review",
    "approve",
    "new-review",
)
LANGUAGE_NAMES: dict[Language, str] = {"fr": "French", "en": "English"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="atelier",
        description="Atelier runs social media policy review workshops and drafts the policy.",
        epilog="Without a command, Atelier opens its window: `atelier [SESSION.atelier]`.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write a realistic sample session")
    demo.add_argument("out", type=Path, metavar="OUT.atelier")
    demo.add_argument("--lang", choices=("fr", "en"), default="fr", help="session language")
    demo.add_argument(
        "--jurisdiction", choices=("fr", "uk", "us", "other"), default="fr", help="governing law"
    )
    demo.add_argument(
        "--policy", type=Path, metavar="FILE", help="play it on this policy (.docx/.md/.txt)"
    )

    new = commands.add_parser(
        "new",
        help="create a session on the built-in cards and your own decks",
        description="Create a session file. Its content (the built-in cards, every card of the "
        "--deck files, the policy template) is stored in it. The agenda holds the --cards, in "
        "order, each with its suggested timebox; without --cards, every card of the --deck "
        "files. Nothing is written when anything is wrong.",
    )
    new.add_argument("out", type=Path, metavar="OUT.atelier")
    new.add_argument("--organisation", required=True, metavar="NAME")
    new.add_argument("--facilitator", required=True, metavar="NAME")
    new.add_argument("--language", choices=("fr", "en"), required=True, help="session language")
    new.add_argument(
        "--jurisdiction", choices=("fr", "uk", "us", "other"), default="other", help="governing law"
    )
    new.add_argument(
        "--deck", type=Path, action="append", default=[], metavar="FILE.toml", help="repeatable"
    )
    new.add_argument("--cards", metavar="ID,ID,…", help="the agenda's cards, in order")
    new.add_argument("--contact", default="", metavar="TEXT", help="who answers policy questions")
    new.add_argument("--date", metavar="YYYY-MM-DD", help="the workshop's date (default: today)")
    new.add_argument(
        "--policy",
        type=Path,
        metavar="FILE",
        help="review the organisation's own policy (.docx, .md, .txt) instead of the template",
    )

    check = commands.add_parser("check-deck", help="validate a deck file")
    check.add_argument("path", type=Path, metavar="PATH")

    policy = commands.add_parser(
        "check-policy", help="show the sections of a policy file (.docx/.md/.txt) and its gaps"
    )
    policy.add_argument("path", type=Path, metavar="FILE")
    policy.add_argument("--lang", choices=("fr", "en"), help="default: the policy's language")
    from exports.formats import format_keys  # the registry alone: no writer is imported

    export = commands.add_parser("export", help="export a session's policy draft")
    export.add_argument("session", type=Path, metavar="SESSION.atelier")
    export.add_argument("--format", choices=format_keys(), required=True)
    export.add_argument("--lang", choices=("fr", "en"), help="default: the session's language")
    export.add_argument(
        "--since",
        metavar="baseline|vX.Y|none",
        help="show changes since this version (default: the last exported version)",
    )
    export.add_argument("--no-participants", action="store_true", help="leave participants out")
    export.add_argument(
        "--layout",
        choices=("atelier", "original"),
        default="atelier",
        help="original: their own imported .docx, redlined (appendices in a companion file)",
    )
    export.add_argument("--out", type=Path, required=True, metavar="PATH")

    restore = commands.add_parser(
        "restore",
        help="put a damaged session back from one of its backups",
        description="Replace SESSION with one of its backups (SESSION.bak is the newest, .bak2 "
        "and .bak3 older good states). The backup is checked first; the file it replaces is "
        "kept beside it as SESSION.damaged-<date>, never deleted.",
    )
    restore.add_argument("session", type=Path, metavar="SESSION.atelier")
    restore.add_argument(
        "--from",
        dest="generation",
        type=int,
        choices=(1, 2, 3),
        default=1,
        metavar="N",
        help="which backup: 1 (newest, default), 2 or 3 (oldest)",
    )

    recover = commands.add_parser(
        "recover",
        help="copy a damaged session up to its first damaged change",
        description="Write 'SESSION (recovered).atelier' beside a damaged session, with every "
        "change before the first damaged one. The damaged file is only read.",
    )
    recover.add_argument("session", type=Path, metavar="SESSION.atelier")

    review = commands.add_parser(
        "import-review",
        help="read the DOCX legal sent back and report what they changed",
        description="Report, clause by clause, the changes legal accepted, rejected or left "
        "pending, their own edits, and their replies to the open questions. Nothing changes "
        "unless --apply is given; applied, it is one step Undo takes back.",
    )
    review.add_argument("session", type=Path, metavar="SESSION.atelier")
    review.add_argument("file", type=Path, metavar="FILE.docx")
    review.add_argument("--apply", action="store_true", help="apply the review to the session")
    review.add_argument(
        "--keep-open", action="store_true", help="do not mark answered questions resolved"
    )

    approve = commands.add_parser("approve", help="mark an exported version approved (locked)")
    approve.add_argument("session", type=Path, metavar="SESSION.atelier")
    approve.add_argument("version", metavar="vX.Y")
    approve.add_argument("--by", required=True, help="who approved it")
    approve.add_argument("--reference", default="", help="the approval's reference")

    new_review = commands.add_parser(
        "new-review", help="start the next review from a session's approved policy"
    )
    new_review.add_argument("old", type=Path, metavar="OLD.atelier")
    new_review.add_argument("new", type=Path, metavar="NEW.atelier")
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="atelier", add_help=False)
    parser.add_argument("session", type=Path, nargs="?")
    return parser


def run_demo(args: argparse.Namespace) -> int:
    from workshop.content import builtin_content
    from workshop.demo import write_demo
    from workshop.policy_import.baseline import policy_content

    # Read before anything is written: a refused policy file leaves no session behind.
    content = policy_content(args.policy, builtin_content()) if args.policy else None
    session = write_demo(args.out, args.lang, jurisdiction=args.jurisdiction, content=content)
    print(f"Wrote {session}")
    return 0


def run_new(args: argparse.Namespace) -> int:
    from workshop.content import builtin_content
    from workshop.model import SessionInfo
    from workshop.new_session import agenda_of, create_session, read_decks, with_decks

    info = SessionInfo(
        organisation=args.organisation,
        facilitator=args.facilitator,
        date=_iso_date(args.date),
        language=args.language,
        contact=args.contact,
        jurisdiction=args.jurisdiction,
    )
    decks = read_decks(args.deck)
    base = builtin_content()
    if args.policy:  # read before anything is written: a refused file leaves no session
        from workshop.policy_import.baseline import policy_content

        base = policy_content(args.policy, base)
    content = with_decks(base, decks)
    if args.cards is not None:
        card_ids = [card_id.strip() for card_id in args.cards.split(",") if card_id.strip()]
    else:
        card_ids = [card.id for _, deck in decks for card in deck.cards]
    if not card_ids:
        from workshop.errors import InvalidValueError

        known = ", ".join(builtin_content().deck.card_ids())
        raise InvalidValueError(
            f"name the cards to play with --cards ID,ID,… (built-in cards: {known}) or give "
            "your own with --deck",
            fr=f"nommez les cartes à jouer avec --cards ID,ID,… (cartes intégrées : {known}) "
            "ou donnez les vôtres avec --deck",
        )
    session = create_session(args.out, info, agenda=agenda_of(content, card_ids), base=content)
    session.close()
    cards = f"{len(card_ids)} card{'s' if len(card_ids) > 1 else ''}"
    print(f"Wrote {args.out} ({cards} on the agenda)")
    return 0


def _iso_date(text: str | None) -> str:
    from datetime import date

    if text is None:
        return date.today().isoformat()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        from workshop.errors import InvalidValueError

        raise InvalidValueError(
            f"--date {text!r}: expected a date like 2026-11-23",
            fr=f"--date « {text} » : date attendue, comme 2026-11-23",
        ) from None


def run_check_deck(args: argparse.Namespace) -> int:
    from workshop.content import builtin_content
    from workshop.deck import (
        builtin_deck_paths,
        cards_lacking,
        content_languages,
        load_deck,
        template_problems,
    )

    deck = load_deck(args.path)
    content = builtin_content()
    problems = [p.en for p in template_problems(deck, content.template)]
    if args.path.resolve() not in {p.resolve() for p in builtin_deck_paths()}:
        builtin = set(content.deck.card_ids())
        problems += [
            f"card {c.id!r}: id: already used by a built-in card; give the card another id"
            for c in deck.cards
            if c.id in builtin
        ]
    for problem in problems:
        print(f"{args.path.name}: {problem}", file=sys.stderr)
    if problems:
        return 1
    languages = content_languages(deck.cards)
    if languages:
        written = " and ".join(LANGUAGE_NAMES[lang] for lang in languages)
        only = " only" if len(languages) == 1 else ""
        print(f"{args.path}: {len(deck.cards)} cards, all valid, written in {written}{only}")
    else:
        lacking = "; ".join(
            f"{name} lacking in {', '.join(c.id for c in cards_lacking(deck.cards, lang))}"
            for lang, name in LANGUAGE_NAMES.items()
        )
        print(f"{args.path}: {len(deck.cards)} cards, all valid, but in no one language: {lacking}")
    return 0


def run_check_policy(args: argparse.Namespace) -> int:
    from workshop.policy_import import import_policy
    from workshop.policy_import.report import check_policy_report, language_of

    policy = import_policy(args.path)  # a PolicyImportError is printed like every other error
    print(check_policy_report(policy, args.lang or language_of(policy)))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from exports.api import ExportOptions, export_session
    from workshop.session import Session

    session = Session.open(args.session)
    try:
        options = ExportOptions(
            format=args.format,
            language=args.lang or session.state.info.language,
            since=args.since,
            include_participants=not args.no_participants,
            layout=args.layout,
        )
        result = export_session(session, options, args.out)
    finally:
        session.close()
    print(f"Wrote {result.path} ({result.version})")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from workshop.recovery import restore_backup
    from workshop.storage import backup_path

    aside = restore_backup(args.session, args.generation)
    backup = backup_path(args.session, args.generation)
    print(f"Restored {args.session} from {backup.name}; the replaced file is kept as {aside.name}")
    return 0


def run_recover(args: argparse.Namespace) -> int:
    from workshop.recovery import recover_until_damage

    target, kept = recover_until_damage(args.session)
    print(f"Wrote {target} with the first {kept} changes of {args.session.name}")
    return 0


def run_import_review(args: argparse.Namespace) -> int:
    from workshop.legal_review.apply import review_command
    from workshop.legal_review.report import read_review
    from workshop.session import Session

    session = Session.open(args.session)
    try:
        report = read_review(session.view(), args.file)
        print("\n".join(report.lines(cli_language())))
        if args.apply:
            session.execute(review_command(report, resolve=not args.keep_open))
            print(f"Applied to {args.session}")
    finally:
        session.close()
    return 0


def run_approve(args: argparse.Namespace) -> int:
    from workshop.commands import ApproveVersion
    from workshop.session import Session
    from workshop.storage import now_iso

    session = Session.open(args.session)
    try:
        session.execute(ApproveVersion(args.version, args.by, now_iso(), args.reference))
    finally:
        session.close()
    print(f"{args.version} approved by {args.by}")
    return 0


def run_new_review(args: argparse.Namespace) -> int:
    from workshop.next_review import new_review
    from workshop.session import Session

    old = Session.open(args.old, read_only=True)
    try:
        new_review(old, args.new).close()
    finally:
        old.close()
    print(f"Wrote {args.new}, starting from the approved policy of {args.old.name}")
    return 0


def cli_language() -> Language:
    """The interface language: the setting when it is set, else the system locale's."""
    import locale

    from workshop.local.settings import Settings

    chosen = Settings().get("ui_language")
    if chosen in ("fr", "en"):
        return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):  # the usual POSIX precedence
        if os.environ.get(variable):
            return "fr" if os.environ[variable].lower().startswith("fr") else "en"
    system = locale.getlocale()[0] or ""
    return "fr" if system.lower().startswith("fr") else "en"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if (argv and argv[0] in COMMANDS) or any(a in ("-h", "--help") for a in argv):
        args = _parser().parse_args(argv)
        runner = {
            "demo": run_demo,
            "new": run_new,
            "check-deck": run_check_deck,
            "check-policy": run_check_policy,
            "export": run_export,
            "restore": run_restore,
            "recover": run_recover,
            "import-review": run_import_review,
            "approve": run_approve,
            "new-review": run_new_review,
        }
        from workshop.errors import AtelierError

        try:
            return runner[args.command](args)
        except AtelierError as exc:
            print(f"atelier: {exc.text(cli_language())}", file=sys.stderr)
            return 2
        except (KeyError, ValueError, OSError) as exc:
            message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
            print(f"atelier: {message}", file=sys.stderr)
            return 2
    args = _gui_parser().parse_args(argv)
    from ui.app import run

    return run(args.session)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # a packaged app: export child processes start here too
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
