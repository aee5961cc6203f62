"""The formats Atelier exports to, in one place: a new format is one entry here.

The CLI's `--format` choices, the export dialog's checkboxes, file suffixes, the writer process's
warm-up and the export errors all read this registry. It imports nothing heavy: the CLI parser
reads it at start-up, and each writer (python-docx, reportlab: ~0.2 s each) is imported only
when a file of its format is written or the writer process warms up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

from workshop.text import Bilingual


@dataclass(frozen=True, slots=True)
class ExportFormat:
    key: str  # what the CLI and the code call it: "docx"
    name: str  # what a person calls it, in both languages: "Word (DOCX)"
    label: Bilingual  # the export dialog's checkbox: what the format is for
    suffix: str  # ".docx": the file name the dialog makes, and the only one --out accepts
    media_type: str
    writer: str  # "module:function" taking (PolicyDocument, Path); imported when first needed
    warm_up: tuple[str, ...] = ()  # more "module:function"s that make a first write fast
    checked: bool = False  # ticked when the export dialog opens

    def load_writer(self) -> Callable[..., None]:
        return _entry_point(self.writer)

    def prepare(self) -> None:
        """Import the writer and run the warm-ups: most of what a first export spends."""
        self.load_writer()
        for entry in self.warm_up:
            _entry_point(entry)()

    def file_name(self, stem: str) -> str:
        return f"{stem}{self.suffix}"


def _entry_point(spec: str) -> Callable[..., Any]:
    module, _, function = spec.partition(":")
    return getattr(import_module(module), function)


FORMATS: dict[str, ExportFormat] = {
    fmt.key: fmt
    for fmt in (
        ExportFormat(
            key="docx",
            name="Word (DOCX)",
            label=Bilingual(
                en="Word (DOCX) — tracked changes and comments for legal",
                fr="Word (DOCX) — modifications suivies et commentaires pour le juridique",
            ),
            suffix=".docx",
            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            writer="exports.original.writer:write_docx_layout",
            checked=True,
        ),
        ExportFormat(
            key="pdf",
            name="PDF",
            label=Bilingual(
                en="PDF — to read, print or circulate",
                fr="PDF — pour lire, imprimer ou diffuser",
            ),
            suffix=".pdf",
            media_type="application/pdf",
            writer="exports.pdf.writer:write_pdf",
            warm_up=("exports.pdf.fonts:register_fonts",),
        ),
    )
}


def format_keys() -> tuple[str, ...]:
    return tuple(FORMATS)


def find_format(key: str) -> ExportFormat | None:
    return FORMATS.get(key)


def format_of(path: Path) -> ExportFormat | None:
    """The format whose suffix `path` has (case ignored), if any."""
    suffix = Path(path).suffix.lower()
    return next((fmt for fmt in FORMATS.values() if fmt.suffix == suffix), None)
