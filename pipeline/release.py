"""Releases follow from the drift report: the next version, and the CHANGELOG.md entry for adopting a new spec.

    python -m pipeline.release OLD NEW [--pin] [--date YYYY-MM-DD] [--mirror DIR] [drift's options]   # release-notes

Runs the drift report of OLD -> NEW (spec files or documents of the lock, as `nox -s drift` takes them; none: the
pinned one against the newest published, from --mirror or $GETRESPONSE_SPEC_MIRROR when set), then writes the
entry at the top of CHANGELOG.md and the new version into pyproject.toml; with --pin it also pins NEW in
openapi/spec.lock.json, read from the same place, and only if it is the NEW the report compared. Then
`nox -s regenerate`. When NEW is OLD itself, it writes nothing and says so.

The version scheme (README, "Versions and releases"): semantic versions of the Python API, MAJOR.MINOR.PATCH;
the spec stamp is not in the version but in the package (`getresponse_client.SPEC_VERSION`) and in the heading
of each CHANGELOG entry. The drift report decides the bump (`bump_for`): any breaking change, acknowledged or
not, is a major; an additive or heads-up one (a deprecation, a readOnly flip) a minor; nothing a caller sees, a
patch. While the major is 0, everything moves one place right (breaking: 0.2.0 -> 0.3.0; otherwise 0.2.0 ->
0.2.1), as pip users pin `~=0.2.0` and Cargo's caret rules read 0.x.

What this module needs from a report is `DriftFacts`; `facts_from_report` is the one place that reads
report.json, so a change of the report's shape is met there.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import paths
from pipeline.drift.changes import SEVERITIES
from pipeline.errors import PipelineError
from pipeline.fetch import FetchedSpec
from pipeline.files import write_bytes_atomic
from pipeline.paths import MIRROR_ENV
from pipeline.spec_lock import LockedDocument, SpecLock
from pipeline.spec_model import operations

CHANGELOG = paths.ROOT / "CHANGELOG.md"
REPORT_DIR = paths.BUILD / "release"
MAX_ROWS = 25  # per section; the drift report attached to the release pull request has every row
MAX_BODY = 60_000  # GitHub refuses a pull request description over 65,536 characters
SECTION_TITLES = {"breaking": "Breaking", "heads-up": "Heads-up", "additive": "Added"}
VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")
HEADING = re.compile(r"^## (\S+)", re.MULTILINE)
ACKNOWLEDGED_SUFFIX = re.compile(r"\s*\[acknowledged: (.*)\]$")


@dataclass(frozen=True)
class Row:
    """One line of an entry: a root cause of the report (or, from a report without them, one change)."""

    severity: str  # breaking, heads-up or additive
    where: str
    detail: str
    acknowledged: str | None = None  # the maintainer's reason, from drift-acknowledged.yaml
    caller_fix: str | None = None  # what code calling the client must change


@dataclass(frozen=True)
class DriftFacts:
    """What a release needs from a drift report: the two stamps, the headline counts and the rows.

    `breaking` counts every breaking change, acknowledged or not; `acknowledged` how many of those a maintainer
    accepted (an accepted change still breaks callers).
    """

    old_version: str
    new_version: str
    old_sha256: str
    new_sha256: str
    breaking: int
    heads_up: int
    additive: int
    acknowledged: int
    rows: tuple[Row, ...] = field(default=())

    @property
    def same_document(self) -> bool:
        return self.old_sha256 == self.new_sha256


def _root_cause_row(cause: dict[str, Any]) -> Row:
    fixes = "; ".join(cause.get("caller_fixes") or []) or None
    return Row(cause["severity"], str(cause["cause"]), str(cause["summary"]), cause.get("acknowledged"), fixes)


def _change_row(change: dict[str, Any]) -> Row:
    severity = change.get("severity") or ("breaking" if change["breaking"] else "additive")
    detail, acknowledged = str(change["detail"]), change.get("acknowledged")
    suffix = ACKNOWLEDGED_SUFFIX.search(detail)
    if suffix:  # report.json writes an acknowledgement at the end of `detail`
        detail, acknowledged = detail[: suffix.start()], acknowledged or suffix.group(1)
    where, caller_fix = str(change["where"]), change.get("caller_fix")
    return Row(severity, where, f"{change['kind']}: {detail}", acknowledged, caller_fix)


def facts_from_report(report: dict[str, Any]) -> DriftFacts:
    """report.json (pipeline/drift/report.py) -> DriftFacts: the one place that knows the report's shape.

    A report with `headline` and `root_causes` gives one row per root cause, and its headline counts (where
    `breaking` leaves out the acknowledged ones, which DriftFacts counts in). An older report gives one row per
    change and the counts of those rows.
    """
    if "root_causes" in report:
        rows = tuple(_root_cause_row(cause) for cause in report["root_causes"])
    else:
        rows = tuple(_change_row(change) for change in report["changes"])
    counts = {severity: sum(row.severity == severity for row in rows) for severity in SEVERITIES}
    counts["acknowledged"] = sum(row.severity == "breaking" and row.acknowledged is not None for row in rows)
    if "headline" in report:
        headline = {key.replace("_", "-"): int(value) for key, value in report["headline"].items()}
        counts = headline | {"breaking": headline["breaking"] + headline["acknowledged"]}
    return DriftFacts(
        old_version=report["old"]["version"],
        new_version=report["new"]["version"],
        old_sha256=report["old"]["sha256"],
        new_sha256=report["new"]["sha256"],
        breaking=counts["breaking"],
        heads_up=counts["heads-up"],
        additive=counts["additive"],
        acknowledged=counts["acknowledged"],
        rows=rows,
    )


def bump_for(facts: DriftFacts) -> str:
    """major, minor or patch: what the report's classification asks of the version (a deprecation is a minor, as
    semver says)."""
    if facts.breaking:
        return "major"
    return "minor" if facts.additive or facts.heads_up else "patch"


def next_version(current: str, bump: str) -> str:
    match = VERSION.fullmatch(current)
    if match is None:
        raise PipelineError(f"version {current!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = map(int, match.groups())
    if major == 0:  # 0.x: the minor is the major, the patch takes minor and patch
        return f"0.{minor + 1}.0" if bump == "major" else f"0.{minor}.{patch + 1}"
    if bump == "major":
        return f"{major + 1}.0.0"
    return f"{major}.{minor + 1}.0" if bump == "minor" else f"{major}.{minor}.{patch + 1}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 or noun.endswith("-up") else "s")


def _line(row: Row) -> str:
    text = f"- `{row.where}`: {row.detail}"
    if row.caller_fix:
        text += f". Callers: {row.caller_fix}"
    if row.acknowledged:
        text += f". Acknowledged: {row.acknowledged}"
    return " ".join(text.split())


def render_entry(facts: DriftFacts, version: str, date: str) -> str:
    """The CHANGELOG.md entry: heading with version, date and stamp, the counts, then one section per severity."""
    counts = [_plural(facts.breaking, "breaking change")]
    if facts.acknowledged:
        counts[0] += f" ({facts.acknowledged} acknowledged)"
    counts += [_plural(facts.heads_up, "heads-up"), _plural(facts.additive, "additive change")]
    lines = [
        f"## {version} ({date}): GetResponse spec {facts.new_version} {marker(facts.new_version)}",
        "",
        f"Generated from GetResponse's document {facts.new_version} (sha256 `{facts.new_sha256[:12]}`), which "
        f"replaces {facts.old_version}. A {bump_for(facts)} release: {', '.join(counts)}.",
    ]
    for severity in SEVERITIES:
        rows = [row for row in facts.rows if row.severity == severity]
        if rows:
            lines += ["", f"### {SECTION_TITLES[severity]}", ""]
            lines += [_line(row) for row in rows[:MAX_ROWS]]
            if len(rows) > MAX_ROWS:
                lines.append(f"- …and {len(rows) - MAX_ROWS} more, in the drift report of this release")
    if not facts.rows:
        lines += ["", "Nothing a caller sees changed."]
    return "\n".join(lines) + "\n"


def entry_spans(changelog: str) -> list[tuple[str, int, int]]:
    """(version, start, end) of each `## VERSION ...` entry, newest first as the file lists them."""
    starts = list(HEADING.finditer(changelog))
    ends = [match.start() for match in starts[1:]] + [len(changelog)]
    return [(match.group(1), match.start(), end) for match, end in zip(starts, ends, strict=True)]


def marker(stamp: str) -> str:
    """Ends the heading line of an entry this module wrote (invisible once rendered), so a re-run finds it."""
    return f"<!-- release-notes: {stamp} -->"


def with_entry(changelog: str, entry: str, stamp: str) -> tuple[str, str]:
    """(changelog with `entry` on top, the version it was made from). An entry this module wrote for the same
    stamp is replaced, so a second run gives the same file and version; a hand-written one for it is an error."""
    spans = entry_spans(changelog)
    if not spans:
        raise PipelineError("CHANGELOG.md has no `## VERSION` entry to start from")
    version, start, end = spans[0]
    if marker(stamp) in changelog[start:end]:
        if len(spans) < 2:
            raise PipelineError("CHANGELOG.md has no entry before the one being rewritten")
        changelog, version = changelog[:start] + changelog[end:], spans[1][0]
    elif any(changelog[s:e].splitlines()[0].endswith(f"GetResponse spec {stamp}") for _, s, e in spans):
        raise PipelineError(f"CHANGELOG.md already has a release generated from {stamp}")
    return changelog[:start] + entry + "\n" + changelog[start:], version


def write_version(pyproject: Path, version: str) -> None:
    """Only the `version = "..."` line of [project]; the rest of the file stays byte for byte."""
    text = pyproject.read_text()
    new, count = re.subn(r'(?m)^version = "[^"]*"$', f'version = "{version}"', text, count=1)
    if count != 1:
        raise PipelineError(f'{pyproject} has no `version = "..."` line')
    write_bytes_atomic(pyproject, new.encode())


def write_release(
    facts: DriftFacts, *, date: str, changelog: Path = CHANGELOG, pyproject: Path = paths.PYPROJECT
) -> str:
    """Write the CHANGELOG entry and pyproject.toml's version; returns the new version."""
    text = changelog.read_text()
    spans = entry_spans(text)
    current = next(iter(re.findall(r'(?m)^version = "([^"]*)"$', pyproject.read_text())), "no version")
    if spans and current != spans[0][0]:  # the base version must be what was last released
        raise PipelineError(f"pyproject.toml says {current}, CHANGELOG.md's newest entry {spans[0][0]}: make them one")
    _, base = with_entry(text, "", facts.new_version)
    version = next_version(base, bump_for(facts))
    new_text, _ = with_entry(text, render_entry(facts, version, date), facts.new_version)
    write_bytes_atomic(changelog, new_text.encode())
    write_version(pyproject, version)
    return version


