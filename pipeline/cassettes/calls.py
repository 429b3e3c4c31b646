"""From a recorded request to the client call that makes it: ``client.<group>.with_raw_response.<method>(...)``.

Replay and recording both go through the public client (GetResponse and its resource methods). The mapping is
the generated package's own operation table (``getresponse_client._operations.OPERATIONS``: group, method name, and
each parameter's wire name and Python keyword), and values are turned from wire text into the types the
method's signature declares (enums, dates, numbers, booleans):

- path parameters: matched from the URL against the operation's path template, passed positionally;
- query parameters: wire name (query[createdOn][from]) -> keyword (query_created_on_from); a parameter the
  client sends by default but the recording lacks is passed as UNSET, so the client sends exactly what was
  recorded;
- the body: JSON through the request model's from_dict as ``body=``, a multipart form part by part into the
  model's fields.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import io
import json
import re
import types
import typing
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import attrs
from openapi_python_client.strings import PythonIdentifier

from pipeline.cassettes.cassette import RecordedRequest, is_json
from pipeline.cassettes.forms import multipart_parts
from pipeline.resources import FIELD_PREFIX

PACKAGE = "getresponse_client"


class CallError(Exception):
    """A recorded request that the client has no way to make (the message names the operation and the part)."""


@dataclass(frozen=True)
class Keyword:
    name: str  # the keyword on the resource method
    wire_name: str
    annotation: Any  # the resolved type
    default: Any  # inspect.Parameter.empty when required
    positional: bool  # a path parameter


@dataclass(frozen=True)
class ResourceMethod:
    operation_id: str
    group: str  # client.<group>
    name: str  # client.<group>.<name>
    http_method: str
    path_template: str  # as in the spec, e.g. /contacts/{contactId}
    parameters: tuple[Keyword, ...]
    body: Any  # the request model class, or None


@dataclass(frozen=True)
class ClientCall:
    method: ResourceMethod
    positional: tuple[Any, ...]
    keywords: dict[str, Any]
    base_path: str  # what precedes the path template in the URL: the base URL's path (/v3)

    def invoke(self, client: Any) -> Any:
        """Make the call on a GetResponse client; returns its RawResponse (status, headers, parsed body)."""
        resource = getattr(client, self.method.group).with_raw_response
        return getattr(resource, self.method.name)(*self.positional, **self.keywords)

    def __str__(self) -> str:
        arguments = [short_repr(value) for value in self.positional]
        arguments += [f"{name}={short_repr(value)}" for name, value in self.keywords.items()]
        return f"client.{self.method.group}.{self.method.name}({', '.join(arguments)})"


def short_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _Namespace(dict[str, Any]):
    """Names a generated signature may use: builtins, datetime, Unset, File and the package's models."""

    def __missing__(self, key: str) -> Any:
        models = importlib.import_module(f"{PACKAGE}.models")
        try:
            return getattr(models, key)
        except AttributeError:
            raise KeyError(key) from None


def _resolve(annotation: Any, namespace: _Namespace) -> Any:
    if not isinstance(annotation, str):
        return annotation
    return eval(annotation, namespace)


def operation_table() -> dict[str, Any]:
    """The operation table of the importable ``getresponse_client`` (its ``_operations.OPERATIONS``)."""
    return dict(importlib.import_module(f"{PACKAGE}._operations").OPERATIONS)


def resource_method(info: Any) -> Any:
    """The sync resource method of an operation-table row (the function behind ``client.<group>.<name>``)."""
    module = importlib.import_module(f"{PACKAGE}.resources.{info.group}")
    return getattr(getattr(module, info.resource), info.name)


def _method(operation_id: str, info: Any) -> ResourceMethod:
    from getresponse_runtime.types import UNSET, File, Unset

    namespace = _Namespace(datetime=datetime, Unset=Unset, UNSET=UNSET, File=File, builtins=__builtins__)
    namespace.update({"Mapping": typing.Mapping, "Any": Any})
    function = resource_method(info)
    wire_of = {keyword: wire for wire, keyword in info.parameters.items()}
    keywords = []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.name in wire_of:
            keywords.append(
                Keyword(
                    name=parameter.name,
                    wire_name=wire_of[parameter.name],
                    annotation=_resolve(parameter.annotation, namespace),
                    default=parameter.default,
                    positional=parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD,
                )
            )
    body = namespace[info.body] if info.body else None
    return ResourceMethod(operation_id, info.group, info.name, info.method, info.path, tuple(keywords), body)


