"""Step 4b: describe the resource layer (client.contacts.list(...)) from openapi-python-client's parsed spec.

openapi-python-client parses the overlaid spec into endpoints (`GeneratorData`): parameters with their Python
types, the request body's model, the success response's type. This module turns each endpoint into a `Method`
of a `ResourceGroup` (one per API tag) that generator_templates/resource_group.py.jinja renders as a method
building its request inline on the hand-written runtime:

- names a Python user would guess: list/get/create/update/delete for a group's main collection, else a name from
  the operationId (or the overlay's ``x-getresponse-python-method``);
- keyword names that read like Python (``query[createdOn][from]`` -> ``query_created_on_from``, or the overlay's
  ``x-getresponse-python-name``);
- the request body as keyword arguments named like the model's fields (read-only fields left out, required
  ones required), or whole as ``body=``;
- the success type only: errors are raised by the runtime, never returned.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.bodies import BodyType
from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.strings import PythonIdentifier, pascal_case, snake_case

from pipeline.errors import GenerationError
from pipeline.opc import all_properties, text
from pipeline.prose import REFERENCE_URL, first_sentence, update_note
from pipeline.request_dicts import dict_name, nested_model_properties, value_type
from pipeline.spec_model import UPDATE_EXTENSION, Operation, operations, resolve_pointer, resolved, wire_path

FIELD_PREFIX = "field_"  # openapi-python-client's default, used for names that are not identifiers
PREPOSITIONS = {"by", "from", "for", "to", "of", "in", "with"}
CRUD_NAMES = {"list", "get", "create", "update", "delete"}
PYTHON_METHOD_EXTENSION = "x-getresponse-python-method"
PYTHON_NAME_EXTENSION = "x-getresponse-python-name"
PAGE_PARAMETERS = ("page", "perPage")
# Keywords every method has besides its parameters: the body as a whole and the per-call options.
RESERVED_KEYWORDS = frozenset({"self", "body", "timeout", "extra_headers", "extra_query", "max_retries", "options"})


@dataclass(frozen=True)
class Parameter:
    name: str  # the keyword on the resource method
    wire_name: str  # as sent: query[createdOn][from], perPage, contactId
    annotation: str
    default: str | None  # Python source, None when required
    location: str  # "path" or "query"
    description: str = ""  # the spec's first sentence (prose.py trims the rest)


@dataclass(frozen=True)
class BodyField:
    name: str  # the keyword on the resource method (the model's field name)
    wire_name: str
    annotation: str
    required: bool
    description: str = ""


@dataclass(frozen=True)
class Body:
    model: str  # the request model's class name
    fields: tuple[BodyField, ...]
    multipart: bool

    @property
    def required(self) -> tuple[BodyField, ...]:
        return tuple(f for f in self.fields if f.required)


@dataclass
class Method:
    name: str
    operation_id: str
    summary: str
    note: str  # the partial-update semantics, for update methods
    reference: str
    http_method: str
    path: str  # the wire path template, e.g. /contacts/{contactId}
    parameters: list[Parameter]
    body: Body | None
    result: str  # "model", "list", "file" or "none"
    result_model: str | None  # the model class of "model" and "list" results
    # A list that can be walked in creation order (Page.iter_consistent): the sort parameter, the since filter,
    # the item's creation-time field and its id field, by wire name.
    consistent_order: tuple[str, str, str, str] | None = None
    imports: list[tuple[str, str]] = field(default_factory=list)  # (model module, class) the method imports

    @property
    def paginated(self) -> bool:
        wire = {p.wire_name for p in self.parameters}
        # A POST may page too (search_contacts.search sends its conditions with each page's request).
        return self.result == "list" and all(name in wire for name in PAGE_PARAMETERS)

    @property
    def path_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "path"]

    @property
    def query_parameters(self) -> list[Parameter]:
        """The query parameters; a paginated method's ``page`` is not among them (the pager sets it)."""
        return [p for p in self.parameters if p.location == "query" and not (self.paginated and p.wire_name == "page")]

    @property
    def page_parameter(self) -> Parameter | None:
        return next((p for p in self.parameters if p.wire_name == "page"), None)

    @property
    def url(self) -> str:
        """The path as an f-string body: /contacts/{path_value(contact_id)}."""
        by_wire = {p.wire_name: p.name for p in self.path_parameters}
        return re.sub(r"\{([^}]+)\}", lambda m: "{path_value(" + by_wire[m.group(1)] + ")}", self.path)

    @property
    def return_type(self) -> str:
        """What the plain sync method returns (the async one returns the same, awaited, or an AsyncPager)."""
        if self.result == "none":
            return "None"
        if self.result == "file":
            return "BinaryFile"
        if self.result == "list":
            return f"Page[{self.result_model}]" if self.paginated else f"builtins.list[{self.result_model}]"
        return str(self.result_model)

    @property
    def cast_to(self) -> str:
        return {"none": "None", "file": "BinaryFile", "list": f"ListOf({self.result_model})"}.get(
            self.result, str(self.result_model)
        )


