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

import httpx
import yaml

from pipeline.errors import FetchError, InvalidSpecError, SpecDriftError
from pipeline.files import write_json_atomic
from pipeline.spec_lock import SpecLock

SPEC_SUFFIXES = (".json", ".yaml", ".yml")


@dataclass(frozen=True)
class FetchedSpec:
    source: str
    sha256: str
    info_version: str
    document: dict[str, Any]


def read_url(url: str, *, timeout: float = 30.0) -> bytes:
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot reach {url}: {exc!r}") from exc
    if response.status_code != 200:
        raise FetchError(f"{url} answered HTTP {response.status_code}")
    return response.content


def mirror_candidates(mirror: Path) -> list[Path]:
    if not mirror.is_dir():
        raise FetchError(f"mirror folder {mirror} does not exist (set GETRESPONSE_SPEC_MIRROR or --mirror)")
    files = sorted(p for p in mirror.iterdir() if p.is_file() and p.suffix in SPEC_SUFFIXES)
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
    """Return the pinned document, from the mirror folder if given, else from the lock's URL."""
    if mirror is None:
        candidates = [load_spec(read_url(lock.url), lock.url)]
    else:
        candidates = [load_spec(path.read_bytes(), str(path)) for path in mirror_candidates(mirror)]
    for spec in candidates:
        if spec.sha256 == lock.sha256:
            return spec
    found = candidates[-1]
    raise SpecDriftError(
        f"{found.source} is version {found.info_version} (sha256 {found.sha256}), but the lock pins "
        f"{lock.info_version} (sha256 {lock.sha256}). Not adopted: run `nox -s drift` to see what "
        "changed, then update openapi/spec.lock.json deliberately.",
        found_version=found.info_version,
        found_sha256=found.sha256,
    )


def fetch(lock: SpecLock, *, mirror: Path | None, destination: Path) -> FetchedSpec:
    spec = read_pinned(lock, mirror=mirror)
    if spec.info_version != lock.info_version:
        raise SpecDriftError(
            f"{spec.source} matches the pinned sha256 but says info.version {spec.info_version}, "
            f"the lock says {lock.info_version}: fix the lock",
            found_version=spec.info_version,
            found_sha256=spec.sha256,
        )
    write_json_atomic(destination, spec.document)
    return spec
