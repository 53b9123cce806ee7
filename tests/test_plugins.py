import textwrap
from pathlib import Path

import pytest

from tasker_qt.plugins import JobExistsError, JobRegistry, parse_job_file
from tasker_qt.resources import bundled_jobs_folder

GOOD = '''\
"""Resize photos

Makes every photo smaller.
"""
from pathlib import Path
from typing import Literal

MODE = "thread"

def run(context, folder: Path = Path("~/Pictures"), width: int = 800, quality: float = 0.9,
        sharpen: bool = False, label: str = "small", fmt: Literal["jpg", "png"] = "jpg"):
    context.set_progress(1.0)
    return (str(folder), width, quality, sharpen, label, fmt)
'''

BROKEN = {
    "syntax.py": ("def run(context:\n", "syntax error on line"),
    "no_run.py": ('"""Nothing here"""\nx = 1\n', "no run(context, ...)"),
    "no_context.py": ("def run(width: int = 3):\n    pass\n", "context as its first parameter"),
    "bad_type.py": ("def run(context, items: list = []):\n    pass\n", "supported types are"),
    "no_default.py": ("def run(context, width: int):\n    pass\n", "needs a default"),
    "not_literal.py": ("import os\ndef run(context, w: int = os.cpu_count()):\n    pass\n",
                       "must be a plain value"),
    "wrong_default.py": ("def run(context, w: int = 'wide'):\n    pass\n", "whole number"),
    "bad_mode.py": ('MODE = "gpu"\ndef run(context):\n    pass\n', "MODE must be one of"),
    "async_mismatch.py": ('MODE = "thread"\nasync def run(context):\n    pass\n', "not async"),
    "star_args.py": ("def run(context, *args):\n    pass\n", "*args"),
}  # fmt: skip

# Listing must never execute a job: this one would write a file if it ran.
SIDE_EFFECT = '''\
"""Writes a file when imported"""
from pathlib import Path
Path(__file__).with_suffix(".ran").write_text("executed!")

def run(context):
    return "ok"
'''


@pytest.fixture
def job_folder(tmp_path):
    folder = tmp_path / "jobs"
    folder.mkdir()
    (folder / "resize.py").write_text(GOOD)
    for name, (source, _) in BROKEN.items():
        (folder / name).write_text(source)
    (folder / "side_effect.py").write_text(SIDE_EFFECT)
    return folder


def test_good_job_spec_from_the_syntax_tree(job_folder):
    spec = parse_job_file(job_folder / "resize.py")
    assert spec.error is None
    assert (spec.name, spec.title, spec.description, spec.mode) == (
        "resize",
        "Resize photos",
        "Makes every photo smaller.",
        "thread",
    )
    kinds = [(p.name, p.kind, p.default, p.choices) for p in spec.params]
    assert kinds == [
        ("folder", "path", Path("~/Pictures").expanduser(), None),
        ("width", "int", 800, None),
        ("quality", "float", 0.9, None),
        ("sharpen", "bool", False, None),
        ("label", "str", "small", None),
        ("fmt", "choice", "jpg", ("jpg", "png")),
    ]
    assert spec.params[0].label == "Folder"


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_are_listed_with_a_reason(job_folder, name, qapp):
    registry = JobRegistry([job_folder])
    spec = registry.get(Path(name).stem)
    assert spec is not None and spec.error is not None
    assert BROKEN[name][1] in spec.error


def test_listing_never_runs_a_jobs_code(job_folder, qapp):
    registry = JobRegistry([job_folder])
    assert registry.get("side_effect").error is None
    assert registry.get("side_effect").title == "Writes a file when imported"
    assert not (job_folder / "side_effect.ran").exists()
    assert {s.name for s in registry.jobs()} == {"resize", "side_effect"} | {
        Path(n).stem for n in BROKEN
    }


def test_editing_adding_and_removing_files_updates_the_list(job_folder, qapp, qtbot):
    registry = JobRegistry([job_folder])
    with qtbot.waitSignal(registry.jobs_changed, timeout=5000):
        (job_folder / "resize.py").write_text(GOOD.replace("Resize photos", "Shrink photos"))
    assert registry.get("resize").title == "Shrink photos"
    with qtbot.waitSignal(registry.jobs_changed, timeout=5000):
        (job_folder / "fresh.py").write_text('"""Fresh"""\ndef run(context):\n    pass\n')
    assert registry.get("fresh").title == "Fresh"
    with qtbot.waitSignal(registry.jobs_changed, timeout=5000):
        (job_folder / "fresh.py").unlink()
    assert registry.get("fresh") is None


