"""A tiny PDF writer for test inputs: real PDF files with given lines per page (Helvetica, WinAnsi),
or image-only pages. Only for building bad/edge-case inputs the corpus does not have."""
from __future__ import annotations

import zlib
from pathlib import Path


def _escape(line: str) -> bytes:
    raw = line.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _page_stream(lines: list[str]) -> bytes:
    parts = [b"BT /F1 10 Tf 12 TL 40 800 Td"]
    for line in lines:
        parts.append(b"(" + _escape(line) + b") Tj T*")
    parts.append(b"ET")
    return b"\n".join(parts)


def _placed_stream(items: list[tuple[float, float, str]]) -> bytes:
    """Text placed at (x, y), one text object each: a table drawn cell by cell, as table tools write it."""
    return b"\n".join(b"q 1 0 0 1 " + f"{x:.1f} {y:.1f}".encode() + b" cm BT /F1 9 Tf (" + _escape(t) + b") Tj ET Q"
                       for x, y, t in items)


def _image_stream() -> bytes:
    return b"q 200 0 0 200 100 500 cm /Im1 Do Q"


def write_pdf(path: Path, pages: list[list[str] | list[tuple[float, float, str]] | None], info: dict[str, str] | None = None) -> Path:
    """`pages`: a list of lines per page, or of (x, y, text) placed on the page (a table drawn cell by cell);
    None makes an image-only page (no text layer)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pixels = zlib.compress(bytes(range(256)) * 4)
    image = add(b"<< /Type /XObject /Subtype /Image /Width 32 /Height 32 /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Filter /FlateDecode /Length " + str(len(pixels)).encode() + b" >>\n"
                b"stream\n" + pixels + b"\nendstream")
    pages_id = len(objects) + 2 * len(pages) + 1  # the id the Pages object will get below
    kids = []
    for lines in pages:
        content = (_image_stream() if lines is None else
                   _placed_stream(lines) if lines and isinstance(lines[0], tuple) else _page_stream(lines))
        c = add(b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream")
        resources = (b"<< /XObject << /Im1 " + str(image).encode() + b" 0 R >> >>" if lines is None
                     else b"<< /Font << /F1 " + str(font).encode() + b" 0 R >> >>")
        kids.append(add(b"<< /Type /Page /Parent " + str(pages_id).encode() + b" 0 R /MediaBox [0 0 595 842] "
                        b"/Contents " + str(c).encode() + b" 0 R /Resources " + resources + b" >>"))
    assert add(b"<< /Type /Pages /Kids [" + b" ".join(f"{k} 0 R".encode() for k in kids) +
               b"] /Count " + str(len(kids)).encode() + b" >>") == pages_id
    catalog = add(b"<< /Type /Catalog /Pages " + str(pages_id).encode() + b" 0 R >>")
    info_items = b" ".join(b"/" + k.encode() + b" (" + _escape(v) + b")" for k, v in (info or {}).items())
    info_id = add(b"<< " + info_items + b" >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info_id} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    path.write_bytes(bytes(out))
    return path


def encrypt_pdf(src: Path, dst: Path, user_password: str) -> Path:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(src))
    writer.encrypt(user_password=user_password, owner_password="eigenaar", algorithm="AES-128")
    with dst.open("wb") as f:
        writer.write(f)
    return dst


def table_cells(top: float, rows: list[list[str]], xs: list[float], right: tuple[float, ...] = (),
                leading: float = 16) -> list[tuple[float, float, str]]:
    """A table drawn cell by cell for `write_pdf`: each row's cells at the column positions `xs` (a column
    in `right` is right-aligned there, as amounts are), one row every `leading` points from `top` down."""
    items = []
    for n, row in enumerate(rows):
        for x, cell in zip(xs, row):
            if cell:
                items.append((x - len(cell) * 5 if x in right else x, top - n * leading, cell))
    return items
