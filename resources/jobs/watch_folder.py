"""Watch a folder for changes

Polls a folder every few seconds and logs files that appear, change or
disappear, until the time is up or you cancel it. An asyncio job: it runs
on the application's event loop and waits without using a thread.
"""

import asyncio
from pathlib import Path

MODE = "async"


def snapshot(folder: Path) -> dict:
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir() if p.is_file()}


async def run(context, folder: Path = Path("~"), minutes: float = 5.0, interval: float = 2.0):
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is not a folder")
    if interval <= 0 or minutes <= 0:
        raise ValueError("minutes and interval must be positive")
    loop = asyncio.get_running_loop()
    end = loop.time() + minutes * 60
    before = snapshot(folder)
    changes = 0
    context.set_message(f"Watching {len(before)} files")
    while (now := loop.time()) < end:
        context.set_progress(1 - (end - now) / (minutes * 60))
        await asyncio.sleep(interval)
        after = snapshot(folder)
        for name in sorted(after.keys() - before.keys()):
            context.log(f"added    {name}")
        for name in sorted(before.keys() - after.keys()):
            context.log(f"removed  {name}")
        for name in sorted(n for n in after.keys() & before.keys() if after[n] != before[n]):
            context.log(f"changed  {name}")
        changes += len(after.keys() ^ before.keys())
        changes += sum(after[n] != before[n] for n in after.keys() & before.keys())
        before = after
        context.set_message(f"{changes} changes so far")
    return changes