class CallBuilder:
    """The calls of the importable ``getresponse_client`` (the drift replay puts another one first on sys.path)."""

    def __init__(self) -> None:
        self._methods = {operation_id: _method(operation_id, info) for operation_id, info in operation_table().items()}

    @property
    def operation_ids(self) -> list[str]:
        return sorted(self._methods)

    def method(self, operation_id: str) -> ResourceMethod:
        try:
            return self._methods[operation_id]
        except KeyError:
            raise CallError(f"{operation_id}: the generated client has no method for this operation") from None

    def build(self, operation_id: str, request: RecordedRequest) -> ClientCall:
        target = self.method(operation_id)
        if request.method != target.http_method:
            raise CallError(f"{operation_id}: recorded {request.method}, the operation is {target.http_method}")
        base_path, path_values = _match_path(target, request.path)
        by_wire = {p.wire_name: p for p in target.parameters}
        positional = [
            _convert(path_values[p.wire_name], p.annotation, operation_id, p.name)
            for p in target.parameters
            if p.positional
        ]
        keywords: dict[str, Any] = {}
        for wire_name, text in request.query:
            query_parameter = by_wire.get(wire_name)
            if query_parameter is None or query_parameter.positional:
                raise CallError(f"{operation_id}: query parameter {wire_name!r} is not a parameter of the operation")
            if query_parameter.name in keywords:
                raise CallError(f"{operation_id}: query parameter {wire_name!r} appears more than once")
            keywords[query_parameter.name] = _convert(text, query_parameter.annotation, operation_id, wire_name)
        from getresponse_runtime.types import UNSET

        for parameter in target.parameters:
            if not parameter.positional and parameter.name not in keywords and parameter.default not in (None, UNSET):
                keywords[parameter.name] = UNSET  # a default the client would add; the recording did not send it
        if request.body:
            if target.body is None:
                raise CallError(f"{operation_id}: the recording has a body, the operation takes none")
            keywords["body"] = _body(request, target.body, operation_id)
        return ClientCall(target, tuple(positional), keywords, base_path)


def template_pattern(template: str) -> re.Pattern[str]:
    """/contacts/{contactId} -> a pattern matching the end of a URL path, one group per path parameter."""
    pattern = ""
    for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", template):
        pattern += re.escape(literal)
        if name:
            pattern += f"(?P<{PythonIdentifier(name, prefix=FIELD_PREFIX)!s}>[^/]+)"
    return re.compile(f"(?P<base_path>.*?){pattern}$")


def _match_path(target: ResourceMethod, path: str) -> tuple[str, dict[str, str]]:
    """The base path and each path parameter's value, by wire name."""
    match = template_pattern(target.path_template).match(path)
    if match is None:
        raise CallError(f"{target.operation_id}: path {path!r} does not fit {target.path_template!r}")
    groups = {name: unquote(value) for name, value in match.groupdict().items() if name != "base_path"}
    wire_names = re.findall(r"\{([^}]+)\}", target.path_template)
    values = {wire: groups[str(PythonIdentifier(wire, prefix=FIELD_PREFIX))] for wire in wire_names}
    return match.group("base_path"), values


def _members(annotation: Any) -> list[Any]:
    from getresponse_client.types import Unset

    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [member for member in typing.get_args(annotation) if member is not Unset]
    return [annotation]


def _convert(text: str, annotation: Any, operation_id: str, wire_name: str) -> Any:
    """Wire text -> the value the generated code declares for it (it turns that value back into the same text)."""
    members = _members(annotation)
    for member in members:
        if isinstance(member, type) and issubclass(member, enum.Enum):
            return member(text)  # generated enums keep values they do not list (unknown_enum_member)
    if bool in members:
        if text in ("true", "false"):
            return text == "true"
    elif int in members:
        try:
            return int(text)
        except ValueError:
            pass
    elif float in members:
        return float(text)
    elif datetime.datetime in members and ("T" in text or datetime.date not in members):
        try:
            return datetime.datetime.fromisoformat(text)
        except ValueError:
            pass
    elif datetime.date in members:
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
    if str in members:
        return text
    names = " | ".join(getattr(member, "__name__", str(member)) for member in members)
    raise CallError(f"{operation_id}: {wire_name}={text!r} cannot be passed as {names}")


def _body(request: RecordedRequest, model: type[Any], operation_id: str) -> Any:
    content_type = request.header("Content-Type")
    assert request.body is not None
    if content_type and content_type.startswith("multipart/form-data"):
        return _multipart_model(model, request.body, content_type)
    if not is_json(content_type):
        raise CallError(f"{operation_id}: a {content_type} body; the client sends JSON or multipart forms")
    return model.from_dict(json.loads(request.body))


def _multipart_model(model: type[Any], body: bytes, content_type: str) -> Any:
    from getresponse_client.types import File

    settable = {field.name for field in attrs.fields(model) if field.init}
    python_names = {
        wire: name for name, wire in model._wire_names.items() if name in settable
    }  # part names are wire names
    known: dict[str, Any] = {}
    extra: dict[str, str] = {}
    for part in multipart_parts(body, content_type):
        if part.filename is not None:
            value: Any = File(payload=io.BytesIO(part.content), file_name=part.filename, mime_type=part.content_type)
        else:
            value = part.content.decode()
        if part.name in python_names:
            known[python_names[part.name]] = value
        else:
            extra[part.name] = value
    instance = model(**known)
    for name, value in extra.items():
        instance[name] = value
    return instance
