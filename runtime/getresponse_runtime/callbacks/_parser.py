"""Turn the parameters of a callback request into a typed event, and an event back into its parameters."""

from __future__ import annotations

import codecs
import dataclasses
import json
import math
import re
import threading
import typing
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, Final
from urllib.parse import unquote, unquote_to_bytes

from getresponse_runtime.callbacks._base import EventBase, event_models, subclass_count
from getresponse_runtime.callbacks.errors import (
    ConflictingParameter,
    MalformedPayload,
    MissingParameter,
    PayloadTooLarge,
    UnknownAction,
    UnsupportedContentType,
    excerpt,
)

MAX_PAYLOAD_BYTES: Final = 64 * 1024
"""Default size limit of a payload: real events are well under 2 KiB."""

FORM_CONTENT_TYPE: Final = "application/x-www-form-urlencoded"
WIRE_NAME: Final = "wire_name"  # the field metadata key pipeline/callback_models.py writes

Payload = str | bytes | bytearray | memoryview | Mapping[str, object]

BAD_PERCENT_TEXT: Final = re.compile(r"%(?![0-9A-Fa-f]{2})")
BAD_PERCENT_BYTES: Final = re.compile(rb"%(?![0-9A-Fa-f]{2})")


@dataclasses.dataclass(frozen=True)
class FieldSpec:
    attribute: str
    wire_name: str
    required: bool
    choices: type[StrEnum] | None
    """An enum the value becomes a member of when it is one of its values; any other value stays a str."""


def field_specs(model: type[EventBase]) -> tuple[FieldSpec, ...]:
    hints = typing.get_type_hints(model)
    specs = []
    for field in dataclasses.fields(model):
        wire_name = field.metadata.get(WIRE_NAME)
        if wire_name is None:  # `extra`, which no single wire name fills
            continue
        required = field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
        choices = next(
            (t for t in typing.get_args(hints[field.name]) if isinstance(t, type) and issubclass(t, StrEnum)), None
        )
        specs.append(FieldSpec(field.name, wire_name, required, choices))
    return tuple(specs)


_SPECS: dict[type[EventBase], tuple[FieldSpec, ...]] = {}
_MODELS: dict[str, type[EventBase]] = {}
_SCANNED = [0]  # how many event classes were loaded at the last look
_SCAN_LOCK = threading.Lock()


def _specs(model: type[EventBase]) -> tuple[FieldSpec, ...]:
    specs = _SPECS.get(model)
    if specs is None:
        specs = _SPECS[model] = field_specs(model)
    return specs


def _model_of(action: str) -> type[EventBase] | None:
    # Read from the loaded event models (EventBase's subclasses), so a new action needs no change here. An unknown
    # action looks again only when more event classes were loaded since (a flood of bogus actions costs nothing).
    if action not in _MODELS and subclass_count() != _SCANNED[0]:
        # Worker threads parse their first events at once. The count is marked seen only after the models are in
        # _MODELS: marked first, another thread would skip the look and call a known action unknown (the event
        # dead-lettered). The lock keeps it to one look.
        with _SCAN_LOCK:
            count = subclass_count()
            if count != _SCANNED[0]:
                _MODELS.update({name: model for name, model in event_models().items() if name not in _MODELS})
                _SCANNED[0] = count
    return _MODELS.get(action)


def parse(payload: Payload, content_type: str | None = None, *, max_bytes: int = MAX_PAYLOAD_BYTES) -> EventBase:
    """The event in a query string, form body or JSON body (str or bytes), or in an already decoded JSON object.

    `content_type` (e.g. the request's Content-Type header) selects JSON or form decoding and the charset
    (UTF-8 by default); without it, or for another type, a payload starting with `{` or `[` is read as JSON.
    Raises a `CallbackError` subclass naming the problem; the payload is never partly accepted.
    """
    return build_event(decode_parameters(payload, content_type, max_bytes=max_bytes))


