"""Step 4b: describe the resource layer (client.contacts.list(...)) for generator_templates/resource.py.jinja.

openapi-python-client gives one module per operation (api/<group>/<operation>.py). The resource layer
groups them per API tag and gives each a name a Python user would guess (list/get/create/update/delete
for a group's main collection), keyword names that read like Python (query[createdOn][from] ->
query_created_on_from) and the success type only (errors are raised, never returned). Signatures are
read from the generated modules themselves (ast), so they cannot disagree with the code they call.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier, pascal_case, snake_case

from pipeline.errors import GenerationError
from pipeline.prose import REFERENCE_URL, update_note
from pipeline.spec_model import UPDATE_EXTENSION, Operation, operations, resolved
from pipeline.templating import environment

FIELD_PREFIX = "field_"  # openapi-python-client's default, used for names that are not identifiers
PREPOSITIONS = {"by", "from", "for", "to", "of", "in", "with"}
CRUD_NAMES = {"list", "get", "create", "update", "delete"}
PYTHON_METHOD_EXTENSION = "x-getresponse-python-method"


@dataclass(frozen=True)
class Parameter:
    generated_name: str  # the keyword of the generated _get_kwargs
    name: str  # the keyword on the resource method
    annotation: str
    default: str | None  # source text, None when required
    positional: bool  # a path parameter: positional in the generated _get_kwargs too

    @property
    def leading(self) -> bool:
        """Path parameters and the request body come first and may be passed positionally."""
        return self.positional or self.generated_name == "body"


@dataclass
class Method:
    name: str
    operation_id: str
    module: str  # e.g. "contacts.get_contact_list" under getresponse_client.api
    summary: str
    note: str  # the partial-update semantics, for update methods
    reference: str
    http_method: str
    path: str
    parameters: list[Parameter]
    result_type: str  # what the method returns ("None" for responses without a body)
    item_type: str | None  # the element type for paginated list methods
    idempotent: bool

    @property
    def paginated(self) -> bool:
        return self.item_type is not None

    @property
    def page_parameter(self) -> Parameter | None:
        return next((p for p in self.parameters if p.generated_name == "page"), None)


@dataclass
class ResourceGroup:
    attribute: str  # client.<attribute>
    class_name: str  # <ClassName>Resource, Async<ClassName>Resource
    tag: str
    methods: list[Method] = field(default_factory=list)
    type_imports: set[str] = field(default_factory=set)  # import lines for annotations (TYPE_CHECKING)
    runtime_imports: set[str] = field(default_factory=set)  # import lines needed by default values


def public_parameter_name(wire_name: str) -> str:
    """query[createdOn][from] -> query_created_on_from; perPage -> per_page."""
    parts = [snake_case(part) for part in re.findall(r"[^\[\]]+", wire_name)]
    return str(PythonIdentifier("_".join(parts), prefix=FIELD_PREFIX))


@dataclass(frozen=True)
class GeneratedSignature:
    parameters: list[tuple[str, str, str | None, bool]]  # name, annotation, default, positional
    success_types: list[str]
    imports: list[str]
    names_in_defaults: set[str]


def _success_types(parse_function: ast.FunctionDef) -> list[str]:
    """The 2xx branches of _parse_response: which type each returns (from its from_dict/File/cast call)."""
    found: list[str] = []
    for node in parse_function.body:
        if not isinstance(node, ast.If):
            continue
        test = ast.unparse(node.test)
        match = re.fullmatch(r"response\.status_code == (\d+)", test)
        if not match or not match.group(1).startswith("2"):
            continue
        found.append(_branch_type(node.body))
    return found


def _branch_type(body: list[ast.stmt]) -> str:
    source = "\n".join(ast.unparse(statement) for statement in body)
    if "cast(Any, None)" in source:
        return "None"
    if re.search(r"\.append\(", source):
        item = re.search(r"(\w+)\.from_dict\(", source)
        return f"list[{item.group(1) if item else 'Any'}]"
    constructed = re.search(r"= (\w+)\.from_dict\(|= (File)\(", source)
    if constructed:
        return constructed.group(1) or constructed.group(2)
    cast = re.search(r"cast\(([^,]+), ", source)
    if cast:
        return cast.group(1)
    raise GenerationError(f"cannot tell the success type of a 2xx branch:\n{source}")


def read_generated_signature(module_path: Path) -> GeneratedSignature:
    tree = ast.parse(module_path.read_text())
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    get_kwargs, parse_response = functions.get("_get_kwargs"), functions.get("_parse_response")
    if get_kwargs is None or parse_response is None:
        raise GenerationError(f"{module_path}: no _get_kwargs/_parse_response (generator template changed?)")
    arguments = get_kwargs.args
    parameters: list[tuple[str, str, str | None, bool]] = []
    positional_defaults = [None] * (len(arguments.args) - len(arguments.defaults)) + list(arguments.defaults)
    for argument, default in zip(arguments.args, positional_defaults, strict=True):
        parameters.append((argument.arg, _annotation(argument), ast.unparse(default) if default else None, True))
    for argument, kw_default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        parameters.append((argument.arg, _annotation(argument), ast.unparse(kw_default) if kw_default else None, False))
    names_in_defaults = {
        node.id
        for _, _, default, _ in parameters
        if default
        for node in ast.walk(ast.parse(default, mode="eval"))
        if isinstance(node, ast.Name)
    }
    imports = [ast.unparse(node) for node in tree.body if isinstance(node, ast.ImportFrom) and node.level == 3]
    return GeneratedSignature(parameters, _success_types(parse_response), imports, names_in_defaults)


def _annotation(argument: ast.arg) -> str:
    if argument.annotation is None:
        raise GenerationError(f"generated parameter {argument.arg} has no annotation")
    return ast.unparse(argument.annotation)


def primary_collection(paths: list[str]) -> str | None:
    """The path most of a group's operations hang off (e.g. /contacts for the Contacts tag)."""
    candidates = sorted({p for p in paths if not p.endswith("}")}, key=lambda p: (len(p), p))
    best, best_count = None, 1
    for candidate in candidates:
        count = sum(1 for p in paths if p == candidate or p.startswith(candidate + "/"))
        if count > best_count:
            best, best_count = candidate, count
    return best


