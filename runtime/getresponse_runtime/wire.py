"""WireModel: the base of every generated model. Tolerant, lossless and fast parsing of responses.

A model parsed from a response keeps the JSON object it came from:

- `to_dict()` gives back exactly what came over the wire (dates as they came, e.g. "+0000"; unknown
  fields and unknown enum values kept), with the fields you changed encoded over it;
- a field the response left out reads as UNSET, a null reads as None (whatever the spec says);
- a field the model requires but the response left out (a partial object, as `fields=` gives) is not
  invented: reading it raises FieldNotInResponseError, naming the model and the field;
- a value that cannot be decoded does not stop the parse: reading that one field raises
  FieldDecodeError naming the model, the field and the value;
- integers and booleans sent as text ("12", "true"), as some endpoints do, decode to int and bool;
- unknown fields are in `additional_properties`, decoded when first read.

Each model's generated `_from_dict` reads the fields in straight-line code (the fastest way to parse a
page of a thousand contacts). Encoding needs no per-model code: `to_json` turns models, enums, dates and
containers of them into JSON, and each model's `_wire_names` table says which attribute goes under which
JSON name. Models you build yourself (`NewContact(email=...)`) have no wire dict; `to_dict()` encodes only
the fields you set, which is what a request must send. `model["key"]` reads and writes
`additional_properties` (fields the spec does not name).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from .errors import GetResponseError
from .types import UNSET

E = TypeVar("E", bound=Enum)

# What a generated decoder raises on a value of the wrong shape.
DECODE_ERRORS = (KeyError, ValueError, TypeError, AttributeError, OverflowError, IndexError)
# The date decoders of the generated _from_dict, bound once: looking up a classmethod of a C type on every call
# (datetime.datetime.fromisoformat) costs about 55 ns, a tenth of a page's date decoding.
parse_datetime = datetime.datetime.fromisoformat
parse_date = datetime.date.fromisoformat


class FieldDecodeError(GetResponseError, ValueError):
    """A response field whose value does not fit the model's type."""

    def __init__(self, model: str, field: str, wire_name: str, value: object, reason: BaseException) -> None:
        super().__init__(f"{model}.{field} (wire name {wire_name!r}) cannot be decoded from {value!r}: {reason}")
        self.model = model
        self.field = field
        self.wire_name = wire_name
        self.value = value


class FieldNotInResponseError(GetResponseError, AttributeError):
    """A field the model requires that the answer did not carry: a partial object, as GetResponse sends for
    `fields=...` (only the id is always there). An AttributeError, so `hasattr` and `getattr(m, name, default)`
    treat the field as absent."""

    def __init__(self, model: str, field: str, wire_name: str) -> None:
        super().__init__(
            f"{model}.{field} (wire name {wire_name!r}) was not in the answer: a partial object, as `fields=` "
            "gives, carries only the fields asked for"
        )
        self.model = model
        self.field = field
        self.wire_name = wire_name


class ResponseShapeError(GetResponseError, ValueError):
    """A response body whose shape is not what the operation documents (e.g. a list where an object goes)."""


class WireModel:
    __slots__ = ("_decode_errors", "_wire")
    _wire: Mapping[str, Any]  # the JSON object a parsed model came from (unset on models built in code)
    # Fields that raise when read: a wire value that could not be decoded, or a required field not sent.
    _decode_errors: dict[str, FieldDecodeError | FieldNotInResponseError]

    # Filled in by each generated model module.
    _wire_names: ClassVar[Mapping[str, str]] = {}  # python name -> wire name
    _wire_fields: ClassVar[frozenset[str]] = frozenset()
    _decoders: ClassVar[Mapping[str, Callable[[Any], Any] | None]] = {}  # None: the JSON value as it is
    _read_only: ClassVar[frozenset[str]] = frozenset()  # request models: fields the server assigns, never sent
    _extra_decoder: ClassVar[Callable[[Mapping[str, Any]], dict[str, Any]] | None] = None

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Each generated model replaces this with its own straight-line _from_dict (see the end of its module).
        raise NotImplementedError

    if not TYPE_CHECKING:  # mypy must keep reporting misspelt attributes, so it does not see this hook.

        def __getattr__(self, name: str) -> Any:
            # Runs only for a slot that is not set: a field that failed to decode or was not in the
            # answer, or the lazily decoded additional_properties of a parsed model.
            errors = _slot(self, "_decode_errors")
            if errors is not None and name in errors:
                raise errors[name]
            wire = _slot(self, "_wire")
            extra_decoder = type(self)._extra_decoder
            if name == "additional_properties" and wire is not None and extra_decoder is not None:
                value = extra_decoder(wire)
                object.__setattr__(self, name, value)
                return value
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _encode(self) -> dict[str, Any]:
        """A model built in code: its additional properties, then every field that is set (a request model's
        read-only fields, which the server assigns, are never sent)."""
        extra = _slot(self, "additional_properties")
        result = {key: to_json(value) for key, value in extra.items()} if extra else {}
        read_only = self._read_only
        for name, wire_name in self._wire_names.items():
            value = _slot(self, name, UNSET)
            if value is not UNSET and name not in read_only:
                result[wire_name] = to_json(value)
        return result

    # Item access to the fields the spec does not name (additional_properties).
    @property
    def additional_keys(self) -> list[str]:
        return list(self._extra())

    def __getitem__(self, key: str) -> Any:
        return self._extra()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._extra()[key] = value

    def __delitem__(self, key: str) -> None:
        del self._extra()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._extra()

    def _extra(self) -> dict[str, Any]:
        extra: dict[str, Any] = getattr(self, "additional_properties")  # noqa: B009 (not every model has them)
        return extra

    def to_dict(self) -> dict[str, Any]:
        wire: Mapping[str, Any] | None = _slot(self, "_wire")
        if wire is None:
            return self._encode()
        result = dict(wire)
        errors = _slot(self, "_decode_errors") or {}
        for name, wire_name in self._wire_names.items():
            if name in errors and _slot(self, name, _NOT_SET) is _NOT_SET:
                continue  # never decoded (or never sent), never set: the wire stands as it came
            value = getattr(self, name)
            if not _changed(self._decoders[name], value, wire.get(wire_name, UNSET)):
                continue
            if value is UNSET:
                result.pop(wire_name, None)
            else:
                result[wire_name] = to_json(value)
        extra = _slot(self, "additional_properties")
        if extra is not None:  # read (and so perhaps changed) since parsing
            for key in [k for k in result if k not in self._wire_fields and k not in extra]:
                del result[key]
            result.update({key: to_json(value) for key, value in extra.items()})
        return result


