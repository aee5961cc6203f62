"""Creating a session on the built-in cards plus the facilitator's own decks, as `atelier new
--deck … --cards …` does: the deck files read and checked, the content stored in the new file.

The decks are the built-in cards under new ids, so each is as long as a real one (the law of
four jurisdictions, variants, injects). Prints one JSON line: first (module imports and the
built-in content included, the decks never read before) and warm (median: the decks of the
library, read before, as session after session uses them), in milliseconds, and the cards
stored. The caches go to a folder of the probe's own.

    python benchmarks/new_session_probe.py DECKS CARDS RUNS
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp()  # the user's own caches are left alone

from workshop.deck import builtin_deck_paths

_CARD_ID = re.compile(r'(\[\[cards\]\]\s*\nid = ")([^"]+)"')


def _card_texts() -> list[str]:
    """Every built-in card's TOML, `[[cards]]` to the next one."""
    cards = []
    for path in builtin_deck_paths():
        text = path.read_text(encoding="utf-8")
        parts = text.split("[[cards]]")[1:]
        cards += ["[[cards]]" + part for part in parts]
    return cards


def write_decks(folder: Path, decks: int, cards: int) -> list[Path]:
    sources = _card_texts()
    paths = []
    for number in range(decks):
        body = [f'[deck]\ntitle = {{ fr = "Jeu {number}", en = "Deck {number}" }}\n']
        for index in range(cards):
            card = sources[(number * cards + index) % len(sources)]
            body.append(_CARD_ID.sub(rf'\g<1>own{number}-{index}-\g<2>"', card, count=1))
        path = folder / f"deck-{number}.toml"
        path.write_text("\n".join(body), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    decks, cards = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (5, 30)
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    folder = Path(tempfile.mkdtemp())
    paths = write_decks(folder, decks, cards)
    timings, stored = [], 0
    for run in range(runs + 1):
        start = time.perf_counter()
        from workshop.content import builtin_content
        from workshop.model import SessionInfo
        from workshop.new_session import agenda_of, create_session, read_decks, with_decks

        named = read_decks(paths)
        content = with_decks(builtin_content(), named)
        agenda = agenda_of(content, [card.id for _, deck in named for card in deck.cards[:5]])
        info = SessionInfo("Bâtir SA", "Ana", "2026-11-23")
        session = create_session(folder / f"s{run}.atelier", info, agenda=agenda, base=content)
        stored = len(session.content.deck.cards)
        session.close()
        timings.append((time.perf_counter() - start) * 1000)
    first, warm = timings[0], statistics.median(timings[1:])
    print(json.dumps({"first_ms": first, "warm_ms": warm, "cards": stored}))


if __name__ == "__main__":
    main()
