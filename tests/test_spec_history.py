"""The lock holds the pinned document and earlier ones; fetch verifies each by sha256; drift's default NEW is
the newest in the mirror, said plainly when it is the pinned document itself."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from pipeline import paths
from pipeline.drift.__main__ import main as drift_main
from pipeline.drift.sources import default_specs, read_spec_arg, relation
from pipeline.errors import FetchError, PipelineError, SpecDriftError
from pipeline.fetch import load_spec, read_locked
from pipeline.release import pinned_lock, write_lock
from pipeline.spec_lock import LockedDocument, SpecLock

STAMPS = {
    "2022": "3.2022-01-28T08:16:09+0000",
    "2025": "3.2025-10-31T07:51:13+0000",
    "2026": "3.2026-02-01T00:00:00+0000",
}


def spec_bytes(stamp: str, paths_: dict[str, object] | None = None) -> bytes:
    document = {"openapi": "3.0.0", "info": {"title": "t", "version": stamp}, "paths": paths_ or {}}
    return json.dumps(document, indent=2).encode()


def document(data: bytes, operations: int = 0) -> LockedDocument:
    return LockedDocument(
        json.loads(data)["info"]["version"], hashlib.sha256(data).hexdigest(), "2030-01-01", operations
    )


@pytest.fixture
def history(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """A lock pinning the 2025 document with the 2022 one earlier, and a mirror holding both (2022 in history/)."""
    data = {year: spec_bytes(stamp) for year, stamp in STAMPS.items()}
    mirror = tmp_path / "mirror"
    (mirror / "history").mkdir(parents=True)
    (mirror / "spec-2025.json").write_bytes(data["2025"])
    (mirror / "history" / "spec-2022.json").write_bytes(data["2022"])
    pinned, earlier = document(data["2025"]), document(data["2022"])
    lock = SpecLock("u", pinned.info_version, pinned.sha256, "2030-01-01", 0, earlier=(earlier,))
    lock_path = tmp_path / "spec.lock.json"
    write_lock(lock, lock_path)
    return lock_path, mirror, data


def test_the_repository_lock_holds_the_pinned_and_the_2022_document() -> None:
    lock = SpecLock.load(paths.LOCK)
    assert [doc.date for doc in lock.documents] == ["2025-10-31", "2022-01-28"]
    assert lock.by_name("pinned") == lock.pinned
    assert lock.by_name("2022-01-28").sha256 == "80fe1c61404d8d6011085ea361b1e70b424280ba18abaf62be4f6c1973a30f81"
    assert lock.by_name(STAMPS["2022"]) == lock.earlier[0]
    with pytest.raises(PipelineError, match=r"holds no document '2024-04-12'; it holds: pinned, 2025-10-31"):
        lock.by_name("2024-04-12")


def test_the_lock_file_round_trips(history: tuple[Path, Path, dict[str, bytes]], tmp_path: Path) -> None:
    lock_path, _, _ = history
    lock = SpecLock.load(lock_path)
    write_lock(lock, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_text() == lock_path.read_text()


@pytest.mark.parametrize(
    ("earlier", "message"),
    [
        ([STAMPS["2026"]], "must be older than the pinned document"),
        ([STAMPS["2022"], STAMPS["2022"]], "lists a document twice"),
    ],
)
def test_a_malformed_history_is_refused(tmp_path: Path, earlier: list[str], message: str) -> None:
    pinned = document(spec_bytes(STAMPS["2025"]))
    raw = {"url": "u", **pinned.__dict__}
    raw["earlier"] = [document(spec_bytes(stamp)).__dict__ for stamp in earlier]
    (tmp_path / "lock.json").write_text(json.dumps(raw))
    with pytest.raises(PipelineError, match=message):
        SpecLock.load(tmp_path / "lock.json")


def test_pinning_a_new_document_moves_the_pinned_one_to_earlier(history: tuple[Path, Path, dict[str, bytes]]) -> None:
    lock_path, _, data = history
    new = load_spec(spec_bytes(STAMPS["2026"], {"/a": {"get": {}, "post": {}}}), "new.json")
    lock = pinned_lock(new, date="2026-02-02", compared=(STAMPS["2026"], new.sha256), lock_path=lock_path)
    assert [doc.info_version for doc in lock.documents] == [STAMPS["2026"], STAMPS["2025"], STAMPS["2022"]]
    assert (lock.sha256, lock.operations, lock.retrieved) == (new.sha256, 2, "2026-02-02")
    old = load_spec(data["2022"], "old.json")
    with pytest.raises(PipelineError, match="already in the lock"):
        pinned_lock(old, date="2026-02-02", compared=(STAMPS["2022"], old.sha256), lock_path=lock_path)
    # The document read for the pin must be the NEW the report compared (the URL may publish another in between):
    # another stamp, or the same stamp with other bytes.
    with pytest.raises(PipelineError, match="but the report compared"):
        pinned_lock(new, date="2026-02-02", compared=(STAMPS["2025"], new.sha256), lock_path=lock_path)
    with pytest.raises(PipelineError, match="but the report compared"):
        pinned_lock(new, date="2026-02-02", compared=(STAMPS["2026"], "0" * 64), lock_path=lock_path)


def test_an_earlier_document_is_read_from_the_mirror_by_sha256(history: tuple[Path, Path, dict[str, bytes]]) -> None:
    lock_path, mirror, data = history
    lock = SpecLock.load(lock_path)
    spec = read_locked(lock.by_name("2022-01-28"), mirror=mirror)
    assert (spec.info_version, spec.sha256, Path(spec.source).parent.name) == (
        STAMPS["2022"],
        hashlib.sha256(data["2022"]).hexdigest(),
        "history",
    )
    assert read_spec_arg("2022-01-28", lock_path=lock_path, mirror=mirror).sha256 == spec.sha256


def test_an_earlier_document_with_other_bytes_is_not_read(history: tuple[Path, Path, dict[str, bytes]]) -> None:
    lock_path, mirror, data = history
    (mirror / "history" / "spec-2022.json").write_bytes(data["2022"] + b"\n")  # re-serialised: another sha256
    with pytest.raises(FetchError, match=r"no file under .* has the sha256 the lock gives 3\.2022-01-28"):
        read_spec_arg("2022-01-28", lock_path=lock_path, mirror=mirror)


def test_a_locked_sha256_with_another_stamp_is_named(history: tuple[Path, Path, dict[str, bytes]]) -> None:
    _, mirror, data = history
    wrong = LockedDocument("3.2021-01-01T00:00:00+0000", hashlib.sha256(data["2022"]).hexdigest(), "d", 0)
    with pytest.raises(SpecDriftError, match=r"says info\.version 3\.2022-01-28"):
        read_locked(wrong, mirror=mirror)


def test_default_new_is_the_pinned_document_itself(
    history: tuple[Path, Path, dict[str, bytes]], tmp_path: Path
) -> None:
    lock_path, mirror, _ = history
    old, new = default_specs(lock_path=lock_path, upstream=tmp_path / "none.json", mirror=mirror)
    choice = relation(old, new, lock_path=lock_path)
    assert choice.same
    assert choice.sentence.startswith("no new document: the newest published one is the pinned one itself, 3.2025")


def test_default_new_is_a_newer_document(history: tuple[Path, Path, dict[str, bytes]], tmp_path: Path) -> None:
    lock_path, mirror, data = history
    (mirror / "spec-2026.json").write_bytes(data["2026"])  # dated names: the newest sorts last
    old, new = default_specs(lock_path=lock_path, upstream=tmp_path / "none.json", mirror=mirror)
    choice = relation(old, new, lock_path=lock_path)
    assert (old.info_version, new.info_version, choice.same) == (STAMPS["2025"], STAMPS["2026"], False)
    assert choice.sentence.endswith(f"newer than the pinned {STAMPS['2025']}")


def test_default_new_that_is_an_earlier_document_says_so(
    history: tuple[Path, Path, dict[str, bytes]], tmp_path: Path
) -> None:
    lock_path, mirror, data = history
    (mirror / "spec-2999-misnamed.json").write_bytes(data["2022"])  # sorts last by name, yet it is 2022's
    old, new = default_specs(lock_path=lock_path, upstream=tmp_path / "none.json", mirror=mirror)
    choice = relation(old, new, lock_path=lock_path)
    assert not choice.same
    assert "an earlier one the lock lists" in choice.sentence


def test_default_new_with_the_pinned_stamp_but_other_bytes(
    history: tuple[Path, Path, dict[str, bytes]], tmp_path: Path
) -> None:
    lock_path, mirror, data = history
    (mirror / "spec-2025x.json").write_bytes(data["2025"] + b"\n")
    old, new = default_specs(lock_path=lock_path, upstream=tmp_path / "none.json", mirror=mirror)
    assert "has the pinned stamp but other bytes" in relation(old, new, lock_path=lock_path).sentence


def test_drift_on_the_real_mirror_says_it_is_the_same_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mirror = os.environ.get("GETRESPONSE_SPEC_MIRROR")
    if not mirror:
        pytest.skip("GETRESPONSE_SPEC_MIRROR is not set (CI sets it to ../shared/openapi)")
    status = drift_main(["--mirror", mirror, "--out", str(tmp_path), "--ack", "/nonexistent.yaml"])
    assert status == 0
    assert "drift: no new document: the newest published one is the pinned one itself" in capsys.readouterr().out
    assert "Default NEW: no new document" in (tmp_path / "report.md").read_text()
    assert json.loads((tmp_path / "report.json").read_text())["changes"] == []