@dataclass
class ResourceGroup:
    attribute: str  # client.<attribute>
    class_name: str  # <ClassName>Resource, Async<ClassName>Resource
    tag: str
    methods: list[Method] = field(default_factory=list)
    model_imports: set[str] = field(default_factory=set)  # classes the methods' defaults name (module level)
    type_imports: set[str] = field(default_factory=set)  # import lines for annotations only


def public_parameter_name(wire_name: str) -> str:
    """query[createdOn][from] -> query_created_on_from; perPage -> per_page."""
    parts = [snake_case(part) for part in re.findall(r"[^\[\]]+", wire_name)]
    return str(PythonIdentifier("_".join(parts), prefix=FIELD_PREFIX))


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
    given = {op.operation_id for op, _ in ops if op.raw.get(PYTHON_METHOD_EXTENSION)}
    clashing = sorted(op_id for op_id, name in names.items() if counts[name] > 1 and op_id in given)
    if clashing:
        raise GenerationError(f"{group}: x-getresponse-python-method gives {clashing} a name another method has")
    # A clash of derived names (two operations wanting one name) falls back to the full operationId for both.
    return {op_id: name if counts[name] == 1 else snake_case(op_id) for op_id, name in names.items()}


CREATION_TIME_FIELDS = ("createdOn", "createdAt")


def consistent_order(parameters: list[Parameter], item: ModelProperty | None) -> tuple[str, str, str, str] | None:
    """(sort, since, timestamp, id) when a list can be sorted and filtered by its items' creation time and its items
    carry one id that every answer has (a required ``<thing>Id``); None otherwise."""
    if item is None:
        return None
    wire = {p.wire_name for p in parameters}
    required = [text(p.name) for p in item.required_properties or []]
    fields = [text(p.name) for p in all_properties(item)]
    ids = [name for name in required if name.endswith("Id")]
    for timestamp in CREATION_TIME_FIELDS:
        since = next(
            (
                f"{prefix}[{timestamp}][from]"
                for prefix in ("query", "search")
                if f"{prefix}[{timestamp}][from]" in wire
            ),
            None,
        )
        if since and f"sort[{timestamp}]" in wire and timestamp in fields and len(ids) == 1:
            return f"sort[{timestamp}]", since, timestamp, ids[0]
    return None


def read_only_fields(document: dict[str, Any], model: ModelProperty) -> set[str]:
    """Wire names of the model's properties the spec marks readOnly (through allOf and $ref)."""
    found: set[str] = set()
    roots = sorted(text(root) for root in model.roots)
    stack = [resolve_pointer(document, root if root.startswith("#") else "#" + root) for root in roots if "/" in root]
    seen: set[int] = set()
    while stack:
        schema = resolved(document, stack.pop())
        if not isinstance(schema, dict) or id(schema) in seen:
            continue
        seen.add(id(schema))
        for name, prop in (schema.get("properties") or {}).items():
            if isinstance(resolved(document, prop), dict) and resolved(document, prop).get("readOnly"):
                found.add(name)
        stack.extend(schema.get("allOf") or [])
    return found


def _description(prop: Property) -> str:
    """One line of the spec's description of a parameter or field, for the method's Args."""
    return " ".join(text(prop.description or "").split())


