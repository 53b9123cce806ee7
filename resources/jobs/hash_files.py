"""Hash every file in a folder

Walks a folder and its sub-folders and computes a checksum of every file,
logging one line per file in the format of `sha256sum` (copy the log to keep
a manifest). Hidden files and folders are skipped unless asked for. Runs in
its own process; cancel it at any time.
"""

import hashlib
from pathlib import Path
from typing import Literal

MODE = "process"

CHUNK = 1 << 20


def run(
    context,
    folder: Path = Path("~"),
    algorithm: Literal["sha256", "sha1", "md5", "blake2b"] = "sha256",
    include_hidden: bool = False,
) -> dict:
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is not a folder")
    context.set_message(f"Listing {folder}…")
    files = []
    for path in folder.rglob("*"):
        if context.is_cancelled():
            return {"hashed": 0, "cancelled": True}
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if path.is_file() and (include_hidden or not hidden):
            files.append(path)
    context.set_total(max(len(files), 1))
    hashed = size = 0
    for done, path in enumerate(files, 1):
        if context.is_cancelled():
            break
        relative = path.relative_to(folder)
        context.set_message(str(relative))
        digest = hashlib.new(algorithm)
        try:
            with path.open("rb") as stream:
                while chunk := stream.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
        except OSError as exc:
            context.log(f"skipped {relative}: {exc.strerror or exc}")
        else:
            hashed += 1
            context.log(f"{digest.hexdigest()}  {relative}")
        context.set_progress(done)
    context.set_message(f"{hashed} files, {size / 1e6:.1f} MB hashed")
    return {"hashed": hashed, "bytes": size, "algorithm": algorithm}
