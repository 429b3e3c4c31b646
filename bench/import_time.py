"""Import + construct a client, each in a fresh interpreter of its own clean virtualenv (see bench/envs.py).

A sample is the time from just before the first import to just after the client exists, measured inside a new
``python -I -c ...`` process (interpreter start-up, the same for all, is left out). The targets take turns run by
run, after one discarded run each that writes the bytecode caches. Two figures per package:

* ``construct``: ``import`` + construct the client (the goal);
* ``first_call_ready``: the same plus what the first ``contacts`` list call loads (ours imports the resource
  module ``getresponse_client.resources.contacts`` on first use of ``client.contacts``, and the list method
  imports its result model, ``ContactListElement``, with the models it nests; the peer has loaded everything
  already; raw output loads them with the operation module).
"""

from __future__ import annotations

import json
import re
import statistics
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SNIPPET = """\
import time
_started = time.perf_counter()
{statements}
print("BENCH-IMPORT-MS", (time.perf_counter() - _started) * 1000.0)
"""


@dataclass(frozen=True)
class ImportTarget:
    env: str  # name of the clean env (bench/envs.py)
    construct: str  # statements: import + construct
    first_call: str  # statements run after `construct` to be ready for client.contacts.list()


TARGETS: dict[str, ImportTarget] = {
    # The floor of the goal: the one import any httpx-based client pays (in ours' clean env).
    "httpx": ImportTarget(env="ours", construct="import httpx", first_call="httpx.Client"),
    "ours": ImportTarget(
        env="ours",
        construct="import getresponse_client\nclient = getresponse_client.GetResponse(api_key='k')",
        first_call="client.contacts\nimport getresponse_client.models.contact_list_element",
    ),
    "peer": ImportTarget(
        env="peer",
        construct="from getresponse import GetResponseClient\nclient = GetResponseClient(api_key='k')",
        first_call="client.contacts",
    ),
    "raw": ImportTarget(
        env="raw",
        construct=(
            "import getresponse_raw\n"
            "client = getresponse_raw.AuthenticatedClient(base_url='https://api.getresponse.com/v3', token='k')"
        ),
        first_call="import getresponse_raw.api.contacts.get_contact_list\nclient.get_httpx_client()",
    ),
}


def statements(target: ImportTarget, figure: str) -> str:
    return target.construct if figure == "construct" else f"{target.construct}\n{target.first_call}"


def measure_once(python: Path, code: str, *, timeout: float = 60.0) -> float:
    completed = subprocess.run(
        [str(python), "-I", "-c", SNIPPET.format(statements=code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    match = re.search(r"^BENCH-IMPORT-MS (\S+)$", completed.stdout, re.MULTILINE)
    if completed.returncode != 0 or match is None:
        raise RuntimeError(f"{python} -c ... failed ({completed.returncode}):\n{completed.stderr[-3000:]}")
    return float(match.group(1))


def measure(pythons: Mapping[str, Path], *, runs: int) -> dict[str, dict[str, list[float]]]:
    """figure -> target -> milliseconds, ``runs`` samples each, the targets interleaved."""
    jobs = [(figure, name) for figure in ("construct", "first_call_ready") for name in TARGETS]
    for figure, name in jobs:  # warm-up: bytecode caches, page cache
        measure_once(pythons[TARGETS[name].env], statements(TARGETS[name], figure))
    samples: dict[str, dict[str, list[float]]] = {figure: {name: [] for name in TARGETS} for figure, _ in jobs}
    for run in range(runs):
        shift = run % len(jobs)
        for figure, name in jobs[shift:] + jobs[:shift]:
            target = TARGETS[name]
            samples[figure][name].append(measure_once(pythons[target.env], statements(target, figure)))
    return samples


BREAKDOWN = """\
import json, sys, time
t0 = time.perf_counter()
import httpx
t1 = time.perf_counter()
after_httpx = set(sys.modules)
import getresponse_client
t2 = time.perf_counter()
client = getresponse_client.GetResponse(api_key="k")
t3 = time.perf_counter()
loaded = [m for m in {heavy!r} if m in sys.modules and m not in after_httpx]
client.contacts
import getresponse_client.models.contact_list_element  # what client.contacts.list() imports when called
t4 = time.perf_counter()
models = sum(1 for m in sys.modules if m.startswith("getresponse_client.models."))
runtime = sum(1 for m in sys.modules if m.startswith("getresponse_runtime."))
stages = {{"import httpx": t1 - t0, "import getresponse_client (rest)": t2 - t1, "GetResponse()": t3 - t2,
          "first contacts.list() imports": t4 - t3}}
print("BENCH-BREAKDOWN", json.dumps({{"ms": {{k: v * 1000 for k, v in stages.items()}}, "loaded": loaded,
                                      "model_modules": models, "runtime_modules": runtime}}))
"""
# Modules that are slow to import and that a sync client does not need before its first request; the breakdown
# names those that getresponse_client loads beyond what `import httpx` already did.
HEAVY = ("asyncio", "importlib.metadata", "attrs", "attr", "httpcore", "ssl", "email.parser", "zipfile", "csv")


def breakdown(python: Path, *, runs: int = 5) -> dict[str, Any]:
    """Where ours spends its import + construct time, stage by stage (medians of ``runs`` fresh interpreters)."""
    stages: dict[str, list[float]] = {}
    last: dict[str, Any] = {}
    for _ in range(runs):
        completed = subprocess.run(
            [str(python), "-I", "-c", BREAKDOWN.format(heavy=HEAVY)],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        match = re.search(r"^BENCH-BREAKDOWN (.+)$", completed.stdout, re.MULTILINE)
        if match is None:
            raise RuntimeError(f"breakdown printed nothing: {completed.stderr[-2000:]}")
        last = json.loads(match.group(1))
        for stage, ms in last["ms"].items():
            stages.setdefault(stage, []).append(ms)
    return {
        "ms": {stage: statistics.median(values) for stage, values in stages.items()},
        "loaded_at_construct": last["loaded"],
        "model_modules_for_first_call": last["model_modules"],
        "runtime_modules_for_first_call": last["runtime_modules"],
    }
