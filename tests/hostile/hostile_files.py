"""Hostile upload files made cheaply: a decompression bomb PNG and a large fake PDF."""

import struct
import zlib


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_png(width=13000, height=13000):
    """A valid black-and-white PNG of ``width`` × ``height`` pixels: some 20 KB on disk, one byte per pixel
    (169 MB for 13000 × 13000) once Pillow decodes it, and more when it is converted. Made in a fraction of a
    second without ever holding the pixels in memory."""
    rows_per_part = 500
    part = (b"\x00" * (1 + (width + 7) // 8)) * rows_per_part  # filter byte + one bit per pixel
    compressor = zlib.compressobj(6)
    parts = [compressor.compress(part) for _ in range(height // rows_per_part)]
    parts.append(compressor.compress(part[: (height % rows_per_part) * (len(part) // rows_per_part)]))
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", b"".join(parts)) + _chunk(b"IEND", b"")


def fake_pdf(size):
    """``size`` bytes that start like a PDF and are not one."""
    start = b"%PDF-1.7\n"
    return start + b"0" * (size - len(start))
