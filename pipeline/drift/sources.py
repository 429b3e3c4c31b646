"""Where OLD and NEW come from: two files named on the command line, or by default the pinned spec
against the newest published one.

Default OLD is build/spec/upstream.json, which `python -m pipeline fetch` writes only after checking the
document's sha256 against openapi/spec.lock.json (it re-serialises the JSON, so the lock holds the sha256
of the bytes GetResponse published); without it, the pinned file is looked up in the mirror folder.
Default NEW is the newest file of the mirror folder (GETRESPONSE_SPEC_MIRROR; dated file names sort by
date), or else what the lock's URL serves now.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from pipeline import paths
from pipeline.errors import FetchError, PipelineError
from pipeline.fetch import FetchedSpec, load_spec, mirror_candidates, read_pinned, read_url
from pipeline.spec_lock import SpecLock

MIRROR_ENV = "GETRESPONSE_SPEC_MIRROR"


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
    if mirror is None and os.environ.get(MIRROR_ENV):
        mirror = Path(os.environ[MIRROR_ENV])
    lock = SpecLock.load(lock_path)
    return pinned_spec(lock, upstream=upstream, mirror=mirror), newest_spec(lock, mirror=mirror)