def pinned_lock(
    new_spec: FetchedSpec, *, date: str, compared: tuple[str, str], lock_path: Path = paths.LOCK
) -> SpecLock:
    """The lock with NEW pinned; the pinned document moves to `earlier`. ``compared`` is the (stamp, sha256) of the
    NEW the drift report was made for: another document (the URL published a new one in between) is refused."""
    if (new_spec.info_version, new_spec.sha256) != compared:
        raise PipelineError(
            f"NEW read for the pin is {new_spec.info_version} (sha256 {new_spec.sha256[:12]}, {new_spec.source}), but"
            f" the report compared {compared[0]} (sha256 {compared[1][:12]}): run release-notes again"
        )
    document = LockedDocument(
        info_version=new_spec.info_version,
        sha256=new_spec.sha256,
        retrieved=date,
        operations=sum(1 for _ in operations(new_spec.document)),
    )
    return SpecLock.load(lock_path).pinning(document)


def write_lock(lock: SpecLock, lock_path: Path = paths.LOCK) -> None:
    write_bytes_atomic(lock_path, (json.dumps(lock.as_json(), indent=2) + "\n").encode())


def pull_request_body(entry: str, report_markdown: str) -> str:
    """The release pull request's description: the CHANGELOG entry, then as much of the drift report as fits."""
    body = f"{entry}\n---\n\n{report_markdown}"
    if len(body) <= MAX_BODY:
        return body
    cut = body[: MAX_BODY - 200].rsplit("\n", 1)[0]
    return f"{cut}\n\n…cut here: the whole report is in the run's job summary and its drift-report artifact.\n"