def check_mapping(cls: type[WireModel], src_dict: object) -> None:
    """The slow half of _from_dict's test (JSON objects arrive as dicts, which it lets through at once)."""
    if not isinstance(src_dict, Mapping):
        raise ResponseShapeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")


def absent(value: object) -> bool:
    """A JSON null or a missing key: stored as it is, whatever the field's type (a function, so that type
    checkers do not narrow the value at the call site)."""
    return value is None or value is UNSET


def defer_decode_error(model: WireModel, name: str, value: object, reason: BaseException) -> None:
    _deferred_errors(model)[name] = FieldDecodeError(type(model).__name__, name, model._wire_names[name], value, reason)


def not_in_response(model: WireModel, name: str) -> None:
    """A required field the answer left out: reading it raises FieldNotInResponseError."""
    _deferred_errors(model)[name] = FieldNotInResponseError(type(model).__name__, name, model._wire_names[name])


def _deferred_errors(model: WireModel) -> dict[str, FieldDecodeError | FieldNotInResponseError]:
    errors: dict[str, FieldDecodeError | FieldNotInResponseError] | None = _slot(model, "_decode_errors")
    if errors is None:
        errors = {}
        object.__setattr__(model, "_decode_errors", errors)
    return errors


_INTEGER_TEXT = r"-?[0-9]+"  # compiled by re on first use (and cached there), not at import


def wire_int(value: object) -> int:
    """An integer field's value: a JSON integer, or its decimal text ("12"), which some endpoints send."""
    if type(value) is int:
        return value
    if isinstance(value, str) and re.fullmatch(_INTEGER_TEXT, value):
        return int(value)
    raise TypeError(f"expected an integer or its decimal text, got {type(value).__name__}")


def wire_bool(value: object) -> bool:
    """A boolean field's value: a JSON boolean, or the text "true"/"false", which some endpoints send."""
    if type(value) is bool:
        return value
    if value == "true" or value == "false":
        return value == "true"
    raise TypeError(f"expected a boolean or the text 'true'/'false', got {value!r}")


_NOT_SET = object()


def _slot(model: object, name: str, default: Any = None) -> Any:
    """A slot's value, or `default` when it is not set (without running the __getattr__ hook)."""
    try:
        return object.__getattribute__(model, name)
    except AttributeError:
        return default


def _changed(decoder: Callable[[Any], Any] | None, value: Any, wire_value: Any) -> bool:
    """Whether a field now holds something else than what was decoded from `wire_value`."""
    if isinstance(value, WireModel | list | dict):
        return True  # containers may have been changed in place; encoding them is lossless anyway
    if value is wire_value:
        return False
    if decoder is None or wire_value is None or wire_value is UNSET:
        return True
    try:
        return bool(decoder(wire_value) != value)
    except DECODE_ERRORS:
        return True


def to_json(value: Any) -> Any:
    """JSON for a field's value: models, enums, dates (ISO 8601) and containers of them; UNSET entries of a
    mapping are left out."""
    if isinstance(value, WireModel):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.date):  # datetime.datetime too
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items() if item is not UNSET}
    return value


def enum_members(enum_class: type[E]) -> Mapping[Any, E]:
    """The enum's own value -> member table, for a decoder to look a value up in one step (calling the class takes
    ten times as long). It is the dict Enum itself keeps, so the unknown members `unknown_enum_member` adds later
    are found there too."""
    members: Mapping[Any, E] = enum_class._value2member_map_  # type: ignore[assignment]
    return members


def unknown_enum_member(enum_class: type[E], value: object) -> E | None:
    """Enum._missing_ hook: a value the spec does not list becomes a member of its own, kept as sent."""
    if not isinstance(value, str | int) or isinstance(value, bool):
        return None
    base: Any = str if isinstance(value, str) else int
    member: E = base.__new__(enum_class, value)
    member._name_ = f"UNKNOWN_{value}"
    member._value_ = value
    # Cache it so the same unknown value is the same member (identity and equality hold).
    enum_class._value2member_map_.setdefault(value, member)
    return enum_class._value2member_map_[value]  # type: ignore[return-value]
