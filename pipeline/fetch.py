"""Step 1: read the dated spec from its URL or a mirror folder and verify it against the lock.

A document whose sha256 differs from the lock is never adopted: the step stops and names the
version stamp it found, so that `nox -s drift` can explain the change before anyone re-pins.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import FetchError, InvalidSpecError, SpecDriftError
from pipeline.files import write_json_atomic
from pipeline.spec_lock import LockedDocument, SpecLock

SPEC_SUFFIXES = (".json", ".yaml", ".yml")


@dataclass(frozen=True)
class FetchedSpec:
    source: str
    sha256: str
    info_version: str
    document: dict[str, Any]


def read_url(url: str, *, timeout: float = 30.0) -> bytes:
    # Imported here: where typer and rich are installed (this environment), `import httpx` loads its command line
    # too (~0.4 s), and a fetch from the mirror never needs it.
    import httpx

    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot reach {url}: {exc!r}") from exc
    if response.status_code != 200:
        raise FetchError(f"{url} answered HTTP {response.status_code}")
    return response.content


def _spec_files(mirror: Path, *, subfolders: bool = False) -> list[Path]:
    """The .json/.yaml files of a mirror folder (and of its subfolders, such as history/), sorted by path."""
    if not mirror.is_dir():
        raise FetchError(f"mirror folder {mirror} does not exist (set GETRESPONSE_SPEC_MIRROR or --mirror)")
    found = mirror.rglob("*") if subfolders else mirror.iterdir()
    return sorted(p for p in found if p.is_file() and p.suffix in SPEC_SUFFIXES)


def _check_stamp(spec: FetchedSpec, locked_version: str) -> None:
    """A file with the locked sha256 must carry the locked stamp too: otherwise the lock itself is wrong."""
    if spec.info_version != locked_version:
        raise SpecDriftError(
            f"{spec.source} matches the sha256 the lock gives {locked_version} but says info.version "
            f"{spec.info_version}: fix the lock",
            found_version=spec.info_version,
            found_sha256=spec.sha256,
        )


def mirror_candidates(mirror: Path) -> list[Path]:
    files = _spec_files(mirror)
    if not files:
        raise FetchError(f"mirror folder {mirror} holds no .json/.yaml spec file")
    return files


def parse_document(data: bytes, source: str) -> dict[str, Any]:
    """Parse JSON or YAML and insist on an OpenAPI 3.0.x document."""
    try:
        document = json.loads(data)
    except ValueError:
        try:
            document = yaml.safe_load(data)
        except yaml.YAMLError as exc:
            raise InvalidSpecError(f"{source} is neither JSON nor YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise InvalidSpecError(f"{source} is not an OpenAPI document (top level is {type(document).__name__})")
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith("3.0."):
        raise InvalidSpecError(f"{source} is not OpenAPI 3.0 (openapi: {version!r})")
    info = document.get("info")
    if not isinstance(info, dict) or not isinstance(info.get("version"), str):
        raise InvalidSpecError(f"{source} has no info.version stamp")
    return document


def load_spec(data: bytes, source: str) -> FetchedSpec:
    document = parse_document(data, source)
    return FetchedSpec(
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        info_version=document["info"]["version"],
        document=document,
    )


def read_pinned(lock: SpecLock, *, mirror: Path | None) -> FetchedSpec:
    """Return the pinned document, from the mirror folder if given, else from the lock's URL.

    In a mirror, the file whose bytes hash to the pinned sha256 is taken and only that one is parsed, so other
    files there (a newer spec, notes) do not get in the way. Without such a file, the newest by name is read to
    say which stamp was found.
    """
    if mirror is None:
        data, source = read_url(lock.url), lock.url
    else:
        candidates = {path: read_file(path) for path in mirror_candidates(mirror)}
        pinned = [path for path, raw in candidates.items() if hashlib.sha256(raw).hexdigest() == lock.sha256]
        path = pinned[0] if pinned else list(candidates)[-1]
        data, source = candidates[path], str(path)
    spec = load_spec(data, source)
    if spec.sha256 != lock.sha256:
        raise SpecDriftError(
            f"{spec.source} is version {spec.info_version} (sha256 {spec.sha256}), but the lock pins "
            f"{lock.info_version} (sha256 {lock.sha256}). Not adopted: run `nox -s drift` to see what "
            "changed, then update openapi/spec.lock.json deliberately.",
            found_version=spec.info_version,
            found_sha256=spec.sha256,
        )
    return spec


def read_locked(document: LockedDocument, *, mirror: Path) -> FetchedSpec:
    """A document of the lock (the pinned one or an earlier one) from the mirror folder or its subfolders
    (history/), found by its sha256 before it is parsed. Only a mirror has earlier documents: the URL serves the
    current one."""
    for path in _spec_files(mirror, subfolders=True):
        data = read_file(path)
        if hashlib.sha256(data).hexdigest() == document.sha256:
            spec = load_spec(data, str(path))
            _check_stamp(spec, document.info_version)
            return spec
    raise FetchError(
        f"no file under {mirror} has the sha256 the lock gives {document.info_version} ({document.sha256})"
    )


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc}") from exc


def fetch(lock: SpecLock, *, mirror: Path | None, destination: Path) -> FetchedSpec:
    spec = read_pinned(lock, mirror=mirror)
    _check_stamp(spec, lock.info_version)
    write_json_atomic(destination, spec.document)
    return spec
