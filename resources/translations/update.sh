#!/usr/bin/env bash
# Refresh the .ts sources from the code (new strings arrive marked unfinished),
# then compile them to the .qm files the app loads. Edit translations with
# pyside6-linguist; tests/test_translations.py fails while any is unfinished.
# English is the source language: its file holds only the plural forms
# ("1 task" / "2 tasks" for "%n task(s)").
set -euo pipefail
cd "$(dirname "$0")"
sources=(../../tasker_qt/ui/*.py ../../tasker_qt/app/*.py ../../tasker_qt/core/dask_runner.py)
for ts in tasker_qt_*.ts; do
    only=()
    [ "$ts" = tasker_qt_en.ts ] && only=(-pluralonly)
    pyside6-lupdate "${only[@]}" -no-obsolete -locations relative "${sources[@]}" -ts "$ts"
    pyside6-lrelease "$ts"
done
