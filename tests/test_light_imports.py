"""What worker processes import must not pull in Qt (worker start-up would triple)."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    ["tasker_qt.core.process_worker", "tasker_qt.batch.calls", "tasker_qt.plugins.loader"],
)
def test_worker_side_modules_import_without_qt(module):
    code = f"import sys, {module}; print(any(m.startswith('PySide6') for m in sys.modules))"
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "False"


def _modules_loaded_by(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(ran.stdout.split())


def test_the_panel_needs_no_job_files_and_no_app():
    loaded = _modules_loaded_by("import tasker_qt.ui; tasker_qt.ui.TaskMonitorPanel")
    assert "tasker_qt.ui.panel" in loaded
    strays = sorted(m for m in loaded if m.startswith(("tasker_qt.plugins", "tasker_qt.app")))
    assert strays == []


def _imports_of(package: str) -> dict[str, set[str]]:
    """module file -> the modules it imports (absolute, from its syntax tree)."""
    import ast
    from pathlib import Path

    import tasker_qt

    found = {}
    for path in (Path(tasker_qt.__file__).parent / package).glob("*.py"):
        names = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: resolve against tasker_qt.<package>
                    parts = ["tasker_qt", package][: 3 - node.level]
                    base = ".".join([*parts, base]) if base else ".".join(parts)
                names.add(base)
                names.update(f"{base}.{alias.name}" for alias in node.names)
        found[path.name] = names
    return found


@pytest.mark.parametrize("package", ["core", "batch", "plugins"])
def test_headless_packages_import_no_widgets(package):
    imports = _imports_of(package)
    assert imports, package
    offenders = {
        name: sorted(
            m
            for m in modules
            if m.startswith(("PySide6.QtGui", "PySide6.QtWidgets", "tasker_qt.ui", "tasker_qt.app"))
        )
        for name, modules in imports.items()
    }
    assert {name: bad for name, bad in offenders.items() if bad} == {}


def test_the_window_does_not_import_the_entry_point():
    loaded = _modules_loaded_by("from tasker_qt.app import MainWindow")
    assert "tasker_qt.app.window" in loaded
    assert "tasker_qt.app.main" not in loaded


def test_app_help_needs_no_qt():
    loaded = _modules_loaded_by("from tasker_qt.app import main")
    assert not any(m.startswith("PySide6") for m in loaded)