def to_parameters(event: EventBase) -> dict[str, str]:
    """The event's wire parameters (e.g. to store a dead letter and `parse` it again later)."""
    parameters: dict[str, str] = {}
    for spec in _specs(type(event)):
        value = getattr(event, spec.attribute)
        if value is not None:
            parameters[spec.wire_name] = str(value)
    for name, value in event.extra.items():
        parameters.setdefault(name, value)
    return parameters


def build_event(parameters: Mapping[str, str], *, event_id: str | None = None) -> EventBase:
    """The event of decoded wire parameters; unknown parameters go to `extra`."""
    action = parameters.get("action")
    if action is None:
        raise MissingParameter(("action",))
    model = _model_of(action)
    if model is None:
        raise UnknownAction(action)
    values: dict[str, Any] = {}
    missing = []
    specs = _specs(model)
    for spec in specs:
        raw = parameters.get(spec.wire_name)
        if raw is None:
            if spec.required:
                missing.append(spec.wire_name)
        else:
            values[spec.attribute] = choose(spec.choices, raw)
    if missing:
        raise MissingParameter(tuple(missing), action)
    known = {spec.wire_name for spec in specs}
    extra = {name: value for name, value in parameters.items() if name not in known}
    return model(**values, extra=extra, event_id=event_id)


def choose(choices: type[StrEnum] | None, raw: str) -> str:
    if choices is None:
        return raw
    try:
        return choices(raw)
    except ValueError:
        return raw  # an undocumented value: keep the event and the raw text


def decode_parameters(
    payload: Payload, content_type: str | None = None, *, max_bytes: int = MAX_PAYLOAD_BYTES
) -> dict[str, str]:
    """The parameters of a payload, by wire name (see `parse`)."""
    if isinstance(payload, Mapping):
        return parameters_of_object(payload)
    data: str | bytes
    if isinstance(payload, str):
        data = payload
        if len(payload) > max_bytes or len(utf8(payload, "payload")) > max_bytes:
            raise PayloadTooLarge(max_bytes)
    elif isinstance(payload, bytes | bytearray | memoryview):
        data = bytes(payload)
        if len(data) > max_bytes:
            raise PayloadTooLarge(max_bytes)
    else:
        raise TypeError(f"payload must be str, bytes or a Mapping, not {type(payload).__name__}")
    media_type, charset = split_content_type(content_type)
    if media_type.startswith("multipart/"):
        raise UnsupportedContentType(media_type)
    is_json = media_type == "application/json" or media_type.endswith("+json")
    if is_json or (media_type != FORM_CONTENT_TYPE and looks_like_json(data)):
        return parameters_of_json(data, charset)
    return parameters_of_form(data, charset)


