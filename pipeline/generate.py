"""Step 4: run openapi-python-client with our templates, then place the hand-written runtime.

Any warning from the generator fails the step: a warning means an operation, a response or a model
was dropped, and the fix belongs in an overlay, not in the output.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client import generate
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError as OpcError
from openapi_python_client.parser.errors import ParseError

from pipeline import paths
from pipeline.callback_models import MODULE as CALLBACK_MODELS
from pipeline.callback_models import SCHEMA as CALLBACK_SCHEMA
from pipeline.callback_models import generate_callback_models
from pipeline.errors import GenerationError
from pipeline.files import replace_tree
from pipeline.resources import write_resource_modules
from pipeline.spec_module import render

PACKAGE = "getresponse_client"


@dataclass(frozen=True)
class GeneratedPackage:
    operations: int
    models: int


def describe(error: OpcError) -> str:
    text = f"{error.level.value}: {error.header}\n  {error.detail or ''}"
    if isinstance(error, ParseError) and error.data is not None:
        text += "\n  " + error.data.model_dump_json(exclude_unset=True, by_alias=True)[:400]
    return text


def run_generator(spec: Path, config_path: Path, templates: Path, output: Path) -> None:
    config_file = ConfigFile.load_from_path(config_path)
    config = Config.from_sources(
        config_file, MetaType.NONE, document_source=spec, file_encoding="utf-8", overwrite=True, output_path=output
    )
    try:
        problems = generate(config=config, custom_template_path=templates)
    except Exception as exc:  # a template error surfaces as whatever Jinja or the generator raised
        raise GenerationError(f"openapi-python-client failed: {type(exc).__name__}: {exc}") from exc
    if problems:
        listing = "\n".join(describe(problem) for problem in problems)
        raise GenerationError(f"openapi-python-client reported {len(problems)} problem(s):\n{listing}")


def place_runtime(runtime: Path, package: Path) -> None:
    """Copy hand-written runtime modules (linted and tested in runtime/) into the package."""
    for source in sorted(runtime.rglob("*.py")):
        target = package / source.relative_to(runtime)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    (package / "py.typed").write_text("# Marker file for PEP 561\n")


def format_package(package: Path, ruff_config: Path) -> None:
    for args in (["check", "--fix-only", "--quiet"], ["format", "--quiet"]):
        completed = subprocess.run(
            [sys.executable, "-m", "ruff", *args, "--config", str(ruff_config), str(package)],
            capture_output=True,
            text=True,
        )
        if completed.returncode != 0:
            raise GenerationError(f"ruff {args[0]} failed:\n{completed.stdout}{completed.stderr}")


def count(package: Path) -> GeneratedPackage:
    endpoint_modules = [p for p in (package / "api").rglob("*.py") if p.name != "__init__.py"]
    operations = sum(p.read_text().count("\ndef sync_detailed(") for p in endpoint_modules)
    models = sum(1 for p in (package / "models").glob("*.py") if p.name != "__init__.py")
    return GeneratedPackage(operations=operations, models=models)


def build_package(
    *,
    generator_input: Path,
    document: dict[str, Any],
    upstream_ids: dict[tuple[str, str], str],
    sha256: str,
    destination: Path,
) -> GeneratedPackage:
    """Generate into a temporary folder; only a complete, formatted package replaces `destination`.

    `generator_input` is the prose-trimmed overlaid spec; `document` the overlaid spec itself, from which
    the pipeline's own modules (_spec.py, resources/, _clients.py) are rendered.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)  # generated/ may have been deleted
    with tempfile.TemporaryDirectory(dir=destination.parent, prefix=".generate-") as scratch:
        package = Path(scratch) / PACKAGE
        run_generator(generator_input, paths.GENERATOR_CONFIG, paths.TEMPLATES, package)
        place_runtime(paths.RUNTIME, package)
        generate_callback_models(CALLBACK_SCHEMA, package / CALLBACK_MODELS)
        (package / "_spec.py").write_text(render(document, sha256, paths.TEMPLATES))
        write_resource_modules(package, document, upstream_ids, paths.TEMPLATES)
        format_package(package, paths.RUFF_CONFIG)
        result = count(package)
        replace_tree(package, destination)
    return result
