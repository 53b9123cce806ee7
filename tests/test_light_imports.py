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
