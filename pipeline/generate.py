"""Step 4: render the package with openapi-python-client as a library: its parsed spec and template environment.

openapi-python-client parses the overlaid spec (GeneratorData) and renders the models with our templates. The rest
of the package is rendered here from the same parsed endpoints, on the hand-written runtime (getresponse_runtime):
the resource groups, the client classes, the operation table and the package's public face. Nothing generated is
read back to generate more. Any warning from the generator fails the step: a warning means an operation, a
response or a model was dropped, and the fix belongs in an overlay, not in the output.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Private parts of openapi-python-client 0.29.1 (pinned): _get_project_for_url_or_path, Project._build_models and
# Project._get_errors. Check them when upgrading the generator.
from openapi_python_client import Project, _get_project_for_url_or_path
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError as OpcError
from openapi_python_client.parser.errors import ParseError

from pipeline import paths
from pipeline.callback_models import MODULE as CALLBACK_MODELS
from pipeline.callback_models import SCHEMA as CALLBACK_SCHEMA
from pipeline.callback_models import callback_models_started
from pipeline.errors import GenerationError
from pipeline.files import replace_tree
from pipeline.request_dicts import class_syntax, nested_dict_imports, request_models, typed_dict_fields
from pipeline.resources import Describer, ReadOnlyFields, ResourceGroup
from pipeline.spec_module import render
from pipeline.surface import render_api_md
from pipeline.templating import environment

PACKAGE = "getresponse_client"


# openapi-python-client puts a status code into one of its messages as the repr of a wrapper object.
UNTRUSTED_REPR = re.compile(r"<openapi_python_client\.[\w.]*UntrustedString object at 0x[0-9a-f]+>")


@dataclass(frozen=True)
class GeneratedPackage:
    operations: int
    models: int
    groups: list[ResourceGroup]
    warnings: tuple[str, ...] = ()  # only with allow_warnings (the drift report); regenerate fails on any


def describe(error: OpcError) -> str:
    text = f"{error.level.value}: {error.header}\n  {UNTRUSTED_REPR.sub('(a status code)', error.detail or '')}"
    if isinstance(error, ParseError) and error.data is not None:
        text += "\n  " + error.data.model_dump_json(exclude_unset=True, by_alias=True)[:400]
    return text


def load_project(spec: Path, config_path: Path, templates: Path, output: Path) -> Project:
    """openapi-python-client's parsed spec and template environment (no files written)."""
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path),
        MetaType.NONE,
        document_source=spec,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )
    project = _get_project_for_url_or_path(config, custom_template_path=templates)
    if not isinstance(project, Project):
        raise GenerationError(f"openapi-python-client could not read the spec:\n{describe(project)}")
    return project


def render_models(
    project: Project, read_only: ReadOnlyFields, names: set[str], *, allow_warnings: bool = False
) -> tuple[str, ...]:
    """The generator's own model step (models/ and its __init__), with our templates and the request dicts
    (`names`: the request models). Returns the generator's warnings when they are allowed, else raises on any."""
    project.env.globals.update(
        request_models=names,
        typed_dict_fields=lambda model: typed_dict_fields(model, read_only.wire_names(model)),
        class_syntax=class_syntax,
        dict_imports=lambda model: nested_dict_imports(model, names),
    )
    project.env.filters["add_suffix"] = lambda value, suffix: f"{value}{suffix}"
    project.env.tests["read_only_of"] = lambda prop, model: read_only.of(model, prop)
    try:
        project.package_dir.mkdir(parents=True)
        project._build_models()
    except Exception as exc:  # a template error surfaces as whatever Jinja or the generator raised
        raise GenerationError(f"openapi-python-client failed: {type(exc).__name__}: {exc}") from exc
    problems = project._get_errors()
    if allow_warnings:
        return tuple(" ".join(describe(problem).split()) for problem in problems)
    if problems:
        listing = "\n".join(describe(problem) for problem in problems)
        raise GenerationError(f"openapi-python-client reported {len(problems)} problem(s):\n{listing}")
    return ()


def render_surface(project: Project, describer: Describer, groups: list[ResourceGroup], templates: Path) -> None:
    """The resource groups, the client classes and the package's public modules."""
    package = project.package_dir
    env = environment(templates)
    env.filters["model_module"] = describer.modules.__getitem__
    folder = package / "resources"
    folder.mkdir()
    (folder / "__init__.py").write_text('"""Resource classes behind GetResponse.<group> (generated; do not edit)."""\n')
    group_template = env.get_template("resource_group.py.jinja")
    for group in groups:
        (folder / f"{group.attribute}.py").write_text(group_template.render(group=group))
    (package / "_clients.py").write_text(env.get_template("clients.py.jinja").render(groups=groups))
    for module, template in (
        ("__init__.py", "package_init.py.jinja"),
        ("types.py", "package_types.py.jinja"),
        ("oauth.py", "package_oauth.py.jinja"),
    ):
        (package / module).write_text(env.get_template(template).render())
    callbacks = package / "callbacks"
    callbacks.mkdir()
    (callbacks / "__init__.py").write_text(env.get_template("callbacks_init.py.jinja").render())
    (callbacks / "__main__.py").write_text(env.get_template("callbacks_main.py.jinja").render())
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


def build_package(
    *,
    generator_input: Path,
    document: dict[str, Any],
    upstream_ids: dict[tuple[str, str], str],
    sha256: str,
    destination: Path,
    surface_file: Path | None = None,
    allow_warnings: bool = False,
) -> GeneratedPackage:
    """Generate into a temporary folder; only a complete, formatted package replaces `destination`.

    `generator_input` is the prose-trimmed overlaid spec; `document` the overlaid spec itself (for what the
    generator does not keep: readOnly fields, the overlays' x-getresponse-* extensions, servers).
    `surface_file` (api.md) is written from the same description of the surface, when given. `allow_warnings`
    (the drift report, comparing a document the overlays do not fit) keeps going past generator warnings.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)  # generated/ may have been deleted
    with (
        tempfile.TemporaryDirectory(dir=destination.parent, prefix=".generate-") as scratch,
        callback_models_started(CALLBACK_SCHEMA) as write_callback_models,
    ):
        package = Path(scratch) / PACKAGE
        project = load_project(generator_input, paths.GENERATOR_CONFIG, paths.TEMPLATES, package)
        read_only = ReadOnlyFields(document)  # one reading of the spec's readOnly fields for models, methods, api.md
        requests = request_models(project.openapi)
        warnings = render_models(project, read_only, requests, allow_warnings=allow_warnings)
        describer = Describer(project.openapi, document, upstream_ids, read_only, lenient=allow_warnings)
        groups = describer.groups()
        warnings += tuple(describer.warnings)
        render_surface(project, describer, groups, paths.TEMPLATES)
        write_callback_models(package / CALLBACK_MODELS)
        facts, table = render(document, sha256, paths.TEMPLATES, groups)
        (package / "_spec.py").write_text(facts)
        (package / "_operations.py").write_text(table)
        format_package(package, paths.RUFF_CONFIG)
        operations = sum(len(group.methods) for group in groups)
        models = len(project.openapi.models) + len(project.openapi.enums)
        if surface_file is not None:
            surface_file.write_text(
                render_api_md(groups, project.openapi, document["info"]["version"], read_only, requests)
            )
        replace_tree(package, destination)
    return GeneratedPackage(operations=operations, models=models, groups=groups, warnings=warnings)
