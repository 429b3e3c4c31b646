"""Helpers the benchmark workers and the orchestrator share: medians, and handing results back as JSON.

Stdlib only, like every module a worker imports.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Mapping
from typing import Any

RESULT_PREFIX = "BENCH-RESULT "


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def emit(result: Mapping[str, Any]) -> None:
    """Hand a worker's result to the orchestrator: one JSON line on stdout, marked."""
    sys.stdout.write(RESULT_PREFIX + json.dumps(result) + "\n")
    sys.stdout.flush()


def read_result(stdout: str) -> dict[str, Any]:
    for line in reversed(stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            result: dict[str, Any] = json.loads(line[len(RESULT_PREFIX) :])
            return result
    raise ValueError(f"the worker printed no result line; its output ended with: {stdout[-2000:]!r}")