def test_first_folder_wins_for_the_same_name(tmp_path, qapp):
    mine, bundled = tmp_path / "mine", tmp_path / "bundled"
    mine.mkdir()
    bundled.mkdir()
    (mine / "job.py").write_text('"""Mine"""\ndef run(context):\n    pass\n')
    (bundled / "job.py").write_text('"""Bundled"""\ndef run(context):\n    pass\n')
    assert JobRegistry([mine, bundled]).get("job").title == "Mine"


def test_install_copies_a_valid_job(job_folder, tmp_path, qapp):
    target = tmp_path / "user"
    registry = JobRegistry([target])
    spec = registry.install(job_folder / "resize.py")
    assert spec.path == target / "resize.py"
    assert (target / "resize.py").read_text() == GOOD
    assert registry.get("resize").path == target / "resize.py"
    with pytest.raises(JobExistsError, match="already installed"):
        registry.install(job_folder / "resize.py")
    changed = GOOD.replace("Resize photos", "Resize v2")
    (tmp_path / "v2").mkdir()
    (tmp_path / "v2" / "resize.py").write_text(changed)
    assert registry.install(tmp_path / "v2" / "resize.py", overwrite=True).title == "Resize v2"


def test_install_refuses_to_hide_a_job_from_a_later_folder(job_folder, tmp_path, qapp):
    target = tmp_path / "user"
    registry = JobRegistry([target, job_folder])  # job_folder plays the bundled examples
    copy = tmp_path / "download" / "resize.py"
    copy.parent.mkdir()
    copy.write_text(GOOD.replace("Resize photos", "My resize"))
    with pytest.raises(JobExistsError, match="would hide it"):
        registry.install(copy)
    assert not (target / "resize.py").exists()
    assert registry.get("resize").path == job_folder / "resize.py"
    assert registry.install(copy, overwrite=True).title == "My resize"  # the user said yes
    assert registry.get("resize").path == target / "resize.py"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.txt", "hello", r"only \.py job files"),
        ("syntax.py", BROKEN["syntax.py"][0], "not a valid job"),
        ("..py", GOOD, "not a usable job file name"),
        ("has space.py", GOOD, "not a usable job file name"),
    ],
)
def test_install_refuses_bad_files_and_copies_nothing(tmp_path, qapp, name, content, message):
    source_dir = tmp_path / "incoming"
    source_dir.mkdir()
    source = source_dir / name
    source.write_text(content)
    target = tmp_path / "user"
    registry = JobRegistry([target])
    with pytest.raises(ValueError, match=message):
        registry.install(source)
    assert not target.exists() or not any(target.iterdir())


def test_install_never_writes_through_a_symlink_out_of_the_folder(tmp_path, qapp):
    target = tmp_path / "user"
    target.mkdir()
    outside = tmp_path / "outside.py"
    outside.write_text("precious")
    (target / "resize.py").symlink_to(outside)
    source = tmp_path / "resize.py"
    source.write_text(GOOD)
    with pytest.raises(ValueError, match="outside"):
        JobRegistry([target]).install(source, overwrite=True)
    assert outside.read_text() == "precious"


def test_run_checks_parameters_before_starting(job_folder, task_manager, qapp):
    registry = JobRegistry([job_folder])
    with pytest.raises(ValueError, match="no parameter colour"):
        registry.run("resize", task_manager, colour="red")
    with pytest.raises(ValueError, match="width must be a whole number"):
        registry.run("resize", task_manager, width="wide")
    with pytest.raises(ValueError, match="fmt must be one of 'jpg', 'png'"):
        registry.run("resize", task_manager, fmt="gif")
    with pytest.raises(ValueError, match="cannot run"):
        registry.run("no_run", task_manager)
    with pytest.raises(KeyError, match="no job named"):
        registry.run("missing", task_manager)
    assert not task_manager.has_tasks()


def test_form_values_reach_the_job(job_folder, task_manager, qapp, tmp_path):
    registry = JobRegistry([job_folder])
    task = registry.run("resize", task_manager, folder=str(tmp_path), width=1024, fmt="png")
    assert task.kind == "thread" and task.name == "Resize photos"
    assert task_manager.wait_until_settled(5000)
    assert task.result() == (str(tmp_path), 1024, 0.9, False, "small", "png")


