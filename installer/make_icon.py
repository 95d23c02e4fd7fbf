"""Render resources/icons/app.svg into installer/app.ico (16–256 px), the icon of the Windows executables and setup.

    QT_QPA_PLATFORM=offscreen python installer/make_icon.py

Run again after changing app.svg; the .ico is committed so that a Windows build needs nothing but PyInstaller.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data())))


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(REPO / "resources" / "icons" / "app.svg"))
    largest = render(renderer, SIZES[-1])
    largest.save(REPO / "installer" / "app.ico", sizes=[(s, s) for s in SIZES])
    return 0


if __name__ == "__main__":
    sys.exit(main())
