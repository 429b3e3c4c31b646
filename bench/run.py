"""Benchmark getresponse_client against named peers and print one table: ``python -m bench`` (``nox -s bench``).

Measurements, not tests: nothing here fails on a slow figure; goals are reported as met or missed.

1. import + construct, in fresh interpreters of clean virtualenvs (bench/import_time.py, bench/envs.py):
   ours vs getresponse 0.1.4 (PyPI) vs openapi-python-client 0.29.1's plain output for the same spec.
2. parsing a 1000-contact list page into models, and parsing + reading every field (bench/parse_speed.py).
3. per-call overhead of GET /contacts/{id} against a loopback server, ours vs bare httpx (bench/call_overhead.py).
4. walking 100,000 contacts over 100 pages from the loopback server: seconds and memory growth
   (bench/iterate_memory.py).
5. the callback receiver on uvicorn over loopback: events/s answered with the durable spool on versus off, and the
   answer latency p99 behind a handler that takes 1 s (bench/callbacks.py, in a virtualenv with the ``callbacks``
   extra).

The loopback server (bench/server.py) runs in a process of its own. Results: a Markdown table on stdout and in
build/bench/results.md, every figure and sample in build/bench/results.json.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from bench import import_time
from bench.envs import EnvSpec, ensure_env, pinned
from bench.report import render
from bench.stats import median, read_result

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "build" / "bench"
RAW_ROOT = OUT / "raw"
RAW_PACKAGE = RAW_ROOT / "getresponse_raw"
LOCK = REPO / "openapi" / "spec.lock.json"
PEER = "getresponse==0.1.4"
OPC = "openapi-python-client==0.29.1"
WORKER_TIMEOUT = 150.0
PAGE_DELAY_MS = 20.0


_STARTED = time.monotonic()


def log(message: str) -> None:
    print(f"[bench {time.monotonic() - _STARTED:5.1f}s] {message}", file=sys.stderr, flush=True)


# --- inputs ------------------------------------------------------------------------------------------------------


def pinned_spec(mirror: Path | None, spec: Path | None) -> Path:
    """The spec file: --spec, else the file of the mirror folder whose sha256 is the one openapi/spec.lock.json pins."""
    if spec is not None:
        return spec
    folder = mirror or Path(os.environ.get("GETRESPONSE_SPEC_MIRROR") or REPO.parent / "shared" / "openapi")
    want = json.loads(LOCK.read_text())["sha256"]
    for candidate in sorted(folder.glob("*")):
        if (
            candidate.suffix in {".json", ".yaml", ".yml"}
            and hashlib.sha256(candidate.read_bytes()).hexdigest() == want
        ):
            return candidate
    raise SystemExit(f"bench: no spec with sha256 {want} in {folder}; pass --mirror DIR or --spec FILE")


def generate_raw(spec: Path) -> dict[str, Any]:
    """openapi-python-client's plain output for the spec (no overlays, no templates, no config)."""
    bin_dir = Path(sys.executable).parent
    script = shutil.which("openapi-python-client", path=str(bin_dir)) or shutil.which("openapi-python-client")
    if script is None:
        raise SystemExit(f"bench: openapi-python-client not found; install {OPC}")
    shutil.rmtree(RAW_ROOT, ignore_errors=True)
    RAW_ROOT.mkdir(parents=True)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}  # its ruff post-hooks
    command = [script, "generate", "--path", str(spec), "--meta", "none", "--output-path", str(RAW_PACKAGE)]
    started = time.monotonic()
    completed = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)
    (OUT / "raw-generate.log").write_text(completed.stdout + completed.stderr)
    if completed.returncode != 0 or not (RAW_PACKAGE / "__init__.py").exists():
        raise SystemExit(f"bench: raw generation failed ({completed.returncode}); see {OUT / 'raw-generate.log'}")
    output = completed.stdout + completed.stderr
    return {
        "seconds": round(time.monotonic() - started, 1),
        "warnings": len(re.findall(r"^WARNING", output, re.MULTILINE)),
        "operations": sum(1 for p in (RAW_PACKAGE / "api").rglob("*.py") if p.name != "__init__.py"),
    }


