"""JobSpec and JobParam: what a job file declares, as read from its syntax tree."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})
# "1,000,000": commas only between groups of three digits. "12,5" is a
# decimal comma, and dropping it would quietly read 125.
_GROUPED_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+")
_OUTPUT_PREFIXES = ("output", "out_", "dest", "target", "save")

ParamKind = Literal["int", "float", "bool", "str", "path", "choice"]
JobMode = Literal["process", "thread", "async"]


@dataclass(frozen=True)
class JobParam:
    """One keyword parameter of ``run``: a field of the job's form."""

    name: str
    kind: ParamKind
    default: Any
    choices: tuple[Any, ...] | None = None

    @property
    def label(self) -> str:
        """'max_depth' -> 'Max depth'."""
        return self.name.replace("_", " ").strip().capitalize()

    @property
    def must_exist(self) -> bool:
        """A path the job reads from, so the form checks it exists before running.

        Paths the job writes to are named so: ``output``, ``out_dir``,
        ``destination``, ``target``, ``save_as``... Those need not exist yet.
        """
        return self.kind == "path" and not self.name.startswith(_OUTPUT_PREFIXES)

    @property
    def wants_folder(self) -> bool:
        """A path parameter whose default has no suffix (``Path("~")``) names a folder."""
        return self.kind == "path" and Path(str(self.default)).suffix == ""

    def path_problem(self, path: Path) -> Literal["missing", "not a folder"] | None:
        """What is wrong with *path* as this input parameter's value, checked before running."""
        if not self.must_exist:
            return None
        if not path.exists():
            return "missing"
        return "not a folder" if self.wants_folder and not path.is_dir() else None

    def parse(self, text: str) -> Any:
        """A value typed as text (on a command line), converted; ValueError saying what fits."""
        kind = self.kind
        if kind == "int":
            text = text.strip()
            if _GROUPED_THOUSANDS.fullmatch(text):
                text = text.replace(",", "")
            try:
                return int(text)
            except ValueError:
                raise ValueError(f"{self.name} must be a whole number, not {text!r}") from None
        if kind == "float":
            try:
                return self.convert(float(text))
            except ValueError:
                raise ValueError(f"{self.name} must be a number, not {text!r}") from None
        if kind == "bool":
            word = text.strip().lower()
            if word in _TRUE or word in _FALSE:
                return word in _TRUE
            raise ValueError(
                f"{self.name} must be true or false (yes/no, on/off, 1/0), not {text!r}"
            )
        if kind == "choice":
            for choice in self.choices or ():
                if str(choice) == text:
                    return choice
        return self.convert(text)

    def convert(self, value: Any) -> Any:
        """The value as the job expects it; ValueError saying what was wrong."""
        kind = self.kind
        if kind == "choice":
            choices = self.choices or ()
            if value not in choices:
                options = ", ".join(repr(c) for c in choices)
                raise ValueError(f"{self.name} must be one of {options}, not {value!r}")
            return value
        if kind == "path":
            if not isinstance(value, str | Path):
                raise ValueError(f"{self.name} must be a path, not {type(value).__name__}")
            return Path(value).expanduser()
        if kind == "bool":
            if not isinstance(value, bool):
                raise ValueError(f"{self.name} must be True or False, not {value!r}")
            return value
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{self.name} must be a whole number, not {value!r}")
            return value
        if kind == "float":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{self.name} must be a number, not {value!r}")
            if not math.isfinite(value):
                raise ValueError(f"{self.name} must be a finite number, not {value!r}")
            return float(value)
        if not isinstance(value, str):
            raise ValueError(f"{self.name} must be text, not {type(value).__name__}")
        return value


@dataclass(frozen=True)
class JobSpec:
    """A job file as listed: ``error`` is None when the file is a valid job."""

    name: str
    path: Path
    title: str
    description: str = ""
    mode: JobMode = "process"
    params: tuple[JobParam, ...] = field(default_factory=tuple)
    error: str | None = None

    def bind(self, values: dict[str, Any]) -> dict[str, Any]:
        """Every parameter's value (defaults filled in), checked and converted."""
        unknown = sorted(set(values) - {p.name for p in self.params})
        if unknown:
            known = ", ".join(p.name for p in self.params) or "none"
            raise ValueError(
                f"job {self.name!r} has no parameter {', '.join(unknown)} (it takes: {known})"
            )
        return {p.name: p.convert(values.get(p.name, p.default)) for p in self.params}
