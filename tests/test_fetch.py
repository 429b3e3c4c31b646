"""Step 1: the pinned spec is read from a mirror or URL, verified, and never silently replaced."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.errors import FetchError, InvalidSpecError, SpecDriftError
from pipeline.fetch import fetch
from pipeline.spec_lock import SpecLock
from tests.runtime._support import LoopbackServer, Reply, Seen

MINIMAL = {"openapi": "3.0.0", "info": {"title": "t", "version": "3.2030-01-01T00:00:00+0000"}, "paths": {}}


def lock_for(data: bytes, url: str = "http://127.0.0.1:9/open-api.json") -> SpecLock:
    return SpecLock(
        url=url,
        info_version=json.loads(data)["info"]["version"],
        sha256=hashlib.sha256(data).hexdigest(),
        retrieved="2030-01-01",
        operations=0,
    )


def mirror_with(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "mirror"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    return folder


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real loopback HTTP server answering with the files of a folder (404 for others)."""
    root = tmp_path / "served"
    root.mkdir()

    def answer(seen: Seen) -> Reply:
        path = root / seen.path.lstrip("/")
        return Reply(200, path.read_bytes()) if path.is_file() else Reply(404, b"not found")

    server = LoopbackServer()
    server.handler = answer
    server.start()
    try:
        yield server.url, root
    finally:
        server.stop()


def test_pinned_mirror_is_verified_and_copied(lock: SpecLock, tmp_path: Path) -> None:
    import os

    mirror = os.environ.get("GETRESPONSE_SPEC_MIRROR")
    if not mirror:
        pytest.skip("GETRESPONSE_SPEC_MIRROR is not set (CI sets it to ../shared/openapi)")
    spec = fetch(lock, mirror=Path(mirror), destination=tmp_path / "upstream.json")
    assert spec.sha256 == lock.sha256
    assert spec.info_version == "3.2025-10-31T07:51:13+0000"
    assert json.loads((tmp_path / "upstream.json").read_text())["info"]["version"] == lock.info_version


def test_reads_the_url_when_no_mirror_is_given(served: tuple[str, Path], tmp_path: Path) -> None:
    base, root = served
    data = json.dumps(MINIMAL).encode()
    (root / "open-api.json").write_bytes(data)
    spec = fetch(lock_for(data, f"{base}/open-api.json"), mirror=None, destination=tmp_path / "out.json")
    assert spec.info_version == MINIMAL["info"]["version"]  # type: ignore[index]


def test_http_error_status_is_a_fetch_error(served: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = served
    data = json.dumps(MINIMAL).encode()
    with pytest.raises(FetchError, match="answered HTTP 404"):
        fetch(lock_for(data, f"{base}/missing.json"), mirror=None, destination=tmp_path / "out.json")


def test_unreachable_url_is_a_fetch_error(tmp_path: Path) -> None:
    data = json.dumps(MINIMAL).encode()
    with pytest.raises(FetchError, match=r"cannot reach http://127\.0\.0\.1:9/"):
        fetch(lock_for(data), mirror=None, destination=tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()


def test_missing_mirror_folder_is_named(tmp_path: Path) -> None:
    data = json.dumps(MINIMAL).encode()
    with pytest.raises(FetchError, match=r"mirror folder .*nowhere does not exist"):
        fetch(lock_for(data), mirror=tmp_path / "nowhere", destination=tmp_path / "out.json")


def test_empty_mirror_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(FetchError, match=r"holds no \.json/\.yaml spec file"):
        fetch(lock_for(json.dumps(MINIMAL).encode()), mirror=tmp_path / "empty", destination=tmp_path / "o.json")


def test_not_json_or_yaml_is_rejected(tmp_path: Path) -> None:
    mirror = mirror_with(tmp_path, "spec.json", b"{ this is: [not valid")
    with pytest.raises(InvalidSpecError, match="neither JSON nor YAML"):
        fetch(lock_for(json.dumps(MINIMAL).encode()), mirror=mirror, destination=tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()


def test_swagger_2_is_not_openapi_3(tmp_path: Path) -> None:
    mirror = mirror_with(tmp_path, "spec.json", json.dumps({"swagger": "2.0", "info": {"version": "1"}}).encode())
    with pytest.raises(InvalidSpecError, match=r"not OpenAPI 3\.0"):
        fetch(lock_for(json.dumps(MINIMAL).encode()), mirror=mirror, destination=tmp_path / "out.json")


def test_yaml_spec_is_accepted(tmp_path: Path) -> None:
    data = b"openapi: 3.0.3\ninfo: {title: t, version: '3.2030-01-01T00:00:00+0000'}\npaths: {}\n"
    mirror = mirror_with(tmp_path, "spec.yaml", data)
    lock = SpecLock("u", "3.2030-01-01T00:00:00+0000", hashlib.sha256(data).hexdigest(), "d", 0)
    assert fetch(lock, mirror=mirror, destination=tmp_path / "out.json").document["openapi"] == "3.0.3"


def test_a_different_document_is_never_adopted(tmp_path: Path) -> None:
    pinned = json.dumps(MINIMAL).encode()
    newer = json.dumps({**MINIMAL, "info": {"title": "t", "version": "3.2031-02-02T00:00:00+0000"}}).encode()
    mirror = mirror_with(tmp_path, "spec.json", newer)
    destination = tmp_path / "out.json"
    destination.write_text("previous")
    with pytest.raises(SpecDriftError, match=r"is version 3\.2031-02-02T00:00:00\+0000") as caught:
        fetch(lock_for(pinned), mirror=mirror, destination=destination)
    assert caught.value.found_version == "3.2031-02-02T00:00:00+0000"
    assert caught.value.found_sha256 == hashlib.sha256(newer).hexdigest()
    assert destination.read_text() == "previous"


def test_other_files_in_the_mirror_do_not_get_in_the_way(tmp_path: Path) -> None:
    pinned = json.dumps(MINIMAL).encode()
    mirror = mirror_with(tmp_path, "a-notes.json", b"not a spec at all")
    mirror_with(tmp_path, "b-pinned.json", pinned)
    mirror_with(tmp_path, "c-newer.yaml", b"openapi: 3.0.0\ninfo: {title: t, version: '9'}\npaths: {}\n")
    spec = fetch(lock_for(pinned), mirror=mirror, destination=tmp_path / "out.json")
    assert spec.source.endswith("b-pinned.json")
