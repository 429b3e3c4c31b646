"""The results table: absolute figures, ratios against the named peers, and whether each goal is met."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from bench.stats import median

PEER = "getresponse 0.1.4"
RAW = "raw openapi-python-client 0.29.1"
BARE = "bare httpx"
MEMORY_QUEUE = "spool off (in-memory queue)"

FLOOR = "`httpx.Response(...).json()` alone"
CACHED = f"{PEER}, cached TypeAdapter.validate_json"
HTTPX_IMPORT = "`import httpx` alone"

# The goals of issue 13, all against a reference measured in the same run.
IMPORT_GOAL_EXTRA_MS = 10.0  # import + construct <= import httpx + this
PARSE_GOAL_PEER = 1.0  # parse + read every field, against the peer's cached validate_json
PARSE_GOAL_FLOOR = 1.6  # ... against Response.json() alone
CALL_GOAL_RATIO = 1.05
WALK_GOAL_RATIO = 1.10
MEMORY_GOAL_MIB = 20.0
PREFETCH_GOAL_SPEEDUP = 5.0
FANOUT_GOAL_RATIO = 1.10
GENERATE_GOAL_S = 10.0
PAGE_KINDS = {"contacts": "contacts", "lists": "lists (campaigns)", "newsletters": "newsletters (nested objects)"}


@dataclass
class Comparison:
    benchmark: str
    unit: str
    ours: float
    reference: str | None = None
    reference_value: float | None = None
    goal: str | None = None
    met: bool | None = None

    @property
    def ratio(self) -> float | None:
        if self.reference_value is None or self.reference_value == 0:
            return None
        return self.ours / self.reference_value

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}


def _ratio_goal(benchmark: str, unit: str, ours: float, reference: str, value: float, goal: float) -> Comparison:
    row = Comparison(benchmark, unit, ours, reference, value, f"ours/ref <= {goal:.2f}x")
    row.met = row.ratio is not None and row.ratio <= goal
    return row


def parse_rows(parse: dict[str, float], gc: str) -> list[Comparison]:
    """Rows of benchmark 2 for timings with the garbage collector off ("nogc", with the goals) or on ("gc")."""
    rows: list[Comparison] = []
    suffix = "" if gc == "nogc" else " (gc on)"
    goals = gc == "nogc"
    for kind, label in PAGE_KINDS.items():
        name = f"2. parse a 1000-item page of {label} + read every field{suffix}"
        ours = parse[f"parse_read/{kind}/ours/{gc}"]
        cached = parse[f"parse_read/{kind}/peer_cached_validate_json/{gc}"]
        floor = parse[f"parse_read/{kind}/floor/{gc}"]
        rows.append(
            _ratio_goal(name, "ms", ours, CACHED, cached, PARSE_GOAL_PEER)
            if goals
            else Comparison(name, "ms", ours, CACHED, cached)
        )
        rows.append(
            _ratio_goal(name, "ms", ours, FLOOR, floor, PARSE_GOAL_FLOOR)
            if goals
            else Comparison(name, "ms", ours, FLOOR, floor)
        )
        rows.append(
            Comparison(
                name, "ms", ours, f"{PEER} (a TypeAdapter per call, as it does)", parse[f"parse_read/{kind}/peer/{gc}"]
            )
        )
        if f"parse_read/{kind}/raw/{gc}" in parse:
            rows.append(Comparison(name, "ms", ours, RAW, parse[f"parse_read/{kind}/raw/{gc}"]))
        json_name = f"2. ... the same without the `fast` extra (stdlib json){suffix}"
        rows.append(Comparison(json_name, "ms", parse[f"parse_read/{kind}/ours_json/{gc}"], FLOOR, floor))
        parse_name = f"2. ... parse only, fields not read{suffix}"
        rows.append(
            Comparison(parse_name, "ms", parse[f"parse/{kind}/ours/{gc}"], FLOOR, parse[f"parse/{kind}/floor/{gc}"])
        )
    return rows


def comparisons(results: dict[str, Any]) -> list[Comparison]:
    imports, parse, calls, iterate = results["import_ms"], results["parse_ms"], results["call_us"], results["iterate"]
    rows: list[Comparison] = []

    name = "1. import + construct client"
    ours = imports["construct"]["ours"]
    floor = imports["construct"]["httpx"]
    row = Comparison(name, "ms", ours, HTTPX_IMPORT, floor, f"<= httpx + {IMPORT_GOAL_EXTRA_MS:.0f} ms")
    row.met = ours <= floor + IMPORT_GOAL_EXTRA_MS
    rows += [row, Comparison(name, "ms", ours, PEER, imports["construct"]["peer"])]
    rows.append(Comparison(name, "ms", ours, RAW, imports["construct"]["raw"]))
    name = "1b. ... + load what the first contacts.list() needs"
    ours = imports["first_call_ready"]["ours"]
    rows.append(Comparison(name, "ms", ours, PEER, imports["first_call_ready"]["peer"]))
    rows.append(Comparison(name, "ms", ours, RAW, imports["first_call_ready"]["raw"]))

    rows += parse_rows(parse, "nogc")

    name = "3. GET /contacts/{id} per call, loopback"
    rows.append(_ratio_goal(name, "µs", calls["ours"], BARE, calls["bare"], CALL_GOAL_RATIO))
    if "raw" in calls:
        rows.append(Comparison(name, "µs", calls["ours"], RAW, calls["raw"]))

    ours_run, traced, bare = iterate["ours"], iterate["ours-tracemalloc"], iterate["bare"]
    name = "4. walk 100,000 contacts (100 pages of 1000), loopback: seconds"
    rows.append(_ratio_goal(name, "s", ours_run["seconds"], BARE, bare["seconds"], WALK_GOAL_RATIO))
    name = "4. ... peak growth, tracemalloc"
    growth = traced["tracemalloc_peak_growth_mib"]
    goal = f"<= {MEMORY_GOAL_MIB:.0f} MiB"
    rows.append(Comparison(name, "MiB", growth, goal=goal, met=growth <= MEMORY_GOAL_MIB))
    name = "4. ... peak growth, RSS"
    growth = ours_run["rss_growth_mib"]
    rows.append(Comparison(name, "MiB", growth, BARE, bare["rss_growth_mib"], goal, growth <= MEMORY_GOAL_MIB))
    prefetch = results["prefetch"]
    name = "4b. the walk with iter_items(prefetch=10), server 20 ms per page: seconds"
    row = Comparison(
        name,
        "s",
        prefetch["ours-prefetch"]["seconds"],
        "the sequential walk, same server",
        prefetch["ours"]["seconds"],
        f"<= {1 / PREFETCH_GOAL_SPEEDUP:.2f}x (>= {PREFETCH_GOAL_SPEEDUP:g}x faster), same order",
    )
    row.met = row.ratio is not None and row.ratio <= 1 / PREFETCH_GOAL_SPEEDUP
    rows.append(row)

    fanout = {name: median(values) for name, values in results["fanout"]["seconds"].items()}
    name = "4c. fan out 1,000 contacts.get, 10 in flight: run_concurrently (threads)"
    rows.append(
        _ratio_goal(
            name,
            "s",
            fanout["threads/ours"],
            f"{BARE} in a ThreadPoolExecutor(10)",
            fanout["threads/bare"],
            FANOUT_GOAL_RATIO,
        )
    )
    name = "4c. ... gather_limited (AsyncGetResponse)"
    rows.append(
        _ratio_goal(
            name,
            "s",
            fanout["asyncio/ours"],
            "bare httpx.AsyncClient, Semaphore(10)",
            fanout["asyncio/bare"],
            FANOUT_GOAL_RATIO,
        )
    )
    seconds = results.get("generate_seconds")
    if seconds is not None:
        goal = f"<= {GENERATE_GOAL_S:g} s"
        rows.append(Comparison("6. `nox -s generate`, warm", "s", seconds, goal=goal, met=seconds <= GENERATE_GOAL_S))
    return rows + callback_rows(results["callbacks"])


def callback_rows(callbacks: dict[str, Any]) -> list[Comparison]:
    """Benchmark 5: ours is the receiver with its durable spool on (what `serve` runs)."""
    rate, latency = callbacks["events_per_s"], callbacks["latency"]
    name = "5. callbacks: events/s answered, spool on vs off"
    rows = [Comparison(name, "events/s", rate["spool"], MEMORY_QUEUE, rate["memory"])]
    name = f"5b. callbacks: answer latency p99, {callbacks['slow_handler_s']:g} s handler (spool on)"
    rows.append(Comparison(name, "ms", latency["spool"]["p99_ms"], MEMORY_QUEUE, latency["memory"]["p99_ms"]))
    return rows


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"
    return f"{text} {unit}".strip()


def _verdict(row: Comparison) -> str:
    if row.goal is None:
        return ""
    return f"{row.goal}: **{'met' if row.met else 'MISSED'}**"


def _table(rows: list[Comparison]) -> list[str]:
    lines = [
        "| benchmark | ours | reference | reference figure | ours / reference | goal |",
        "| --- | ---: | --- | ---: | ---: | --- |",
    ]
    previous = None
    for row in rows:
        label = row.benchmark if row.benchmark != previous else ""
        previous = row.benchmark
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "—"
        lines.append(
            f"| {label} | {_number(row.ours, row.unit)} | {row.reference or '—'} | "
            f"{_number(row.reference_value, row.unit)} | {ratio} | {_verdict(row)} |"
        )
    return lines


def render(results: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    rows = comparisons(results)
    gc_rows = parse_rows(results["parse_ms"], "gc")
    meta = results["meta"]
    iterate = results["iterate"]
    profile = results["import_profile"]
    stages = ", ".join(f"{stage} {ms:.0f} ms" for stage, ms in profile["ms"].items())
    loaded = ", ".join(f"`{name}`" for name in profile["loaded_at_construct"]) or "none of them"
    lines = [
        "## getresponse_client benchmark",
        "",
        f"{meta['date']}, Python {meta['python']}, {meta['cpus']} CPUs, {meta['platform']}; "
        f"httpx {meta['versions']['httpx']}; spec {meta['spec']}; {meta['seconds']} s in all.",
        "",
        *_table(rows),
        "",
        "Medians, but for parsing (**2**: the fastest timing). **1**: each sample a fresh `python -I` in a clean "
        f"virtualenv per package (only what it needs; `import httpx` alone in ours'), {meta['import_runs']} runs "
        "per figure, interleaved, interpreter start-up excluded; the raw client builds its "
        "httpx client on first use, so its 1b includes that. "
        "**2**: the same JSON bytes for all ("
        + ", ".join(f"{kind} {size:,}" for kind, size in meta["parse_body_bytes"].items())
        + "), `httpx.Response` and JSON decoding included; the parsing thread's CPU time (`time.thread_time`), "
        f"gc off as in timeit; {meta['parse_rounds']} fresh processes per package (each in its clean env, taking "
        f"turns), {meta['parse_samples']} timings each; ours with the `fast` extra (orjson) unless said; the peer's "
        "own code path builds a `TypeAdapter` per call, as its `_Core.request` does. "
        f"**3**: server in its own process, {meta['call_rounds']} rounds x {meta['calls_per_round']} calls, "
        f"interleaved. **4**: {iterate['ours']['items']:,} contacts ({iterate['bare']['items']:,} bare), median of "
        f"{len(iterate['ours']['runs'])} walks each, taking turns; memory baseline after a warm-up call (so model "
        "imports are not counted); tracemalloc in a run of its own. **4b**: the same walk, sequential and with "
        "`iter_items(prefetch=10)`, against a second server that answers each page 20 ms late; both walks must "
        "give the same emails in the same order. **4c**: 1,000 `contacts.get` with at most 10 in flight, "
        f"{len(results['fanout']['seconds']['threads/ours'])} rounds, taking turns. **6**: `nox -s generate` run "
        "twice, the second timed. "
        f"**5**: the receiver (`make_asgi_app` with a token, uvicorn {results['callbacks']['uvicorn']}) in its own "
        f"process, {results['callbacks']['events']:,} events over {results['callbacks']['connections']} keep-alive "
        f"connections (one request at a time each), no-op handler, {results['callbacks']['rounds']} round(s) per mode "
        "taking turns; spool on: an SQLite commit (WAL, synchronous=FULL) before each 200; 5b: "
        f"{results['callbacks']['latency_events']} events behind a handler sleeping "
        f"{results['callbacks']['slow_handler_s']:g} s, one run per mode. "
        f"Raw output: {meta['raw_generation']['operations']} operation modules, "
        f"{meta['raw_generation']['warnings']} generator warnings (expected for the plain spec).",
        "",
        "Parsing with the garbage collector on (what an application also pays; noisier):",
        "",
        *_table(gc_rows),
        "",
        f"Ours, stage by stage (medians of fresh interpreters): {stages} "
        f"({profile['model_modules_for_first_call']} model modules and {profile['runtime_modules_for_first_call']} "
        "getresponse_runtime modules loaded for the first call). "
        f"Slow-to-import modules loaded by `import getresponse_client` + `GetResponse()` beyond what `import httpx` "
        f"loads: {loaded}.",
        "",
    ]
    return "\n".join(lines), [row.as_dict() for row in [*rows, *gc_rows]]
