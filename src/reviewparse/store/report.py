"""What a load did: counts per outcome and one line per failure. No database imports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Outcome = Literal["loaded", "replaced", "unchanged"]


@dataclass(frozen=True)
class LoadFailure:
    """A record that was not loaded: where it came from and why."""

    source: str
    error: str

    def __str__(self) -> str:
        return f"{self.source}: {self.error}"


@dataclass
class LoadReport:
    """Counts of a load: new sources, replaced sources, unchanged sources, failures."""

    loaded: int = 0
    replaced: int = 0
    unchanged: int = 0
    failures: list[LoadFailure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def total(self) -> int:
        return self.loaded + self.replaced + self.unchanged + self.failed

    def count(self, outcome: Outcome) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def fail(self, source: str, error: str) -> None:
        self.failures.append(LoadFailure(source, error))

    def add(self, other: LoadReport) -> None:
        self.loaded += other.loaded
        self.replaced += other.replaced
        self.unchanged += other.unchanged
        self.failures.extend(other.failures)

    def summary(self) -> str:
        return (
            f"loaded {self.loaded}, replaced {self.replaced}, "
            f"unchanged {self.unchanged}, failed {self.failed}"
        )

    def to_json(self) -> dict[str, object]:
        return {
            "loaded": self.loaded,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "failures": [{"source": f.source, "error": f.error} for f in self.failures],
        }
