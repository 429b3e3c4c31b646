"""The TypedDicts of request bodies: a plain dict, by wire name, wherever a request model goes.

``client.contacts.create(email=..., campaign={"campaignId": "V"})``: every model a request body can hold (the
body models and the models nested in them) gets a ``<Model>Dict`` TypedDict in its own module, keyed by the JSON
names, with the API's required keys `Required`. The values are what JSON carries (str for dates and enums), or
the model itself for nested objects, since a dict may hold models too (both are encoded to JSON the same way).
"""

from __future__ import annotations

import keyword

from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.parser.properties import EnumProperty, LiteralEnumProperty, ModelProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.union import UnionProperty

from pipeline.opc import all_properties, text

SUFFIX = "Dict"


def dict_name(model: ModelProperty) -> str:
    return f"{model.class_info.name}{SUFFIX}"


def request_models(data: GeneratorData) -> set[str]:
    """Class names of the body models and, recursively, of the models nested in them."""
    by_name = {str(model.class_info.name): model for model in data.models}
    pending = [
        str(body.prop.class_info.name)
        for collection in data.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
        for body in endpoint.bodies
        if isinstance(body.prop, ModelProperty)
    ]
    found: set[str] = set()
    while pending:
        name = pending.pop()
        if name in found or name not in by_name:
            continue
        found.add(name)
        model = by_name[name]
        for prop in all_properties(model):
            pending.extend(str(nested.class_info.name) for nested in nested_model_properties(prop))
    return found


def nested_dict_imports(model: ModelProperty, names: set[str]) -> list[str]:
    """Import lines (for TYPE_CHECKING) of the TypedDicts of the models nested in ``model``."""
    lines = set()
    for prop in all_properties(model):
        for nested in nested_model_properties(prop):
            if str(nested.class_info.name) in names:
                lines.add(f"from .{nested.class_info.module_name} import {dict_name(nested)}")
    return sorted(lines)


def nested_model_properties(prop: PropertyProtocol) -> list[ModelProperty]:
    if isinstance(prop, ModelProperty):
        return [prop]
    if isinstance(prop, ListProperty):
        return nested_model_properties(prop.inner_property)
    if isinstance(prop, UnionProperty):
        return [m for inner in prop.inner_properties for m in nested_model_properties(inner)]
    return []


def value_type(prop: PropertyProtocol) -> str:
    """The type of a property's value inside a request dict."""
    if isinstance(prop, ModelProperty):
        return f"{prop.class_info.name} | {dict_name(prop)}"
    if isinstance(prop, ListProperty):
        return f"list[{value_type(prop.inner_property)}]"
    if isinstance(prop, UnionProperty):
        members = [value_type(inner) for inner in prop.inner_properties]
        return " | ".join(dict.fromkeys(members))
    if isinstance(prop, EnumProperty | LiteralEnumProperty):
        return f"{prop.class_info.name} | {prop.value_type.__name__}"
    if isinstance(prop, DateProperty | DateTimeProperty):
        return f"{text(prop.get_type_string(no_optional=True))} | str"
    return text(prop.get_type_string(no_optional=True))


def typed_dict_fields(model: ModelProperty, read_only: set[str]) -> list[tuple[str, str]]:
    """(wire name, annotation) per property a request may set (not the ``read_only`` wire names); the API's
    required ones wrapped in Required[...]."""
    fields = []
    for prop in all_properties(model):
        if text(prop.name) in read_only:
            continue
        annotation = value_type(prop)
        fields.append((text(prop.name), f"Required[{annotation}]" if prop.required else annotation))
    return fields


def class_syntax(fields: list[tuple[str, str]]) -> bool:
    """Whether every key can be written as a class attribute (else the functional TypedDict syntax is used)."""
    return all(name.isidentifier() and not keyword.iskeyword(name) for name, _ in fields)
