"""From a recorded request to the client call that makes it: ``client.<group>.with_raw_response.<method>(...)``.

Replay and recording both go through the public client (GetResponse and its resource methods). The mapping is
the generator's own (pipeline.resources describes every resource method from the generated modules), and values
are turned from wire text into the types the generated code declares (enums, dates, numbers, booleans):

- path parameters: matched from the URL against the operation's path template, passed positionally;
- query parameters: wire name (query[createdOn][from]) -> generated keyword (querycreated_onfrom) -> resource
  keyword (query_created_on_from); a parameter the client sends by default but the recording lacks is passed as
  UNSET, so the client sends exactly what was recorded;
- the body: JSON through the request model's from_dict, a multipart form part by part into the model's fields.
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
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import attrs
from openapi_python_client.strings import PythonIdentifier

from pipeline import paths
from pipeline.cassettes.cassette import RecordedRequest, is_json
from pipeline.cassettes.forms import multipart_parts
from pipeline.resources import FIELD_PREFIX, Parameter, describe_resources

PACKAGE = "getresponse_client"


class CallError(Exception):
    """A recorded request that the client has no way to make (the message names the operation and the part)."""


@dataclass(frozen=True)
class ResourceMethod:
    operation_id: str
    group: str  # client.<group>
    name: str  # client.<group>.<name>
    module: str  # the generated module, e.g. getresponse_client.api.contacts.get_contact_list
    http_method: str
    path_template: str  # as in the spec, e.g. /contacts/{contactId}
    parameters: tuple[Parameter, ...]


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
        arguments = [_short_repr(value) for value in self.positional]
        arguments += [f"{name}={_short_repr(value)}" for name, value in self.keywords.items()]
        return f"client.{self.method.group}.{self.method.name}({', '.join(arguments)})"


def _short_repr(value: Any) -> str:
    from getresponse_client.types import Unset

    text = "UNSET" if isinstance(value, Unset) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class CallBuilder:
    def __init__(self, document: dict[str, Any], package: Path = paths.GENERATED_PACKAGE) -> None:
        self._methods: dict[str, ResourceMethod] = {}
        for group in describe_resources(package, document, {}):
            for method in group.methods:
                self._methods[method.operation_id] = ResourceMethod(
                    operation_id=method.operation_id,
                    group=group.attribute,
                    name=method.name,
                    module=f"{PACKAGE}.api.{method.module}",
                    http_method=method.http_method,
                    path_template=method.path,
                    parameters=tuple(method.parameters),
                )

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
        annotations = _annotations(target.module)
        base_path, path_values = _match_path(target, request.path)
        by_generated = {p.generated_name: p for p in target.parameters}
        positional = []
        for parameter in target.parameters:
            if parameter.positional and parameter.generated_name != "body":
                wire = path_values[parameter.generated_name]
                positional.append(_convert(wire, annotations[parameter.generated_name], operation_id, parameter.name))
        keywords: dict[str, Any] = {}
        for wire_name, text in request.query:
            generated = str(PythonIdentifier(wire_name, prefix=FIELD_PREFIX))
            query_parameter = by_generated.get(generated)
            if query_parameter is None or query_parameter.positional:
                raise CallError(f"{operation_id}: query parameter {wire_name!r} is not a parameter of the operation")
            if query_parameter.name in keywords:
                raise CallError(f"{operation_id}: query parameter {wire_name!r} appears more than once")
            keywords[query_parameter.name] = _convert(text, annotations[generated], operation_id, wire_name)
        from getresponse_client import UNSET

        for parameter in target.parameters:
            if not parameter.leading and parameter.name not in keywords and parameter.default not in (None, "UNSET"):
                keywords[parameter.name] = UNSET  # a default the client would add; the recording did not send it
        if request.body:
            if "body" not in by_generated:
                raise CallError(f"{operation_id}: the recording has a body, the operation takes none")
            keywords["body"] = _body(request, annotations["body"], operation_id)
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
    match = template_pattern(target.path_template).match(path)
    if match is None:
        raise CallError(f"{target.operation_id}: path {path!r} does not fit {target.path_template!r}")
    values = {name: unquote(value) for name, value in match.groupdict().items() if name != "base_path"}
    return match.group("base_path"), values


def _annotations(module_name: str) -> dict[str, Any]:
    """The generated _get_kwargs' parameter annotations (real objects: generated modules do not defer them)."""
    module = importlib.import_module(module_name)
    return {name: p.annotation for name, p in inspect.signature(module._get_kwargs).parameters.items()}


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


def _body(request: RecordedRequest, annotation: Any, operation_id: str) -> Any:
    models = [member for member in _members(annotation) if isinstance(member, type) and hasattr(member, "from_dict")]
    if len(models) != 1:
        raise CallError(f"{operation_id}: the body annotation {annotation!r} names no single request model")
    model = models[0]
    content_type = request.header("Content-Type")
    assert request.body is not None
    if content_type and content_type.startswith("multipart/form-data"):
        return _multipart_model(model, request.body, content_type)
    if not is_json(content_type):
        raise CallError(f"{operation_id}: a {content_type} body; the client sends JSON or multipart forms")
    return model.from_dict(json.loads(request.body))


def _multipart_model(model: type[Any], body: bytes, content_type: str) -> Any:
    from getresponse_client.types import File

    fields = {field.name for field in attrs.fields(model) if field.init}
    known: dict[str, Any] = {}
    extra: dict[str, str] = {}
    for part in multipart_parts(body, content_type):
        if part.filename is not None:
            value: Any = File(payload=io.BytesIO(part.content), file_name=part.filename, mime_type=part.content_type)
        else:
            value = part.content.decode()
        if part.name in fields:
            known[part.name] = value
        else:
            extra[part.name] = value
    instance = model(**known)
    for name, value in extra.items():
        instance[name] = value
    return instance
