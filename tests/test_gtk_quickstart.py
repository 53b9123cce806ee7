"""The quick-start examples of the GTK tasker's developer doc, with only the import changed.

Each snippet is executed as written (comments and all) in a module of its own
that is not importable, as code pasted into a script or a notebook would be.
"""

import types

GTK_IMPORT = "from rayforge.shared.tasker import task_mgr"
QT_IMPORT = "from tasker_qt import task_mgr"

IO_TASK = """
import asyncio
from rayforge.shared.tasker import task_mgr

# Deine Hintergrundfunktion MUSS `context` als erstes Argument akzeptieren.
async def my_io_task(context, url):
    context.set_message("Wird heruntergeladen...")
    # ... asynchronen Download durchführen ...
    await asyncio.sleep(2) # Arbeit simulieren
    context.set_progress(1.0)
    context.set_message("Download abgeschlossen!")

# Die Task aus deinem UI-Code starten (z.B. ein Button-Klick)
task_mgr.add_coroutine(my_io_task, "http://example.com", key="downloader")
"""

CPU_TASK = """
import time
from rayforge.shared.tasker import task_mgr

# Eine reguläre Funktion, nicht async.
def my_cpu_task(context, iterations):
    context.set_total(iterations)
    context.set_message("Berechne...")
    for i in range(iterations):
        # ... schwere Berechnung durchführen ...
        time.sleep(0.1) # Arbeit simulieren
        context.set_progress(i + 1)
    return "Endergebnis"

# Die Task starten
task_mgr.run_process(my_cpu_task, 50, key="calculator")
"""

THREAD_TASK = """
import time
from rayforge.shared.tasker import task_mgr

# Eine reguläre Funktion, die in einem Thread laufen wird
def my_thread_task(context, duration):
    context.set_message("Arbeite im Thread...")
    time.sleep(duration) # Arbeit simulieren
    context.set_progress(1.0)
    return "Thread-Task abgeschlossen"

# Die Task in einem Thread starten
task_mgr.run_thread(my_thread_task, 2, key="thread_worker")
"""

UI_UPDATE = """
def setup_ui(progress_bar, status_label):
    # Dieser Handler aktualisiert die UI basierend auf dem Gesamtfortschritt
    def on_tasks_updated(sender, tasks, progress):
        progress_bar.set_fraction(progress)
        if tasks:
            status_label.set_text(tasks[-1].get_message() or "Arbeite...")
        else:
            status_label.set_text("Leerlauf")

    task_mgr.tasks_updated.connect(on_tasks_updated)
"""

WHEN_DONE = """
def on_task_finished(task):
    if task.get_status() == 'completed':
        print(f"Task beendet mit Ergebnis: {task.result()}")
    elif task.get_status() == 'failed':
        print(f"Task fehlgeschlagen: {task._task_exception}")

task_mgr.run_process(my_cpu_task, 10, when_done=on_task_finished)
"""


def run_snippet(source, namespace=None):
    """Execute a doc snippet, with the GTK import swapped for ours, in a loose module."""
    assert GTK_IMPORT in source or namespace is not None
    module = types.ModuleType("pasted_snippet")  # not in sys.modules: not importable
    if namespace:
        module.__dict__.update(namespace)
    exec(compile(source.replace(GTK_IMPORT, QT_IMPORT), "<doc snippet>", "exec"), module.__dict__)
    return module.__dict__


class FakeProgressBar:
    def __init__(self):
        self.fractions = []

    def set_fraction(self, value):
        self.fractions.append(value)


class FakeLabel:
    def __init__(self):
        self.texts = []

    def set_text(self, text):
        self.texts.append(text)


def test_quick_start_examples_run_unchanged(global_task_manager, qtbot, capsys):
    from tasker_qt import task_mgr

    bar, label = FakeProgressBar(), FakeLabel()
    ui = run_snippet(UI_UPDATE, {"task_mgr": task_mgr})
    ui["setup_ui"](bar, label)

    run_snippet(IO_TASK)
    cpu = run_snippet(CPU_TASK)
    run_snippet(THREAD_TASK)
    downloader = task_mgr.get_task("downloader")
    calculator = task_mgr.get_task("calculator")
    thread_worker = task_mgr.get_task("thread_worker")
    assert {downloader.kind, calculator.kind, thread_worker.kind} == {"async", "process", "thread"}

    run_snippet(WHEN_DONE, cpu)  # uses my_cpu_task from the CPU example

    qtbot.waitUntil(lambda: calculator.get_progress() >= 0.1, timeout=10000)
    assert calculator.get_message() == "Berechne..."
    assert label.texts and "Leerlauf" not in label.texts[-1]
    task_mgr.cancel_task("calculator")  # the cancellation example

    assert task_mgr.wait_until_settled(20000)
    assert downloader.get_message() == "Download abgeschlossen!"
    assert thread_worker.result() == "Thread-Task abgeschlossen"
    assert calculator.get_status() == "cancelled"
    assert "Task beendet mit Ergebnis: Endergebnis" in capsys.readouterr().out
    qtbot.waitUntil(lambda: label.texts[-1] == "Leerlauf", timeout=2000)
    assert bar.fractions[-1] == 1.0
    assert any(0 < f < 1 for f in bar.fractions)