def utf8(text: str, what: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no byte sequence was ever this text
        raise MalformedPayload(f"{what} is not valid Unicode text") from None


def split_content_type(content_type: str | None) -> tuple[str, str]:
    """The media type (lower case) and charset (UTF-8 unless named) of a Content-Type value."""
    if not content_type:
        return "", "utf-8"
    media_type, _, parameters = content_type.partition(";")
    charset = "utf-8"
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"'):
            charset = value.strip().strip('"')
    try:
        codecs.lookup(charset)
    except LookupError:
        raise MalformedPayload(f"unknown charset {excerpt(charset)}") from None
    return media_type.strip().lower(), charset


def looks_like_json(data: str | bytes) -> bool:
    if isinstance(data, str):
        return data.lstrip("\ufeff \t\r\n")[:1] in ("{", "[")
    return data.removeprefix(codecs.BOM_UTF8).lstrip(b" \t\r\n")[:1] in (b"{", b"[")


def add_parameter(parameters: dict[str, str], name: str, value: str) -> None:
    if parameters.setdefault(name, value) != value:
        raise ConflictingParameter(name)


def parameters_of_form(data: str | bytes, charset: str) -> dict[str, str]:
    """Parameters of `application/x-www-form-urlencoded` text: a form body or a query string (a leading `?` is ok)."""
    parameters: dict[str, str] = {}
    pieces: list[str] | list[bytes]
    pieces = data.removeprefix("?").split("&") if isinstance(data, str) else data.removeprefix(b"?").split(b"&")
    for piece in pieces:
        if not piece:
            continue
        # A piece without `=` is a parameter with an empty value, as browsers read it.
        name, _, value = piece.partition("=") if isinstance(piece, str) else piece.partition(b"=")
        add_parameter(parameters, unquote_component(name, charset), unquote_component(value, charset))
    return parameters


def unquote_component(component: str | bytes, charset: str) -> str:
    if isinstance(component, str):
        shown = component
        bad = BAD_PERCENT_TEXT.search(component) is not None
    else:
        shown = component.decode("ascii", "backslashreplace")
        bad = BAD_PERCENT_BYTES.search(component) is not None
    if bad:
        raise MalformedPayload(f"bad percent-encoding in {excerpt(shown)}")
    try:
        if isinstance(component, str):
            return unquote(component.replace("+", " "), encoding=charset, errors="strict")
        return unquote_to_bytes(component.replace(b"+", b" ")).decode(charset)
    except (UnicodeError, LookupError) as exc:
        raise MalformedPayload(f"{excerpt(shown)} is not valid {charset}: {exc.__class__.__name__}") from None


def parameters_of_json(data: str | bytes, charset: str) -> dict[str, str]:
    if isinstance(data, bytes):
        try:
            # utf-8-sig drops a byte order mark, which json.loads would refuse.
            text = data.decode("utf-8-sig" if codecs.lookup(charset).name == "utf-8" else charset)
        except (UnicodeError, LookupError) as exc:
            raise MalformedPayload(f"JSON body is not valid {charset}: {exc.__class__.__name__}") from None
    else:
        text = data.removeprefix("\ufeff")
    try:
        # Numbers keep their literal text: identifiers sent as numbers stay exactly as written.
        document = json.loads(
            text, object_pairs_hook=json_object, parse_int=str, parse_float=str, parse_constant=reject_constant
        )
    except RecursionError:
        raise MalformedPayload("JSON body nests too deeply") from None
    except MalformedPayload:
        raise
    except ValueError as exc:  # json.JSONDecodeError is one
        raise MalformedPayload(f"invalid JSON: {exc}") from None
    if not isinstance(document, dict):
        kind = "an array" if isinstance(document, list) else "a scalar"
        raise MalformedPayload(f"JSON body is {kind}, expected an object of parameters")
    return parameters_of_object(document)


def json_object(members: list[tuple[str, Any]]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for name, value in members:
        if name in document and document[name] != value:
            raise ConflictingParameter(name)
        document[name] = value
    return document


def reject_constant(name: str) -> None:
    raise MalformedPayload(f"JSON constant {name} is not a parameter value")


def parameters_of_object(document: Mapping[Any, object]) -> dict[str, str]:
    """Parameters of a decoded JSON object: strings as they are, numbers and booleans as JSON writes them."""
    parameters: dict[str, str] = {}
    for name, value in document.items():
        if not isinstance(name, str):
            raise MalformedPayload(f"parameter name {excerpt(repr(name))} is not a string")
        text = scalar_text(name, value)
        if text is not None:  # null: the parameter is absent
            utf8(name + text, f"parameter {excerpt(name)}")
            parameters[name] = text
    return parameters


def scalar_text(name: str, value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        try:
            return str(value)
        except ValueError:  # more digits than int-to-str conversion allows
            raise MalformedPayload(f"parameter {excerpt(name)} is a number too long to read") from None
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    kind = (
        "an object"
        if isinstance(value, Mapping)
        else "an array"
        if isinstance(value, list)
        else f"a {type(value).__name__}"
    )
    raise MalformedPayload(f"parameter {excerpt(name)} is {kind}, expected a string")
