"""Import + construct a client, each in a fresh interpreter of its own clean virtualenv (see bench/envs.py).

A sample is the time from just before the first import to just after the client exists, measured inside a new
``python -I -c ...`` process (interpreter start-up, the same for all, is left out). The targets take turns run by
run, after one discarded run each that writes the bytecode caches. Two figures per package:

* ``construct``: ``import`` + construct the client (the goal);
* ``first_call_ready``: the same plus what the first ``contacts`` list call loads (ours loads its operation and
  model modules on first use; the peer has loaded everything already; raw output loads them with the operation).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

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
    "ours": ImportTarget(
        env="ours",
        construct="import getresponse_client\nclient = getresponse_client.GetResponse(api_key='k')",
        first_call="client.contacts\nimport getresponse_client.api.contacts.get_contact_list",
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


def top_imports(python: Path, code: str, *, limit: int = 15) -> list[dict[str, object]]:
    """The slowest modules by self time in ``python -X importtime`` (cumulative time alongside), for the report."""
    completed = subprocess.run(
        [str(python), "-I", "-X", "importtime", "-c", SNIPPET.format(statements=code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    rows: list[dict[str, object]] = []
    for line in completed.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            rows.append(
                {"module": match.group(4), "self_us": int(match.group(1)), "cumulative_us": int(match.group(2))}
            )
    rows.sort(key=lambda row: -int(str(row["self_us"])))
    return rows[:limit]


def top_level_packages(python: Path, code: str) -> list[dict[str, object]]:
    """Cumulative import time per top-level package (first-level imports only), slowest first."""
    completed = subprocess.run(
        [str(python), "-I", "-X", "importtime", "-c", SNIPPET.format(statements=code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    totals: dict[str, int] = {}
    for line in completed.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match and len(match.group(3)) == 1:  # imported directly by the snippet or an import chain's head
            package = match.group(4).split(".")[0]
            totals[package] = totals.get(package, 0) + int(match.group(2))
    return [{"package": k, "cumulative_us": v} for k, v in sorted(totals.items(), key=lambda kv: -kv[1])]
