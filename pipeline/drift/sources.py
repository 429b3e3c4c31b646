"""Where OLD and NEW come from: two files or locked documents named on the command line, or by default the
pinned spec against the newest published one.

A name that is not a file is looked up in openapi/spec.lock.json (`pinned`, a stamp or its date, such as
`2022-01-28`) and read from the mirror folder or its subfolders by its sha256 (fetch.read_locked).

Default OLD is build/spec/upstream.json, which `python -m pipeline fetch` writes only after checking the
document's sha256 against openapi/spec.lock.json (it re-serialises the JSON, so the lock holds the sha256
of the bytes GetResponse published); without it, the pinned file is looked up in the mirror folder.
Default NEW is the newest file of the mirror folder (GETRESPONSE_SPEC_MIRROR; dated file names sort by
date; subfolders such as history/ are not looked at), or else what the lock's URL serves now. `relation` says
in one sentence what NEW is to the lock: the pinned document itself, an earlier one, or a new one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline import paths
from pipeline.errors import FetchError, PipelineError
from pipeline.fetch import FetchedSpec, load_spec, mirror_candidates, read_locked, read_pinned, read_url
from pipeline.paths import MIRROR_ENV
from pipeline.spec_lock import SpecLock


def read_spec_file(path: Path) -> FetchedSpec:
    """A spec file, JSON or YAML, parsed and checked the way fetch.py checks the pinned one."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FetchError(f"cannot read spec file {path}: {exc.strerror or exc}") from exc
    return load_spec(data, str(path))


def pinned_spec(lock: SpecLock, *, upstream: Path, mirror: Path | None) -> FetchedSpec:
    if upstream.exists():
        spec = read_spec_file(upstream)
        if spec.info_version == lock.info_version:
            return replace(spec, sha256=lock.sha256)  # fetch verified these contents against the lock
        if mirror is None:
            raise PipelineError(
                f"{upstream} is version {spec.info_version}, the lock pins {lock.info_version}: run `nox -s fetch`"
            )
    if mirror is not None:
        return read_pinned(lock, mirror=mirror)
    raise PipelineError(f"no pinned spec: run `nox -s fetch` (writes {upstream}) or set {MIRROR_ENV}")


def newest_spec(lock: SpecLock, *, mirror: Path | None) -> FetchedSpec:
    if mirror is not None:
        return read_spec_file(mirror_candidates(mirror)[-1])
    return load_spec(read_url(lock.url), lock.url)


def default_specs(
    *, lock_path: Path = paths.LOCK, upstream: Path = paths.UPSTREAM_SPEC, mirror: Path | None = None
) -> tuple[FetchedSpec, FetchedSpec]:
    """(pinned, newest published). `mirror` defaults to $GETRESPONSE_SPEC_MIRROR; without either, the URL."""
    mirror = mirror_from_env(mirror)
    lock = SpecLock.load(lock_path)
    return pinned_spec(lock, upstream=upstream, mirror=mirror), newest_spec(lock, mirror=mirror)


def mirror_from_env(mirror: Path | None) -> Path | None:
    if mirror is None and os.environ.get(MIRROR_ENV):
        return Path(os.environ[MIRROR_ENV])
    return mirror


def read_spec_arg(
    name: str, *, lock_path: Path = paths.LOCK, upstream: Path = paths.UPSTREAM_SPEC, mirror: Path | None = None
) -> FetchedSpec:
    """OLD or NEW on the command line: a spec file, else a document of the lock, verified by its sha256."""
    if Path(name).is_file():
        return read_spec_file(Path(name))
    lock = SpecLock.load(lock_path)
    document = lock.by_name(name)
    mirror = mirror_from_env(mirror)
    if document == lock.pinned:
        return pinned_spec(lock, upstream=upstream, mirror=mirror)
    if mirror is None:
        raise PipelineError(f"{name!r} is an earlier document of the lock: set {MIRROR_ENV} to a folder holding it")
    return read_locked(document, mirror=mirror)


@dataclass(frozen=True)
class Relation:
    same: bool  # NEW is the very document OLD is: nothing to report
    sentence: str


def relation(old: FetchedSpec, new: FetchedSpec, *, lock_path: Path = paths.LOCK) -> Relation:
    """What the default NEW is to the pinned OLD, said plainly for the log and the report."""
    lock = SpecLock.load(lock_path)
    new_name = f"{new.info_version} (sha256 {new.sha256[:12]}, {new.source})"
    if new.sha256 == old.sha256:
        return Relation(True, f"no new document: the newest published one is the pinned one itself, {new_name}")
    known = lock.by_sha256(new.sha256)
    if known is not None:
        return Relation(False, f"the newest published document is {new_name}, an earlier one the lock lists")
    if new.info_version == old.info_version:
        return Relation(False, f"the newest published document, {new_name}, has the pinned stamp but other bytes")
    age = "older than" if new.info_version < old.info_version else "newer than"
    return Relation(False, f"the newest published document is {new_name}, {age} the pinned {old.info_version}")
