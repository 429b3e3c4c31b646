"""Small helpers the benchmark workers share: interleaved timing, medians, and handing results back as JSON.

Stdlib only, like every module a worker imports.
"""

from __future__ import annotations

import json
import statistics
import sys
import timeit
from collections.abc import Callable, Mapping
from typing import Any

RESULT_PREFIX = "BENCH-RESULT "


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def calibrate(func: Callable[[], object], target_seconds: float) -> int:
    """Calls per timing so that one timing lasts about ``target_seconds`` (at least one call)."""
    timer = timeit.Timer(func, setup="import gc; gc.enable()")
    number, elapsed = timer.autorange()
    per_call = elapsed / number
    return max(1, round(target_seconds / per_call))


def time_interleaved(
    funcs: Mapping[str, Callable[[], object]], *, rounds: int, target_seconds: float, max_seconds: float
) -> dict[str, list[float]]:
    """Seconds per call of each function, one figure per round, the functions taking turns within a round.

    The garbage collector stays on (timeit turns it off by default): parsing builds thousands of objects, and
    the collections they cause are part of what a caller pays. Stops early, after a whole round, once
    ``max_seconds`` have passed.
    """
    numbers = {name: calibrate(func, target_seconds) for name, func in funcs.items()}
    timers = {name: timeit.Timer(func, setup="import gc; gc.enable()") for name, func in funcs.items()}
    samples: dict[str, list[float]] = {name: [] for name in funcs}
    deadline = timeit.default_timer() + max_seconds
    names = list(funcs)
    for round_number in range(rounds):
        order = names[round_number % len(names) :] + names[: round_number % len(names)]
        for name in order:
            samples[name].append(timers[name].timeit(numbers[name]) / numbers[name])
        if timeit.default_timer() > deadline:
            break
    return samples


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