def env_specs() -> list[EnvSpec]:
    common = (pinned("httpx"), pinned("httpcore"), pinned("anyio"))
    return [
        EnvSpec(
            "ours",
            # With the `fast` extra (orjson); the parse benchmark also runs it without (ours_json).
            ("-e", f"{REPO}[fast]", *common, pinned("attrs"), pinned("python-dateutil")),
            fingerprint_files=(REPO / "pyproject.toml",),
        ),
        EnvSpec("peer", (PEER, *common, pinned("pydantic"))),
        # What the generator's own pyproject template asks for (httpx, attrs, python-dateutil).
        EnvSpec("raw", (*common, pinned("attrs"), pinned("python-dateutil")), extra_paths=(RAW_ROOT,)),
        # The callback receiver's server: ours with the `callbacks` extra (uvicorn, pinned in pyproject.toml).
        EnvSpec(
            "callbacks",
            ("-e", f"{REPO}[callbacks]", *common, pinned("attrs"), pinned("python-dateutil")),
            fingerprint_files=(REPO / "pyproject.toml",),
        ),
    ]


# --- the loopback server -----------------------------------------------------------------------------------------


@contextlib.contextmanager
def loopback_server(total: int, max_seconds: float, page_delay_ms: float = 0.0) -> Iterator[str]:
    """Start bench/server.py in its own process; yield its root URL; always stop it."""
    process = subprocess.Popen(
        [
            sys.executable,
            *("-m", "bench.server", "--total", str(total), "--max-seconds", str(max_seconds)),
            *("--page-delay-ms", str(page_delay_ms)),
        ],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.match(r"PORT (\d+)", line)
        if match is None:
            raise RuntimeError(f"the bench server did not start (it said {line!r})")
        yield f"http://127.0.0.1:{match.group(1)}"
    finally:
        if process.stdin is not None:
            process.stdin.close()  # the server stops at EOF on stdin
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


# --- workers -----------------------------------------------------------------------------------------------------


def worker_env() -> dict[str, str]:
    """The environment without proxies (loopback must not go through one) and without GETRESPONSE_* settings."""
    drop = {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}
    return {
        k: v for k, v in os.environ.items() if k.lower() not in drop and not k.startswith(("GETRESPONSE_", "PYTHON"))
    }


def run_worker(python: Path | str, module: str, *args: str) -> dict[str, Any]:
    completed = subprocess.run(
        [str(python), "-m", module, *args],
        cwd=REPO,
        env=worker_env(),
        capture_output=True,
        text=True,
        timeout=WORKER_TIMEOUT,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"{module} failed ({completed.returncode}):\n{completed.stderr[-4000:]}")
    return read_result(completed.stdout)


def measure_parse(pythons: dict[str, Path], *, rounds: int) -> dict[str, Any]:
    """Rounds of one worker process per package (in its clean env), the packages taking turns; samples pooled."""
    packages = ["ours", "ours_json", "peer", "raw"]
    samples: dict[str, list[float]] = {}
    digests: dict[str, str] = {}
    body_bytes: dict[str, int] = {}
    for number in range(rounds):
        shift = number % len(packages)
        for package in packages[shift:] + packages[:shift]:
            python = pythons["ours" if package == "ours_json" else package]
            result = run_worker(python, "bench.parse_speed", "--package", package)
            body_bytes = result["body_bytes"]
            digests.update(result["digests"])
            for name, values in result["seconds_per_call"].items():
                samples.setdefault(name, []).extend(values)
    for kind in body_bytes:
        read = {variant: value for variant, value in digests.items() if variant.startswith(f"{kind}/")}
        if len(set(read.values())) != 1:
            raise SystemExit(f"bench: the packages read different {kind} out of the same page: {read}")
    return {"body_bytes": body_bytes, "seconds_per_call": samples, "rounds": rounds}


def measure_walks(python: Path, root: str, modes: tuple[str, str], *, runs: int) -> dict[str, dict[str, Any]]:
    """The walk ``runs`` times in each of two modes, taking turns (medians); both must walk the same items."""
    runs_by_mode: dict[str, list[dict[str, Any]]] = {mode: [] for mode in modes}
    run_worker(python, "bench.iterate_memory", "--root", root, "--mode", modes[1])  # the server makes its pages
    for number in range(runs):
        for mode in modes if number % 2 == 0 else modes[::-1]:
            runs_by_mode[mode].append(run_worker(python, "bench.iterate_memory", "--root", root, "--mode", mode))
    orders = {r["order"] for results in runs_by_mode.values() for r in results}
    if len(orders) != 1:
        raise SystemExit(f"bench: the walks {modes} did not walk the same contacts in the same order")
    result: dict[str, dict[str, Any]] = {}
    for mode, results in runs_by_mode.items():
        result[mode] = {
            "items": results[0]["items"],
            "seconds": median([r["seconds"] for r in results]),
            "rss_growth_mib": median([r["rss_growth_mib"] for r in results]),
            "runs": results,
        }
    return result


def measure_iterate(python: Path, root: str, *, runs: int) -> dict[str, dict[str, Any]]:
    """The walk ``runs`` times for ours and for bare httpx, taking turns (medians), and once under tracemalloc."""
    result = measure_walks(python, root, ("ours", "bare"), runs=runs)
    result["ours-tracemalloc"] = run_worker(
        python, "bench.iterate_memory", "--root", root, "--mode", "ours-tracemalloc"
    )
    return result


def measure_generate(mirror: Path | None) -> float | None:
    """Seconds of ``nox -s generate`` (fetch, overlay, generate, format) with its environment ready; None without
    nox. It rewrites generated/ with what is there already (generation is deterministic)."""
    nox = shutil.which("nox")
    if nox is None:
        return None
    env = {key: value for key, value in os.environ.items() if not key.startswith("NOX")}
    if mirror is not None:
        env["GETRESPONSE_SPEC_MIRROR"] = str(mirror)
    command = [nox, "-s", "generate"]
    subprocess.run(command, cwd=REPO, env=env, capture_output=True, check=True, timeout=300)  # warm
    started = time.monotonic()
    subprocess.run(command, cwd=REPO, env=env, capture_output=True, check=True, timeout=300)
    return time.monotonic() - started


def minima(samples: dict[str, list[float]], scale: float = 1.0) -> dict[str, float]:
    """The fastest timing of each: parsing is deterministic CPU work, and on this shared 2-core machine a timing
    comes out up to twice as long whenever another process shares the core's caches (the samples are bimodal, so
    a median says more about the neighbours than about the code)."""
    return {name: min(values) * scale for name, values in samples.items()}


def medians(samples: dict[str, list[float]], scale: float = 1.0) -> dict[str, float]:
    return {name: median(values) * scale for name, values in samples.items()}


# --- the run -----------------------------------------------------------------------------------------------------


def package_version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, help="spec mirror folder (default: $GETRESPONSE_SPEC_MIRROR)")
    parser.add_argument("--spec", type=Path, help="the spec file itself (overrides --mirror)")
    parser.add_argument("--import-runs", type=int, default=9, help="fresh interpreters per import figure (>= 7)")
    parser.add_argument("--parse-rounds", type=int, default=5, help="worker processes per package for parsing")
    parser.add_argument("--iterate-runs", type=int, default=3, help="walks of the 100,000 contacts, ours and bare")
    parser.add_argument("--no-generate", action="store_true", help="leave out timing `nox -s generate`")
    parser.add_argument("--quick", action="store_true", help="fewer rounds everywhere (a smoke run, not figures)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    OUT.mkdir(parents=True, exist_ok=True)
    quick = args.quick

    spec = pinned_spec(args.mirror, args.spec)
    log(f"generating raw openapi-python-client output from {spec.name}")
    raw_generation = generate_raw(spec)

    log("clean virtualenvs under build/bench/venvs (cached)")
    pythons = {s.name: ensure_env(s, OUT / "venvs") for s in env_specs()}

    log("1/7 import + construct, fresh interpreters")
    imports = import_time.measure(pythons, runs=3 if quick else args.import_runs)
    import_profile = import_time.breakdown(pythons["ours"], runs=3 if quick else 5)

    log("2/7 parse 1000-item pages (a fresh process per package and round)")
    parse = measure_parse(pythons, rounds=2 if quick else args.parse_rounds)

    with loopback_server(total=100_000, max_seconds=240) as root:
        log(f"3/7 per-call overhead against {root}")
        calls = run_worker(
            pythons["ours"],
            "bench.call_overhead",
            "--root",
            root,
            "--raw-root",
            str(RAW_ROOT),
            *(["--rounds", "3", "--calls", "100"] if quick else []),
        )
        log("4/7 walk 100,000 contacts over 100 pages")
        iterate = measure_iterate(pythons["ours"], root, runs=1 if quick else args.iterate_runs)
        log("5/7 fan out 1,000 contacts.get calls, 10 in flight")
        fanout = run_worker(pythons["ours"], "bench.fanout", "--root", root, *(["--rounds", "2"] if quick else []))

    with loopback_server(total=100_000, max_seconds=240, page_delay_ms=PAGE_DELAY_MS) as root:
        log(f"6/7 the walk, prefetch=10 against sequential, each page answered {PAGE_DELAY_MS:g} ms late")
        prefetch = measure_walks(pythons["ours"], root, ("ours", "ours-prefetch"), runs=1 if quick else 2)

    log("7/7 callback receiver on uvicorn: events/s answered, spool on vs off; answer latency, 1 s handler")
    callbacks = run_worker(
        pythons["callbacks"],
        "bench.callbacks",
        "--workdir",
        str(OUT / "callbacks"),
        *(["--rounds", "1", "--events", "500", "--latency-events", "100"] if quick else []),
    )

    generate_seconds = None
    if not args.no_generate:
        log("nox -s generate, warm")
        generate_seconds = measure_generate(args.mirror)

    results = {
        "meta": {
            "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "spec": spec.name,
            "peer": PEER,
            "raw_generator": OPC,
            "raw_generation": raw_generation,
            "versions": {n: package_version(n) for n in ("httpx", "attrs", "pydantic", "openapi-python-client")},
            "import_runs": len(imports["construct"]["ours"]),
            "parse_body_bytes": parse["body_bytes"],
            "calls_per_round": calls["calls_per_round"],
            "call_rounds": len(calls["seconds_per_call"]["ours"]),
            "parse_rounds": parse["rounds"],
            "parse_samples": len(parse["seconds_per_call"]["parse/contacts/ours/gc"]),
            "seconds": None,
        },
        "import_ms": {figure: medians(per) for figure, per in imports.items()},
        "import_samples_ms": imports,
        "import_profile": import_profile,
        "parse_ms": minima(parse["seconds_per_call"], 1e3),
        "parse_samples_s": parse["seconds_per_call"],
        "call_us": medians(calls["seconds_per_call"], 1e6),
        "call_samples_s": calls["seconds_per_call"],
        "iterate": iterate,
        "prefetch": prefetch,
        "fanout": fanout,
        "generate_seconds": generate_seconds,
        "callbacks": callbacks,
    }
    results["meta"]["seconds"] = round(time.monotonic() - started, 1)
    markdown, comparisons = render(results)
    results["comparisons"] = comparisons
    (OUT / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    (OUT / "results.md").write_text(markdown)
    print(markdown)
    log(f"done in {results['meta']['seconds']} s; build/bench/results.md, build/bench/results.json")
    return 0