def test_process_job_from_a_file_outside_sys_path_reports_progress(tmp_path, task_manager, qtbot):
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "steps.py").write_text(
        textwrap.dedent('''\
        """Count in steps"""
        import time
        from dataclasses import dataclass

        @dataclass
        class Tally:
            total: int

        def run(context, steps: int = 10):
            context.set_total(steps)
            for i in range(steps):
                context.set_progress(i + 1)
                context.set_message(f"step {i + 1}")
                time.sleep(0.02)
            return Tally(steps).total
        ''')
    )
    registry = JobRegistry([folder])
    assert registry.get("steps").mode == "process"
    seen = []
    task_manager.task_changed.connect(lambda t: seen.append(t.get_progress()))
    task = registry.run("steps", task_manager, steps=25)
    assert task_manager.wait_until_settled(15000)
    assert task.result() == 25
    assert task.get_message() == "step 25"
    assert any(0 < p < 1 for p in seen)


def test_async_job_runs_on_the_loop(tmp_path, task_manager):
    (tmp_path / "tick.py").write_text(
        '"""Tick"""\nimport asyncio\n\nasync def run(context, n: int = 3):\n'
        "    await asyncio.sleep(0.01)\n    return n * 2\n"
    )
    task = JobRegistry([tmp_path]).run("tick", task_manager, n=21)
    assert task.kind == "async"
    assert task_manager.wait_until_settled(5000)
    assert task.result() == 42


def test_bundled_examples_are_valid_and_documented(qapp):
    specs = JobRegistry([bundled_jobs_folder()]).jobs()
    assert {s.name for s in specs} >= {
        "hash_files",
        "find_duplicates",
        "count_primes",
        "make_thumbnails",
        "watch_folder",
    }
    for spec in specs:
        assert spec.error is None, (spec.name, spec.error)
        assert spec.title and len(spec.description) > 40
    assert {s.mode for s in specs} == {"process", "thread", "async"}


def test_hostile_job_folders_are_listed_without_hanging(tmp_path, qapp):
    import os

    from tasker_qt.plugins.parse import MAX_JOB_FILE_SIZE

    folder = tmp_path / "jobs"
    folder.mkdir()
    os.mkfifo(folder / "fifo.py")  # reading it would block forever
    (folder / "zero.py").symlink_to("/dev/zero")  # reading it would never end
    (folder / "huge.py").write_text("x = 1\n" * (MAX_JOB_FILE_SIZE // 6 + 10))
    (folder / "latin.py").write_bytes('"""Caf\xe9"""\ndef run(context): pass\n'.encode("latin-1"))
    (folder / "nul.py").write_bytes(b'"""Nul"""\ndef run(context): pass\n\x00\n')
    (folder / "deep.py").write_text("x = " + "(" * 5000 + ")" * 5000 + "\n")
    (folder / "folder.py").mkdir()
    (folder / "good.py").write_text(GOOD)
    registry = JobRegistry([folder])
    specs = {spec.name: spec for spec in registry.jobs()}
    assert set(specs) == {"fifo", "zero", "huge", "latin", "nul", "deep", "good"}
    assert specs["good"].error is None
    assert "not a regular file" in specs["fifo"].error
    assert "not a regular file" in specs["zero"].error
    assert "too large" in specs["huge"].error and "256 KB" in specs["huge"].error
    for name in ("latin", "nul", "deep"):
        assert specs[name].error, name
    with pytest.raises(ValueError, match="not a file"):
        registry.install(folder / "fifo.py")


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,000", 1000), ("-12,345,678", -12345678), ("1_000", 1000), (" 42 ", 42), ("7", 7)],
)
def test_a_whole_number_from_the_command_line_may_group_thousands(text, value):
    from tasker_qt.plugins.spec import JobParam

    assert JobParam("count", "int", 1).parse(text) == value


@pytest.mark.parametrize("text", ["12,5", "1,00", "1,0000", ",100", "100,", "1,,000", "1.5"])
def test_a_comma_that_groups_no_thousands_is_refused_not_dropped(text):
    """'12,5' is a decimal comma, not 125: refused, as any other text that is no whole number."""
    from tasker_qt.plugins.spec import JobParam

    with pytest.raises(ValueError, match="count must be a whole number"):
        JobParam("count", "int", 1).parse(text)
