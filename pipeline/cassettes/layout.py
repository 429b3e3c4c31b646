"""Where cassettes live: tests/cassettes/<origin>/<operationId>.yaml, and the transcribed documentation examples.

The observed origin may hold several cassettes of one operation, one per shape: <operationId>.<shape>.yaml.
"""

from __future__ import annotations

from pathlib import Path

from pipeline import paths

CASSETTES = paths.ROOT / "tests" / "cassettes"
DOCS_EXAMPLES = CASSETTES / "docs_examples"


def cassette_path(root: Path, origin: str, operation_id: str) -> Path:
    return root / origin / f"{operation_id}.yaml"


def cassette_name(path: Path) -> str:
    """How tests and known findings name a cassette file: <origin>/<file stem>."""
    return f"{path.parent.name}/{path.stem}"


def operation_of_file(path: Path) -> str:
    """The operationId a cassette's file name says: the stem up to its first dot."""
    return path.stem.split(".", 1)[0]


def cassette_files(root: Path = CASSETTES) -> list[Path]:
    """Every cassette under root, in a stable order (origin folder, then operationId)."""
    return sorted(path for path in root.glob("*/*.yaml") if path.parent.name != DOCS_EXAMPLES.name)
