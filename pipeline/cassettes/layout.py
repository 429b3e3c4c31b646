"""Where cassettes live: tests/cassettes/<origin>/<operationId>.yaml, and the transcribed documentation examples."""

from __future__ import annotations

from pathlib import Path

from pipeline import paths

CASSETTES = paths.ROOT / "tests" / "cassettes"
DOCS_EXAMPLES = CASSETTES / "docs_examples"


def cassette_path(root: Path, origin: str, operation_id: str) -> Path:
    return root / origin / f"{operation_id}.yaml"


def cassette_files(root: Path = CASSETTES) -> list[Path]:
    """Every cassette under root, in a stable order (origin folder, then operationId)."""
    return sorted(path for path in root.glob("*/*.yaml") if path.parent.name != DOCS_EXAMPLES.name)