def crud_name(operation: Operation, primary: str | None, paginated: bool) -> str | None:
    if primary is None:
        return None
    is_item = re.fullmatch(re.escape(primary) + r"/\{[^/]+\}", operation.path) is not None
    if operation.path == primary:
        if operation.method == "GET" and paginated:
            return "list"
        if operation.method == "POST" and operation.operation_id.startswith(("create", "new", "add")):
            return "create"
    elif is_item:
        if operation.method == "GET":
            return "get"
        if operation.method == "POST" and operation.raw.get(UPDATE_EXTENSION):
            return "update"
        if operation.method == "DELETE":
            return "delete"
    return None


def descriptive_name(operation_id: str, group: str) -> str:
    """snake_case(operationId), without the group's noun right after the verb (lists.get_statistics_origins)."""
    words = snake_case(operation_id).split("_")
    nouns = set(group.split("_")) | {w[:-1] for w in group.split("_") if w.endswith("s")}
    if len(words) >= 3 and words[1] in nouns and words[2] not in PREPOSITIONS:
        del words[1]
    if len(words) >= 3 and words[-1] in nouns and words[-2] not in PREPOSITIONS:
        del words[-1]  # contacts.create_batch, not contacts.create_batch_contacts
    return "_".join(words)


def name_methods(group: str, ops: list[tuple[Operation, bool]]) -> dict[str, str]:
    """A method name per operationId: the overlay's x-getresponse-python-method, else CRUD, else descriptive."""
    primary = primary_collection([op.path for op, _ in ops])
    names = {
        op.operation_id: str(op.raw.get(PYTHON_METHOD_EXTENSION) or "")
        or crud_name(op, primary, paginated)
        or descriptive_name(op.operation_id, group)
        for op, paginated in ops
    }
    counts: dict[str, int] = {}
    for name in names.values():
        counts[name] = counts.get(name, 0) + 1
    # A clash (two operations wanting one name) falls back to the full operationId for both.
    return {op_id: name if counts[name] == 1 else snake_case(op_id) for op_id, name in names.items()}