def github_output(**values: str) -> None:
    """Step outputs for the drift workflow (`steps.<id>.outputs.<name>`), when run by GitHub Actions."""
    target = os.environ.get("GITHUB_OUTPUT")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.writelines(f"{name}={value}\n" for name, value in values.items())


def main(argv: list[str] | None = None) -> int:
    from pipeline.drift.__main__ import EXIT_ERROR
    from pipeline.drift.__main__ import main as drift_main
    from pipeline.drift.sources import default_specs, read_spec_arg

    parser = argparse.ArgumentParser(prog="python -m pipeline.release", description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="*", metavar="OLD NEW", help="as for `nox -s drift`; none: the default")
    parser.add_argument("--pin", action="store_true", help="also pin NEW in openapi/spec.lock.json")
    parser.add_argument("--date", default=datetime.datetime.now(datetime.UTC).date().isoformat())
    parser.add_argument("--mirror", type=Path, help=f"mirror folder for OLD and NEW (env: {MIRROR_ENV})")
    args, drift_options = parser.parse_known_args(argv)  # --no-codegen, --ack FILE go to drift
    if args.mirror is not None:  # drift and the pin below read the same place
        drift_options += ["--mirror", str(args.mirror)]
    if drift_main([*args.specs, *drift_options, "--out", str(REPORT_DIR)]) == EXIT_ERROR:
        return EXIT_ERROR  # drift said why
    facts = facts_from_report(json.loads((REPORT_DIR / "report.json").read_text()))
    if facts.same_document:
        print(f"release: NEW is OLD ({facts.new_version}): no release to write")
        github_output(released="false")
        return 0
    try:
        if args.pin:  # before anything is written: NEW may already be in the lock
            new_spec = (
                read_spec_arg(args.specs[1], mirror=args.mirror) if args.specs else default_specs(mirror=args.mirror)[1]
            )
            lock = pinned_lock(new_spec, date=args.date, compared=(facts.new_version, facts.new_sha256))
        version = write_release(facts, date=args.date)
        if args.pin:
            write_lock(lock)
        entry = entry_spans(CHANGELOG.read_text())[0]
        body = pull_request_body(CHANGELOG.read_text()[entry[1] : entry[2]], (REPORT_DIR / "report.md").read_text())
        write_bytes_atomic(REPORT_DIR / "pull-request.md", body.encode())
    except PipelineError as exc:
        print(f"release failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(
        f"release: {version} ({bump_for(facts)}) for GetResponse spec {facts.new_version}: CHANGELOG.md, pyproject.toml"
    )
    github_output(released="true", version=version, stamp=facts.new_version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
