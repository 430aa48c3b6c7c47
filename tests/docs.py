"""Builders for small fixture documents in every supported format (made by the tests, not stored)."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence


from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """A table row: each cell's text set at its own x (points from the page's left), on one line."""

    cells: Sequence[tuple[str, float]]
    size: float = 10


Line = str | tuple[str, float] | tuple[str, float, bool] | list[tuple[str, float]] | Row


def write_pdf(path: Path, pages: Sequence[Sequence[Line]], title: str | None = None) -> Path:
    """A minimal valid PDF with one text line per entry (Helvetica 11 pt; (text, size) in that
    size, (text, size, True) in Helvetica-Bold; a list of (text, size) runs on one line, as a
    superscript footnote mark is set; a `Row` of cells; no dependencies)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>")
    page_ids = []
    contents = []
    for lines in pages:
        ops = [b"BT /F1 11 Tf 14 TL 72 760 Td"]
        y = 760.0
        for entry in lines:
            if isinstance(entry, Row):  # each cell a text object of its own where it sits, as
                # browsers and word processors print a table's cells; then back to the margin
                y -= max(14, entry.size * 1.4)
                ops.append(b"ET")
                for text, x in entry.cells:
                    esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                    ops.append(b"BT /F1 %g Tf 1 0 0 1 %g %g Tm (" % (entry.size, x, y) + esc.encode("latin-1") + b") Tj ET")
                ops.append(b"BT /F1 11 Tf 14 TL 1 0 0 1 72 %g Tm" % y)
                continue
            runs = entry if isinstance(entry, list) else [entry if isinstance(entry, tuple) else (entry, 11)]
            y -= max(14, max(run[1] for run in runs) * 1.4)
            # each line a line below the one before, in its largest size's spacing (as printed)
            ops.append(b"/F1 %g Tf %g TL T*" % (runs[0][1], max(14, max(run[1] for run in runs) * 1.4)))
            for text, size, *face in runs:
                esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(b"%s %g Tf (" % (b"/F2" if face and face[0] else b"/F1", size) + esc.encode("latin-1") + b") Tj")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        contents.append(add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"))
        page_ids.append(add(b""))  # filled once the Pages id is known
    pages_id = add(b"")
    for pid, cid in zip(page_ids, contents):
        objects[pid - 1] = (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (pages_id, cid, font, bold))
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Title (%s) >>" % title.encode("latin-1")) if title else None
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))
    return path


def write_encrypted_pdf(path: Path, source: Path, password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(source).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, algorithm="RC4-128")
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def write_docx(path: Path, title: str, sections: Sequence[tuple[str, Sequence[str]]],
               bullets: Sequence[str] = ()) -> Path:
    import docx

    d = docx.Document()
    d.add_heading(title, level=0)
    for heading, paragraphs in sections:
        d.add_heading(heading, level=1)
        for p in paragraphs:
            d.add_paragraph(p)
    for b in bullets:
        d.add_paragraph(b, style="List Bullet")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Metal", "Share"
    table.cell(1, 0).text, table.cell(1, 1).text = "Cobalt", "60%"
    d.save(str(path))
    return path


MARKDOWN = """---
title: Lunar Mining Notes
author: A. Tester
---

# Lunar Mining Notes

## Helium-3

Helium-3 is deposited in lunar regolith by the solar wind. Concentrations reach 20 parts per billion in mature soils.

## Water Ice

Permanently shadowed craters near the south pole hold water ice. The ice could supply oxygen and rocket fuel:

- Oxygen for life support
- Hydrogen for propellant
"""

TEXT = """Deep Sea Nodules

Polymetallic nodules lie on the abyssal plains of the Pacific Ocean. They contain manganese, nickel, cobalt and copper.

The Clarion-Clipperton Zone holds the largest known field of nodules, spread over 4.5 million square kilometres.
"""

HTML = """<!doctype html><html><head><title>Asteroid Resources</title><script>alert('x')</script>
<style>p{color:red}</style></head><body><nav>Home | About</nav>
<h1>Asteroid Resources</h1>
<h2>Metallic asteroids</h2>
<p>M-type asteroids such as 16 Psyche may be rich in iron and nickel.</p>
<ul><li>Platinum-group metals</li><li>Iron and nickel</li></ul>
<h2>Water</h2><p>C-type asteroids contain hydrated minerals that could be mined for water.</p>
<footer>Copyright nobody</footer></body></html>
"""


# three small documents on different subjects (scoping a question to some of them)
NODULES = """# Deep Sea Nodules

## Composition

Polymetallic nodules lie on the abyssal plains of the Pacific Ocean. They contain manganese, nickel, cobalt and copper.

## Location

The Clarion-Clipperton Zone holds the largest known field of nodules, spread over 4.5 million square kilometres.
"""

REKO_DIQ = """# Reko Diq Brief

## Deposits

Pakistan has significant deposits of copper and gold at Reko Diq in Baluchistan. The Reko Diq mine is one of the largest undeveloped copper and gold deposits in the world.

## Ownership

Barrick Gold owns half of the Reko Diq project. The other half is held by the federal government and the province of Baluchistan.
"""

ASTEROIDS = """# Asteroid Resources

## Metallic asteroids

M-type asteroids such as 16 Psyche may be rich in iron and nickel. Platinum-group metals are also expected in metallic asteroids.

## Water

C-type asteroids contain hydrated minerals that could be mined for water.
"""

FILES = {"nodules.md": NODULES, "reko-diq.md": REKO_DIQ, "asteroids.md": ASTEROIDS}
