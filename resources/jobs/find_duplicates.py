"""Find duplicate files

Finds files with identical contents under a folder: files are first grouped
by size, and only same-sized files are hashed, so large folders are quick.
Each group of duplicates is logged with the space it wastes.
"""

import hashlib
from collections import defaultdict
from pathlib import Path

MODE = "process"


def run(context, folder: Path = Path("~"), min_size_kb: int = 1) -> dict:
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is not a folder")
    context.set_message(f"Listing {folder}…")
    by_size = defaultdict(list)
    for path in folder.rglob("*"):
        if context.is_cancelled():
            return {"groups": 0, "cancelled": True}
        try:
            if path.is_file() and not path.is_symlink():
                size = path.stat().st_size
                if size >= min_size_kb * 1024:
                    by_size[size].append(path)
        except OSError:
            continue
    candidates = [paths for paths in by_size.values() if len(paths) > 1]
    context.set_total(max(sum(len(p) for p in candidates), 1))
    by_digest = defaultdict(list)
    done = 0
    for paths in candidates:
        for path in paths:
            if context.is_cancelled():
                return {"groups": 0, "cancelled": True}
            try:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError as exc:
                context.log(f"skipped {path}: {exc.strerror or exc}")
            else:
                by_digest[digest].append(path)
            done += 1
            context.set_progress(done)
            context.set_message(f"Comparing {path.name}")
    groups = [paths for paths in by_digest.values() if len(paths) > 1]
    wasted = sum(p[0].stat().st_size * (len(p) - 1) for p in groups)
    for paths in groups:
        context.log(" = ".join(str(p.relative_to(folder)) for p in paths))
    context.set_message(f"{len(groups)} groups of duplicates, {wasted / 1e6:.1f} MB wasted")
    return {"groups": len(groups), "wasted_bytes": wasted}
