"""The results table: absolute figures, ratios against the named peers, and whether each goal is met."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

PEER = "getresponse 0.1.4"
RAW = "raw openapi-python-client 0.29.1"
BARE = "bare httpx"
MEMORY_QUEUE = "spool off (in-memory queue)"

IMPORT_GOAL_MS = 100.0
PARSE_GOAL_RATIO = 1.0
CALL_GOAL_RATIO = 1.15
MEMORY_GOAL_MIB = 50.0


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
    """Rows of benchmark 2 for timings with the garbage collector off ("nogc", with the goal) or on ("gc")."""
    rows: list[Comparison] = []
    suffix = "" if gc == "nogc" else " (gc on)"
    for figure, name in (("parse", "2. parse 1000-contact page"), ("parse_read", "2b. parse + read every field")):
        ours = parse[f"{figure}/ours/{gc}"]
        peer = parse[f"{figure}/peer/{gc}"]
        if gc == "nogc":
            rows.append(_ratio_goal(name + suffix, "ms", ours, PEER, peer, PARSE_GOAL_RATIO))
        else:
            rows.append(Comparison(name + suffix, "ms", ours, PEER, peer))
        rows.append(Comparison(name + suffix, "ms", ours, RAW, parse[f"{figure}/raw/{gc}"]))
        cached = parse[f"{figure}/peer_cached_validate_json/{gc}"]
        rows.append(Comparison(name + suffix, "ms", ours, f"{PEER}, cached TypeAdapter.validate_json", cached))
    return rows


def comparisons(results: dict[str, Any]) -> list[Comparison]:
    imports, parse, calls, iterate = results["import_ms"], results["parse_ms"], results["call_us"], results["iterate"]
    rows: list[Comparison] = []

    name = "1. import + construct client"
    ours = imports["construct"]["ours"]
    rows.append(Comparison(name, "ms", ours, PEER, imports["construct"]["peer"], f"<= {IMPORT_GOAL_MS:.0f} ms"))
    rows[-1].met = ours <= IMPORT_GOAL_MS
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
    name = "4. walk 100,000 contacts (100 pages): seconds"
    rows.append(Comparison(name, "s", ours_run["seconds"], BARE, bare["seconds"]))
    name = "4. ... peak growth, tracemalloc"
    growth = traced["tracemalloc_peak_growth_mib"]
    rows.append(Comparison(name, "MiB", growth, goal=f"<= {MEMORY_GOAL_MIB:.0f} MB", met=growth <= MEMORY_GOAL_MIB))
    name = "4. ... peak growth, RSS"
    growth = ours_run["rss_growth_mib"]
    rows.append(
        Comparison(
            name, "MiB", growth, BARE, bare["rss_growth_mib"], f"<= {MEMORY_GOAL_MIB:.0f} MB", growth <= MEMORY_GOAL_MIB
        )
    )
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
        "Medians. **1**: each sample a fresh `python -I` in a clean virtualenv per package (only what it needs), "
        f"{meta['import_runs']} runs per figure, interleaved, interpreter start-up excluded; the raw client builds its "
        "httpx client on first use, so its 1b includes that. "
        f"**2**: the same {meta['parse_body_bytes']:,} JSON bytes for all, `httpx.Response` and JSON decoding "
        f"included, gc off as in timeit; {meta['parse_rounds']} fresh processes per package (each in its clean "
        f"env, taking turns), {meta['parse_samples']} timings each; ours decodes fields on first read, so 2b is "
        "the honest figure; the "
        "peer's code path builds a `TypeAdapter` per call, as its `_Core.request` does. "
        f"**3**: server in its own process, {meta['call_rounds']} rounds x {meta['calls_per_round']} calls, "
        f"interleaved. **4**: {iterate['ours']['items']:,} contacts ({iterate['bare']['items']:,} bare), median of "
        f"{len(iterate['ours']['runs'])} walks each, taking turns; memory baseline after a warm-up call (so model "
        "imports are not counted); tracemalloc in a run of its own. "
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
