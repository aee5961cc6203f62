"""Whether the deck loader takes cards written in one language only (the session-content work
of issue 10): the tests of French-only cards run once it does."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.content_file import ContentError, Place


def _loader_takes_one_language() -> bool:
    try:
        Place(Path("probe.toml")).bilingual({"fr": "Texte"}, "title")
    except ContentError:
        return False
    return True


needs_one_language = pytest.mark.skipif(
    not _loader_takes_one_language(), reason="the deck loader still requires both languages"
)
