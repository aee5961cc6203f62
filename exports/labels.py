"""Fixed wording of exported documents: the export language is independent of the UI's."""

from __future__ import annotations

from functools import cache

from workshop.content_file import Place, read_toml
from workshop.local.paths import RESOURCES
from workshop.text import Language

LABELS_PATH = RESOURCES / "exports" / "labels.toml"


@cache
def labels(language: Language) -> dict[str, str]:
    data = read_toml(LABELS_PATH)
    place = Place(LABELS_PATH)
    table = place.table(data.get("labels"), "labels")
    return {key: place.bilingual(value, key).get(language) for key, value in table.items()}