class ReadOnlyFields:
    """Which properties of a model the spec marks readOnly (cached per model)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._cache: dict[str, set[str]] = {}

    def wire_names(self, model: ModelProperty) -> set[str]:
        name = str(model.class_info.name)
        if name not in self._cache:
            self._cache[name] = read_only_fields(self.document, model)
        return self._cache[name]

    def of(self, model: ModelProperty, prop: Property) -> bool:
        return text(prop.name) in self.wire_names(model)


class Describer:
    """Turns openapi-python-client's endpoints into resource groups (one instance per generation)."""

    def __init__(
        self,
        data: GeneratorData,
        document: dict[str, Any],
        upstream_ids: dict[tuple[str, str], str],
        read_only: ReadOnlyFields,
        *,
        lenient: bool = False,
    ):
        self.lenient = lenient  # the drift report: skip what cannot be described, listing it in `warnings`
        self.warnings: list[str] = []
        self.data = data
        self.document = document
        self.upstream_ids = upstream_ids
        self.models = {str(model.class_info.name): model for model in data.models}
        self.modules = {str(m.class_info.name): str(m.class_info.module_name) for m in [*data.models, *data.enums]}
        self.class_names = set(self.modules)
        # openapi-python-client rewrites path parameter names inside the path ({contactId} -> {contact_id}).
        self.operations = {(op.method, wire_path(op.path)): op for op in operations(document)}
        self.read_only = read_only

    def groups(self) -> list[ResourceGroup]:
        result = []
        for tag, collection in sorted(self.data.endpoint_collections_by_tag.items()):
            if collection.parse_errors and not self.lenient:
                raise GenerationError(f"{tag}: {collection.parse_errors}")
            entries, methods = [], []
            for endpoint in collection.endpoints:
                try:
                    operation = self._operation(endpoint)
                    methods.append(self._method(operation, endpoint))
                    entries.append((operation, endpoint))
                except GenerationError as exc:
                    if not self.lenient:
                        raise
                    self.warnings.append(f"{tag}: method left out: {exc}")
            if not entries:
                continue
            group = ResourceGroup(attribute=str(tag), class_name=pascal_case(str(tag)), tag=entries[0][0].tag)
            names = name_methods(
                group.attribute, [(op, m.paginated) for (op, _), m in zip(entries, methods, strict=True)]
            )
            for (operation, endpoint), method in zip(entries, methods, strict=True):
                method.name = names[operation.operation_id]
                self._collect_imports(group, endpoint, method)
            group.methods = sorted(methods, key=lambda m: (m.name not in CRUD_NAMES, m.name))
            result.append(group)
        return result

    def _operation(self, endpoint: Endpoint) -> Operation:
        operation = self.operations.get((endpoint.method.upper(), wire_path(text(endpoint.path))))
        if operation is None:
            raise GenerationError(f"no operation in the spec for {endpoint.method.upper()} {text(endpoint.path)}")
        return operation

    def _method(self, operation: Operation, endpoint: Endpoint) -> Method:
        extensions = self._parameter_extensions(operation)
        parameters = [
            self._parameter(prop, location, extensions)
            for location, props in (("path", endpoint.path_parameters), ("query", endpoint.query_parameters))
            for prop in props
        ]
        if len({p.name for p in parameters}) != len(parameters):
            raise GenerationError(f"{operation.operation_id}: two parameters share a Python name")
        body = self._body(operation, endpoint)
        if body is not None:
            clashes = {f.name for f in body.fields} & (RESERVED_KEYWORDS | {p.name for p in parameters})
            if clashes:  # an overlay gives one side another Python name (x-getresponse-python-name)
                raise GenerationError(
                    f"{operation.operation_id}: body fields {sorted(clashes)} clash with parameters or keywords"
                )
        result, result_model = self._result(operation, endpoint)
        order = consistent_order(parameters, self.models[str(result_model)]) if result == "list" else None
        anchor = self.upstream_ids.get((operation.method, operation.path), operation.operation_id)
        return Method(
            name="",
            operation_id=operation.operation_id,
            summary=operation.summary.strip().rstrip(".") + ".",
            note=update_note(operation.raw).strip(),
            reference=REFERENCE_URL.format(operation_id=anchor),
            http_method=operation.method,
            path=operation.path,
            parameters=parameters,
            body=body,
            result=result,
            result_model=result_model,
            consistent_order=order,
        )

    def _parameter_extensions(self, operation: Operation) -> dict[str, tuple[str, str]]:
        """wire name -> (the overlay's Python name or "", the first sentence of the parameter's description)."""
        found = {}
        for raw in operation.all_parameters:
            parameter = resolved(self.document, raw)
            if isinstance(parameter, dict) and "name" in parameter:
                description = first_sentence(str(parameter.get("description") or ""))
                found[str(parameter["name"])] = (str(parameter.get(PYTHON_NAME_EXTENSION) or ""), description)
        return found

    def _parameter(self, prop: Property, location: str, extensions: dict[str, tuple[str, str]]) -> Parameter:
        wire = text(prop.name)
        default: str | None
        if prop.default is not None:
            default = text(prop.default.python_code)
        elif not prop.required:
            default = "UNSET"
        else:
            default = None
        return Parameter(
            name=extensions.get(wire, ("", ""))[0] or public_parameter_name(wire),
            wire_name=wire,
            annotation=text(prop.get_type_string()),
            default=default,
            location=location,
            description=extensions.get(wire, ("", ""))[1] or _description(prop),
        )

    def _result(self, operation: Operation, endpoint: Endpoint) -> tuple[str, str | None]:
        success = [r for r in endpoint.responses.patterns if str(r.status_code.pattern).startswith("2")]
        if len(success) != 1:
            raise GenerationError(f"{operation.operation_id}: expected one 2xx response, found {len(success)}")
        prop = success[0].prop
        if isinstance(prop, ModelProperty):
            return "model", str(prop.class_info.name)
        if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
            return "list", str(prop.inner_property.class_info.name)
        if isinstance(prop, FileProperty):
            return "file", None
        if text(prop.get_type_string(no_optional=True)) == "Any":
            return "none", None
        raise GenerationError(f"{operation.operation_id}: unsupported success type {text(prop.get_type_string())}")

    def _body(self, operation: Operation, endpoint: Endpoint) -> Body | None:
        if not endpoint.bodies:
            return None
        if len(endpoint.bodies) > 1 or not isinstance(endpoint.bodies[0].prop, ModelProperty):
            raise GenerationError(f"{operation.operation_id}: the request body must be one model")
        body = endpoint.bodies[0]
        assert isinstance(body.prop, ModelProperty)
        model = self.models[str(body.prop.class_info.name)]
        read_only = self.read_only.wire_names(model)
        fields = tuple(
            BodyField(
                name=str(prop.python_name),
                wire_name=text(prop.name),
                annotation=self._body_annotation(prop),
                required=prop.required,
                description=_description(prop),
            )
            for prop in all_properties(model)
            if text(prop.name) not in read_only
        )
        return Body(model=str(model.class_info.name), fields=fields, multipart=body.body_type == BodyType.FILES)

    @staticmethod
    def _body_annotation(prop: Property) -> str:
        """What a body keyword takes: what the model's TypedDict takes for that field (nested models as the model or
        their TypedDict, enums as members or values, dates as dates or ISO text), UNSET when optional."""
        annotation = value_type(prop)
        return annotation if prop.required else f"{annotation} | Unset"

    def _collect_imports(self, group: ResourceGroup, endpoint: Endpoint, method: Method) -> None:
        # Models a method needs at run time are imported in the method (a resource group is imported whole on
        # first use, and most of its models serve methods a program never calls); annotations need them only
        # for type checkers. A JSON body needs its model for type checkers only.
        needed = [method.result_model] if method.result_model else []
        if method.body and method.body.multipart:
            needed.append(method.body.model)
        method.imports = [(self.modules[name], name) for name in needed]
        group.type_imports.update(f"from ..models.{module} import {name}" for module, name in method.imports)
        if method.body:
            module = self.models[method.body.model].class_info.module_name
            group.type_imports.add(f"from ..models.{module} import {method.body.model}")
            model = self.models[method.body.model]
            group.type_imports.add(f"from ..models.{model.class_info.module_name} import {dict_name(model)}")
            for prop in all_properties(model):
                group.type_imports.update(prop.get_imports(prefix=".."))
                group.type_imports.update(prop.get_lazy_imports(prefix=".."))
                for nested in nested_model_properties(prop):
                    group.type_imports.add(f"from ..models.{nested.class_info.module_name} import {dict_name(nested)}")
        for prop in [*endpoint.path_parameters, *endpoint.query_parameters]:
            group.type_imports.update(prop.get_imports(prefix=".."))
        for parameter in method.parameters:  # a default such as SortOrderEnum.ASC needs its class at run time
            if parameter.default:
                names = {
                    node.id
                    for node in ast.walk(ast.parse(parameter.default, mode="eval"))
                    if isinstance(node, ast.Name)
                }
                group.model_imports.update(names & self.class_names)
