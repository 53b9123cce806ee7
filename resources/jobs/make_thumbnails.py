"""Make thumbnails of images

Scales every image in a folder (PNG, JPEG, GIF, BMP, WebP where supported)
down to fit a square, keeping its proportions, and saves the results in a
`thumbnails` folder inside it. Runs in a thread using Qt's QImage.
"""

from pathlib import Path
from typing import Literal

MODE = "thread"

SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"}


def run(
    context,
    folder: Path = Path("~/Pictures"),
    size: int = 256,
    image_format: Literal["jpg", "png"] = "jpg",
    overwrite: bool = False,
) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is not a folder")
    if size < 8:
        raise ValueError("size must be at least 8 pixels")
    images = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)
    output = folder / "thumbnails"
    output.mkdir(exist_ok=True)
    context.set_total(max(len(images), 1))
    made = 0
    for done, path in enumerate(images, 1):
        if context.is_cancelled():
            break
        target = output / f"{path.stem}.{image_format}"
        context.set_message(path.name)
        if target.exists() and not overwrite:
            context.log(f"kept existing {target.name}")
        else:
            image = QImage(str(path))
            if image.isNull():
                context.log(f"could not read {path.name}")
            else:
                thumb = image.scaled(
                    size,
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                if thumb.save(str(target)):
                    made += 1
                    context.log(f"{path.name} -> {target.name} ({thumb.width()}x{thumb.height()})")
                else:
                    context.log(f"could not write {target.name}")
        context.set_progress(done)
    return made
