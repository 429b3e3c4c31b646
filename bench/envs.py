"""Clean virtualenvs, one per measured package, holding only what that package needs (for the import times).

The nox session's own environment is not clean: openapi-python-client brings typer and rich, and httpx imports
its command-line module (and so rich and click) whenever they are installed, which alone adds ~200 ms to
``import httpx``. So bench/run.py measures imports in these, cached under build/bench/venvs/ and rebuilt when
their requirements change. uv makes them when it can be found, else ``python -m venv`` and pip.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

MARKER = "bench-env.json"


@dataclass(frozen=True)
class EnvSpec:
    name: str
    requirements: tuple[str, ...]  # pip install arguments
    extra_paths: tuple[Path, ...] = ()  # folders put on sys.path with a .pth file
    fingerprint_files: tuple[Path, ...] = field(default=())  # rebuilt when these change (e.g. pyproject.toml)

    def fingerprint(self, python: str) -> str:
        digest = hashlib.sha256()
        digest.update(json.dumps([python, self.requirements, [str(p) for p in self.extra_paths]]).encode())
        for path in self.fingerprint_files:
            digest.update(path.read_bytes())
        return digest.hexdigest()


def pinned(name: str) -> str:
    """``name==<the version in this environment>``, so every clean env gets the same httpx, attrs, ..."""
    try:
        return f"{name}=={version(name)}"
    except PackageNotFoundError:
        return name


def find_uv() -> str | None:
    found = shutil.which("uv") or shutil.which("uv", path=str(Path(sys.executable).parent))
    if found:
        return found
    try:
        from uv import find_uv_bin  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    return str(find_uv_bin())


def env_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _run(command: list[str], log: Path) -> None:
    with log.open("a") as out:
        out.write(f"$ {' '.join(command)}\n")
        out.flush()
        completed = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} ... failed ({completed.returncode}); see {log}")


def _create(spec: EnvSpec, folder: Path, python: str, log: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    log.write_text("")
    uv = find_uv()
    if uv:
        _run([uv, "venv", "--quiet", "--python", python, str(folder)], log)
        _run([uv, "pip", "install", "--quiet", "--python", str(env_python(folder)), *spec.requirements], log)
    else:
        _run([python, "-m", "venv", str(folder)], log)
        _run([str(env_python(folder)), "-m", "pip", "install", "--quiet", *spec.requirements], log)
    if spec.extra_paths:
        purelib = subprocess.run(
            [str(env_python(folder)), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        Path(purelib, "bench_extra_paths.pth").write_text("".join(f"{p}\n" for p in spec.extra_paths))


def ensure_env(spec: EnvSpec, root: Path, *, python: str = sys.executable) -> Path:
    """The python of a virtualenv under ``root`` that matches ``spec``; made (or remade) when needed."""
    folder = root / spec.name
    marker = folder / MARKER
    fingerprint = spec.fingerprint(python)
    if env_python(folder).exists() and marker.exists() and marker.read_text() == fingerprint:
        return env_python(folder)
    root.mkdir(parents=True, exist_ok=True)
    _create(spec, folder, python, root / f"{spec.name}.log")
    marker.write_text(fingerprint)
    return env_python(folder)
