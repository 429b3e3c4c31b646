"""The drift report: report.json for machines, report.md for people (and GitHub's job summary).

report.json (build/drift/report.json by default) has exactly these keys, in this order:

    {"old": {"version", "sha256", "source"}, "new": {"version", "sha256", "source"},
     "headline": {"breaking", "heads_up", "additive", "acknowledged"},   # root causes, each counted once:
                 # breaking = breaking and not acknowledged (what fails the run); acknowledged = breaking, accepted
     "caveats": ["OLD does not generate cleanly with the overlays: ...", ...],   # what the comparison had to do
     "root_causes": [{"cause", "severity", "acknowledged", "summary", "caller_fixes": [str],
                      "layers": {"spec", "python_surface", "python_internals", "cassettes", "overlays"}: counts}],
     "changes": [{"kind", "where", "breaking", "severity", "detail", ["caller_fix"], "cause"}],
     "notes": [str],
     "summary": {"breaking": n, "non_breaking": n}}    # changes (not root causes), as before root causes existed

`severity` is "breaking", "heads-up" or "additive"; a root cause's `acknowledged` is the reason(s) from
drift-acknowledged.yaml when every breaking change in it is acknowledged, else null. A release flow reads
`headline`: breaking + acknowledged > 0 is a breaking release, heads_up + additive > 0 a feature release.

report.md leads with those counts and the caveats, then one short table of the root causes that are not merely
additive, then a collapsed `<details>` section per root cause (every change of every layer), the additive ones
in one more, and the notes last. Places are written for people (`ContactDetails.tags[].name`, `GET /contacts
query[origin]`; report.json keeps the exact `where` that acknowledgements name).

Root causes and changes are ordered worst first, then by name, so two runs on the same input are byte-identical.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.drift.acknowledgements import GROUP, Acknowledgement
from pipeline.drift.changes import Change
from pipeline.drift.documents import readable_where
from pipeline.drift.groups import RootCause, root_causes
from pipeline.files import write_bytes_atomic

MAX_TABLE_ROWS = 40  # the root-cause table stays short; every group is in its <details>
MAX_DETAILED_GROUPS = 150  # GitHub job summaries are capped at 1 MiB; the JSON always has every change
MAX_FIXES_SHOWN = 2
ACK_FILE_NAME = "drift-acknowledged.yaml"
LAYERS = {
    "spec": ("operation", "component"),
    "python_surface": ("Python surface",),
    "python_internals": ("Python internals",),
    "cassettes": ("cassette replay",),
    "overlays": ("overlay",),
}
HEADLINE = ("breaking", "heads-up", "additive", "acknowledged")


@dataclass(frozen=True)
class SpecIdentity:
    version: str
    sha256: str
    source: str


@dataclass(frozen=True)
class DriftReport:
    old: SpecIdentity
    new: SpecIdentity
    changes: list[Change]
    notes: list[str] = field(default_factory=list)
    unused_acknowledgements: list[Acknowledgement] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)  # said in the headline: e.g. OLD generated without its overlays

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]

    @property
    def non_breaking(self) -> list[Change]:
        return [change for change in self.changes if not change.breaking]

    @property
    def unacknowledged(self) -> list[Change]:
        """What fails the run: breaking and not listed in drift-acknowledged.yaml."""
        return [change for change in self.breaking if change.acknowledged is None]

    @functools.cached_property
    def root_causes(self) -> list[RootCause]:
        """The changes grouped by root cause (worked out once: the headline, the JSON and the Markdown read it)."""
        return root_causes(self.changes)

    def headline_counts(self) -> dict[str, int]:
        groups = self.root_causes
        return {name: sum(group.headline_severity == name for group in groups) for name in HEADLINE}


def _summary(group: RootCause) -> str:
    main = group.main
    same = sum(change.kind == main.kind and change.detail == main.detail for change in group.changes)
    times = f" (×{same})" if same > 1 else ""
    return f"{main.kind}: {main.detail}{times}"


def _layer_counts(group: RootCause) -> dict[str, int]:
    return {name: len(group.layer(*areas)) for name, areas in LAYERS.items()}


def root_cause_json(group: RootCause) -> dict[str, object]:
    return {
        "cause": group.cause,
        "severity": group.severity,
        "acknowledged": group.acknowledged,
        "summary": _summary(group),
        "caller_fixes": group.caller_fixes,
        "layers": _layer_counts(group),
    }


def report_json(report: DriftReport) -> dict[str, object]:
    counts = report.headline_counts()
    return {
        "old": {"version": report.old.version, "sha256": report.old.sha256, "source": report.old.source},
        "new": {"version": report.new.version, "sha256": report.new.sha256, "source": report.new.source},
        "headline": {name.replace("-", "_"): counts[name] for name in HEADLINE},
        "caveats": report.caveats,
        "root_causes": [root_cause_json(group) for group in report.root_causes],
        "changes": [change.as_json() for change in report.changes],
        "notes": report.notes,
        "summary": {"breaking": len(report.breaking), "non_breaking": len(report.non_breaking)},
    }


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _code(text: str) -> str:
    return f"`{_cell(text)}`" if "`" not in text else _cell(text)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def headline(report: DriftReport) -> str:
    counts = report.headline_counts()
    return " · ".join(f"**{counts[name]} {name}**" for name in HEADLINE)


def _effects(group: RootCause) -> list[str]:
    """Python surface, cassettes, overlays: how many of each, '–' for none."""
    cells = []
    for areas in (LAYERS["python_surface"] + LAYERS["python_internals"], LAYERS["cassettes"], LAYERS["overlays"]):
        found = group.layer(*areas)
        breaking = sum(change.breaking for change in found)
        cells.append("–" if not found else f"{len(found)}" + (f" ({breaking} breaking)" if breaking else ""))
    return cells


def _fixes(group: RootCause) -> str:
    fixes = group.caller_fixes
    shown = "<br>".join(_code(fix) for fix in fixes[:MAX_FIXES_SHOWN])
    return shown + (f" (+{len(fixes) - MAX_FIXES_SHOWN} more)" if len(fixes) > MAX_FIXES_SHOWN else "") or "–"


def _root_cause_table(groups: list[RootCause]) -> list[str]:
    rows = [
        [group.headline_severity, _code(group.cause), _cell(_summary(group)), *_effects(group), _fixes(group)]
        for group in groups[:MAX_TABLE_ROWS]
    ]
    header = ["", "Root cause", "Change", "Python", "Cassettes", "Overlays", "Caller must change"]
    lines = _table(header, rows)
    if len(groups) > MAX_TABLE_ROWS:
        lines.append(f"\n…and {len(groups) - MAX_TABLE_ROWS} more, each in its section below.")
    return lines


def _change_rows(changes: list[Change]) -> list[list[str]]:
    rows = []
    for change in changes:
        fix = f" → caller: {_code(change.caller_fix)}" if change.caller_fix else ""
        where = _code(readable_where(change.where))
        rows.append([change.severity, change.area, _code(change.kind), where, _cell(change.detail) + fix])
    return rows


def _details(summary: str, body: list[str]) -> list[str]:
    return ["", f"<details><summary>{summary}</summary>", "", *body, "", "</details>"]


def _group_details(group: RootCause) -> list[str]:
    acknowledged = f" · acknowledged: {_cell(group.acknowledged)}" if group.acknowledged else ""
    count = len(group.changes)
    changes = f"{count} change{'s' * (count > 1)}"
    summary = f"{group.headline_severity}: <code>{_cell(group.cause)}</code> ({changes}){acknowledged}"
    return _details(summary, _table(["", "Layer", "Kind", "Where", "Detail"], _change_rows(list(group.changes))))


def _status_line(report: DriftReport) -> str:
    if not report.changes:
        return "No changes: both documents describe the same API for this client."
    unacknowledged = [group for group in report.root_causes if group.headline_severity == "breaking"]
    if not unacknowledged:
        return "Nothing breaking is left unacknowledged."
    count = len(unacknowledged)
    return (
        f"**{count} breaking root cause{'s' * (count > 1)} not acknowledged.** Adapt the client (overlays, tests, "
        f"release notes), then list each in `{ACK_FILE_NAME}` with a reason (`kind: {GROUP}`, `where:` the root cause)."
    )


def report_markdown(report: DriftReport) -> str:
    lines = [
        f"## GetResponse API drift: {_cell(report.old.version)} → {_cell(report.new.version)}",
        "",
        f"{headline(report)} · old sha256 `{report.old.sha256[:12]}` · new sha256 `{report.new.sha256[:12]}`",
        "",
    ]
    lines += [f"> {_cell(caveat)}\n" for caveat in report.caveats]
    lines.append(_status_line(report))
    groups = report.root_causes
    notable = [group for group in groups if group.severity != "additive"]
    additive = [group for group in groups if group.severity == "additive"]
    if notable:
        lines += ["", f"### Root causes ({len(notable)} not only additive)", ""]
        lines += _root_cause_table(notable)
        for group in notable[:MAX_DETAILED_GROUPS]:
            lines += _group_details(group)
        if len(notable) > MAX_DETAILED_GROUPS:
            lines += ["", f"…and {len(notable) - MAX_DETAILED_GROUPS} more root causes, listed in report.json."]
    if additive:
        changes = [change for group in additive for change in group.changes]
        rows = _change_rows(changes)
        summary = f"Additive: {len(additive)} root causes, {len(changes)} changes"
        lines += _details(summary, _table(["", "Layer", "Kind", "Where", "Detail"], rows[: MAX_DETAILED_GROUPS * 2]))
    if report.unused_acknowledgements:
        items = [f"- {_code(ack.kind)} at {_code(ack.where)}" for ack in report.unused_acknowledgements]
        lines += _details(f"Acknowledgements that matched nothing ({len(items)})", items)
    if report.notes:
        lines += _details(f"Notes ({len(report.notes)})", [f"- {_cell(note)}" for note in report.notes])
    lines += ["", f"<sub>old: {_cell(report.old.source)} · new: {_cell(report.new.source)}</sub>"]
    return "\n".join(lines) + "\n"


def write_reports(report: DriftReport, folder: Path) -> tuple[Path, Path]:
    markdown, data = folder / "report.md", folder / "report.json"
    write_bytes_atomic(markdown, report_markdown(report).encode())
    write_bytes_atomic(data, (json.dumps(report_json(report), indent=2, ensure_ascii=False) + "\n").encode())
    return markdown, data
