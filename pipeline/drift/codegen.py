"""Regenerate the client package from a spec the way `nox -s regenerate` does, into a scratch folder.

The steps are the pipeline's own (prose stripping, then `build_package`: the models through openapi-python-client,
then from its parsed endpoints the resource classes, the client classes and the operation table
`_operations.OPERATIONS`), so the public Python API compared by python_api.py is exactly what users would get from
that spec, and the replay (replay_worker.py) calls it the way the replay suite calls the committed package. The
package imports the hand-written `getresponse_runtime`, which is the same for OLD and NEW: the installed one.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

from pipeline.generate import PACKAGE, build_package
from pipeline.prose import strip_prose
from pipeline.spec_model import operation_ids_by_route

SURFACE_FILE = "api.md"  # written beside the package: the documented surface the drift report compares


def generate_package(
    upstream: dict[str, Any], overlaid: dict[str, Any], sha256: str, folder: Path
) -> tuple[Path, tuple[str, ...]]:
    """Generate into `folder`/getresponse_client (and `folder`/api.md), generator warnings allowed: the drift report
    compares documents the overlays may not fit. Returns (package, warnings); raises PipelineError on failure."""
    folder.mkdir(parents=True, exist_ok=True)
    # Reference links and resource names use GetResponse's own operationIds, which overlays may rename.
    upstream_ids = operation_ids_by_route(upstream)
    generator_input = folder / "generator-input.json"
    generator_input.write_text(json.dumps(strip_prose(overlaid, upstream_ids), indent=2, ensure_ascii=False))
    destination = folder / PACKAGE
    # openapi-python-client prints a progress line; its problems arrive as a GenerationError instead.
    with contextlib.redirect_stdout(io.StringIO()):
        package = build_package(
            generator_input=generator_input,
            document=overlaid,
            upstream_ids=upstream_ids,
            sha256=sha256,
            destination=destination,
            surface_file=folder / SURFACE_FILE,
            allow_warnings=True,
        )
    return destination, package.warnings
