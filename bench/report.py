"""The results table: absolute figures, ratios against the named peers, and whether each goal is met."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

PEER = "getresponse 0.1.4"
RAW = "raw openapi-python-client 0.29.1"
BARE = "bare httpx"

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

    name = "2. parse 1000-contact page"
    rows.append(_ratio_goal(name, "ms", parse["parse/ours"], PEER, parse["parse/peer"], PARSE_GOAL_RATIO))
    rows.append(Comparison(name, "ms", parse["parse/ours"], RAW, parse["parse/raw"]))
    rows.append(
        Comparison(name, "ms", parse["parse/ours"], f"{PEER}, cached TypeAdapter.validate_json", parse["parse/peer_cached_validate_json"])
    )
    name = "2b. parse + read every field of every contact"
    ours = parse["parse_read/ours"]
    rows.append(_ratio_goal(name, "ms", ours, PEER, parse["parse_read/peer"], PARSE_GOAL_RATIO))
    rows.append(Comparison(name, "ms", ours, RAW, parse["parse_read/raw"]))
    rows.append(
        Comparison(name, "ms", ours, f"{PEER}, cached TypeAdapter.validate_json", parse["parse_read/peer_cached_validate_json"])
    )

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


def render(results: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    rows = comparisons(results)
    meta = results["meta"]
    lines = [
        "## getresponse_client benchmark",
        "",
        f"{meta['date']}, Python {meta['python']}, {meta['cpus']} CPUs, {meta['platform']}; "
        f"httpx {meta['versions']['httpx']}; spec {meta['spec']}; {meta['seconds']} s in all.",
        "",
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
    iterate = results["iterate"]
    lines += [
        "",
        "Medians. 1: each figure a fresh `python -I` in a clean virtualenv per package (only what it needs), "
        f"{meta['import_runs']} runs each, interleaved, interpreter start-up excluded; the raw client builds its httpx "
        "client on first use, so 1b includes that. "
        f"2: same {meta['parse_body_bytes']:,} JSON bytes for all, `httpx.Response` + JSON decoding included, "
        f"gc on, {meta['parse_rounds']} interleaved rounds; ours decodes fields on first read (2b is the honest "
        "figure); the peer's path builds a `TypeAdapter` per call as its `_Core.request` does. "
        f"3: server in its own process, {meta['call_rounds']} rounds x {meta['calls_per_round']} calls, interleaved. "
        f"4: {iterate['ours']['items']:,} contacts walked ({iterate['bare']['items']:,} bare), baseline after a "
        "warm-up call; tracemalloc in a separate run (its seconds not counted). "
        f"Raw output: {meta['raw_generation']['operations']} operation modules, "
        f"{meta['raw_generation']['warnings']} generator warnings (expected for the plain spec).",
        "",
    ]
    return "\n".join(lines), [row.as_dict() for row in rows]
