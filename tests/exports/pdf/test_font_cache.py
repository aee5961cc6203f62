"""The parsed-font cache: a restored font measures, subsets and embeds like a freshly parsed one,
and a changed font file is parsed again."""

from __future__ import annotations

import shutil
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from exports.pdf.font_cache import load_font
from exports.pdf.fonts import FONT_DIR

SAMPLE = "Œuvre « déjà » vue — ✓ 123"


class Counted(TTFont):
    """A TTFont that counts how often a file is really parsed."""

    parsed = 0

    def __init__(self, name: str, filename: str) -> None:
        type(self).parsed += 1
        super().__init__(name, filename)


def embedded_fonts(font: TTFont) -> tuple[dict[str, bytes], str]:
    """The font files a one-line PDF drawn in `font` embeds, by font name, and its text."""
    pdfmetrics.registerFont(font)
    out = BytesIO()
    canvas = Canvas(out, initialFontName=font.fontName)
    canvas.setFont(font.fontName, 12)
    canvas.drawString(72, 720, SAMPLE)
    canvas.save()
    page = PdfReader(out).pages[0]
    files = {
        str(f["/BaseFont"]): f["/FontDescriptor"]["/FontFile2"].get_data()
        for f in (ref.get_object() for ref in page["/Resources"]["/Font"].values())
    }
    return files, page.extract_text()


def test_a_cached_font_is_the_parsed_font(tmp_path: Path) -> None:
    path = FONT_DIR / "DejaVuSans.ttf"
    Counted.parsed = 0
    first = load_font(Counted, "CacheSans", path, tmp_path)
    again = load_font(Counted, "CacheSans", path, tmp_path)
    assert Counted.parsed == 1, "the second load reads the cache"
    assert isinstance(again, Counted)
    parsed = TTFont("CacheSansParsed", str(path))
    for font in (first, again):
        assert font.face.charWidths == parsed.face.charWidths
        assert font.face.glyphPos == parsed.face.glyphPos
        assert font.stringWidth(SAMPLE, 10) == parsed.stringWidth(SAMPLE, 10)
    restored_files, restored_text = embedded_fonts(again)
    parsed_files, parsed_text = embedded_fonts(parsed)
    assert restored_text == parsed_text
    assert list(restored_files.values()) == list(parsed_files.values()), "the same subset"


def test_a_changed_font_file_is_parsed_again(tmp_path: Path) -> None:
    font_file = tmp_path / "Face.ttf"
    cache = tmp_path / "cache"
    shutil.copyfile(FONT_DIR / "DejaVuSerif.ttf", font_file)
    Counted.parsed = 0
    assert load_font(Counted, "Changing", font_file, cache).face.name.ustr == "DejaVuSerif"
    shutil.copyfile(FONT_DIR / "DejaVuSans-Bold.ttf", font_file)
    changed = load_font(Counted, "Changing", font_file, cache)
    assert Counted.parsed == 2
    assert changed.face.name.ustr == "DejaVuSans-Bold"
    assert changed.face._ttf_data == font_file.read_bytes()
    assert len(list(cache.glob("font-Changing-*.pickle"))) == 1, "the stale entry is gone"


def test_an_unwritable_cache_still_gives_the_font(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    font = load_font(TTFont, "Uncached", FONT_DIR / "DejaVuSans.ttf", blocked)
    assert font.face.name.ustr == "DejaVuSans"