def describe_resources(
    package: Path, document: dict[str, Any], upstream_ids: dict[tuple[str, str], str]
) -> list[ResourceGroup]:
    groups: dict[str, ResourceGroup] = {}
    pending: dict[str, list[tuple[Operation, GeneratedSignature, Path]]] = {}
    modules = {p.stem: p for p in (package / "api").glob("*/*.py") if p.name != "__init__.py"}
    for operation in operations(document):
        module_path = modules.get(snake_case(operation.operation_id))
        if module_path is None:
            raise GenerationError(f"no generated module for {operation.operation_id}")
        signature = read_generated_signature(module_path)
        pending.setdefault(module_path.parent.name, []).append((operation, signature, module_path))
    for folder, entries in sorted(pending.items()):
        group = groups[folder] = ResourceGroup(attribute=folder, class_name=pascal_case(folder), tag=entries[0][0].tag)
        paginated = {op.operation_id: _is_paginated(op, sig) for op, sig, _ in entries}
        names = name_methods(folder, [(op, paginated[op.operation_id]) for op, _, _ in entries])
        for operation, signature, module_path in entries:
            group.methods.append(_method(document, operation, signature, module_path, names, paginated, upstream_ids))
            group.type_imports.update(line.replace("from ...", "from ..", 1) for line in signature.imports)
            group.runtime_imports.update(
                line.replace("from ...", "from ..", 1)
                for line in signature.imports
                if any(re.search(rf"\b{re.escape(name)}\b", line) for name in signature.names_in_defaults)
            )
        group.type_imports -= group.runtime_imports
        group.methods.sort(key=lambda m: (m.name not in CRUD_NAMES, m.name))
    return list(groups.values())


def _is_paginated(operation: Operation, signature: GeneratedSignature) -> bool:
    names = {name for name, _, _, _ in signature.parameters}
    return (
        {"page", "per_page"} <= names
        and len(signature.success_types) == 1
        and signature.success_types[0].startswith("list[")
    )


def _method(
    document: dict[str, Any],
    operation: Operation,
    signature: GeneratedSignature,
    module_path: Path,
    names: dict[str, str],
    paginated: dict[str, bool],
    upstream_ids: dict[tuple[str, str], str],
) -> Method:
    wire_names = _wire_names(operation, document)
    parameters = []
    for generated_name, annotation, default, positional in signature.parameters:
        wire = wire_names.get(generated_name)
        public = public_parameter_name(wire) if wire else generated_name
        parameters.append(Parameter(generated_name, public, annotation, default, positional))
    if len({p.name for p in parameters}) != len(parameters):
        parameters = [
            Parameter(p.generated_name, p.generated_name, p.annotation, p.default, p.positional) for p in parameters
        ]
    success = sorted(set(signature.success_types)) or ["None"]
    result_type = " | ".join(success)
    item_type = result_type[len("list[") : -1] if paginated[operation.operation_id] else None
    anchor = upstream_ids.get((operation.method, operation.path), operation.operation_id)
    return Method(
        name=names[operation.operation_id],
        operation_id=operation.operation_id,
        module=f"{module_path.parent.name}.{module_path.stem}",
        summary=operation.summary.strip().rstrip(".") + ".",
        note=update_note(operation.raw).strip(),
        reference=REFERENCE_URL.format(operation_id=anchor),
        http_method=operation.method,
        path=operation.path,
        parameters=parameters,
        result_type=result_type,
        item_type=item_type,
        idempotent=operation.method in ("GET", "DELETE"),
    )


def _wire_names(operation: Operation, document: dict[str, Any]) -> dict[str, str]:
    """generated keyword -> wire name, for the operation's path and query parameters."""
    result = {}
    for raw in operation.all_parameters:
        parameter = resolved(document, raw)
        name = parameter.get("name") if isinstance(parameter, dict) else None
        if name:
            result[str(PythonIdentifier(name, prefix=FIELD_PREFIX))] = name
    return result


def write_resource_modules(
    package: Path, document: dict[str, Any], upstream_ids: dict[tuple[str, str], str], template_folder: Path
) -> list[ResourceGroup]:
    """Render resources/<group>.py for every tag and _clients.py (GetResponse, AsyncGetResponse)."""
    groups = describe_resources(package, document, upstream_ids)
    env = environment(template_folder)
    folder = package / "resources"
    folder.mkdir()
    (folder / "__init__.py").write_text('"""Resource classes behind GetResponse.<group> (generated; do not edit)."""\n')
    group_template = env.get_template("resource_group.py.jinja")
    for group in groups:
        (folder / f"{group.attribute}.py").write_text(group_template.render(group=group))
    (package / "_clients.py").write_text(env.get_template("clients.py.jinja").render(groups=groups))
    return groups
