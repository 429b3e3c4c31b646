"""WireModel: the base of every generated model. A model is a typed view of one JSON object.

A model parsed from a response is its JSON object (the dict the decoder made, not a copy) and nothing else
until a field is read:

- each field is a property: it reads the field's wire value when read, decoding it then (dates, enums, nested
  models, counts and booleans sent as text), and writes the wire value when set;
- `to_dict()` gives back exactly what came over the wire (dates as they came, e.g. "+0000"; unknown fields and
  unknown enum values kept), with what was set or edited since encoded over it;
- a field the response left out reads as UNSET, a null reads as None (whatever the spec says);
- a field the model requires but the response left out (a partial object, as `fields=` gives) is not
  invented: reading it raises FieldNotInResponseError, naming the model and the field;
- a value that cannot be decoded does not stop the parse: reading that one field raises FieldDecodeError
  naming the model, the field and the value;
- nested models and containers are decoded on first read and kept, so edits made to them are encoded;
- unknown fields are in `additional_properties`, decoded when first read; `model["key"]` reads and writes them.

Why a view, measured on a page of 1000 contacts (README, "Measured"): building a model of every field up front
cost about 1.5 µs per item whatever the caller read; a view costs one object, and a walk over a hundred
thousand contacts that reads their emails decodes nothing else. Reading every field costs a property call per
read instead (CPython has no faster hook for a computed attribute).

Models you build yourself (`NewContact(email=...)`) write a dict of their own as their fields are set;
`to_dict()` of those leaves out a request model's read-only fields, which the server assigns. Each generated
module describes its fields to `bind_fields` in one table (wire name, required, decoder).
"""

from __future__ import annotations

import datetime
import re
import threading
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, ClassVar, Self, TypeVar

from .errors import GetResponseError
from .types import UNSET

E = TypeVar("E", bound=Enum)

# What a generated decoder raises on a value of the wrong shape.
DECODE_ERRORS = (KeyError, ValueError, TypeError, AttributeError, OverflowError, IndexError)
# The date decoders of the generated field tables, bound once: looking up a classmethod of a C type on every call
# (datetime.datetime.fromisoformat) costs about 55 ns.
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
    """A model is a typed view of its JSON object (``_wire``): each field is a property that reads its wire value
    when it is read (decoding dates, enums, counts sent as text) and writes the wire when it is set.

    Parsing a response is one object per item, whatever the model's size: a walk over a hundred thousand contacts
    that reads their emails decodes nothing else. Nested models and containers are decoded on first read and kept
    (``_cache``), so edits made to them are encoded by `to_dict`."""

    __slots__ = ("__weakref__", "_built", "_cache", "_wire")
    _wire: dict[str, Any]  # the JSON object: the parsed one, or the one a model built in code writes
    _cache: dict[str, Any] | None  # kept values (nested models, containers, files) by Python name
    _built: bool  # set (True) on models built in code only: their read-only fields are never sent

    # Filled in by `bind_fields` from each generated model module.
    _wire_names: ClassVar[Mapping[str, str]] = {}  # python name -> wire name
    _wire_fields: ClassVar[frozenset[str]] = frozenset()
    _read_only: ClassVar[frozenset[str]] = frozenset()  # request models: fields the server assigns, never sent
    _extra_decoder: ClassVar[Callable[[Mapping[str, Any]], dict[str, Any]] | None] = None  # typed extras only

    def __attrs_pre_init__(self) -> None:
        # attrs' __init__ sets every field through its property, which writes this dict.
        object.__setattr__(self, "_wire", {})
        object.__setattr__(self, "_cache", None)
        object.__setattr__(self, "_built", True)

    # Copies and pickles carry the JSON object (the default state of a slotted object would also hold every
    # field read through its property, and restore them before the JSON object exists).
    def __getstate__(self) -> dict[str, Any]:
        return {"_wire": self._wire, "_cache": self._cache, "_built": _slot(self, "_built", False)}

    def __setstate__(self, state: Mapping[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def __copy__(self) -> Self:
        """A model of its own: setting a field of the copy leaves the original as it is (nested values are shared,
        as a shallow copy shares them)."""
        state = self.__getstate__()
        state.update(_wire=dict(self._wire), _cache=dict(self._cache) if self._cache else None)
        twin = _new(type(self))
        twin.__setstate__(state)
        return twin

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object. It reads and writes that dict, not a copy (a Mapping that is not a dict is
        copied into one): setting a field changes it."""
        if type(src_dict) is not dict:
            src_dict = check_mapping(cls, src_dict)
        model = _new(cls)
        model._wire = src_dict
        model._cache = None
        return model

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
        """The JSON object: what came over the wire (dates as they came, unknown fields and values kept), with
        what was set or edited since encoded over it; a model built in code gives the fields that were set."""
        result: dict[str, Any] = _copy_json(self._wire)
        cache = self._cache
        if cache:
            wire_names = self._wire_names
            for name, value in list(cache.items()):
                if name == "additional_properties":
                    for key in [key for key in result if key not in self._wire_fields]:
                        del result[key]
                    result.update({str(key): to_json(item) for key, item in value.items()})
                else:
                    result[wire_names[name]] = to_json(value)
        if self._read_only and _slot(self, "_built", False):
            for name in self._read_only:
                result.pop(self._wire_names[name], None)
        return result


_new = object.__new__
_CACHE_LOCK = threading.Lock()  # creating a model's cache: two threads' first reads must not each make one
_NOT_KEPT = object()


def _kept(model: WireModel, name: str, value: Any) -> Any:
    """Keep ``value`` as the model's ``name``; when another thread kept one first, that one (so that every reader
    edits the same object)."""
    cache = model._cache
    if cache is None:
        with _CACHE_LOCK:
            cache = model._cache
            if cache is None:
                cache = model._cache = {}
    return cache.setdefault(name, value)


def _kept_as_set(value: object) -> bool:
    """Whether a value set on a kept field is kept as it is (a model, a container, a file: what can change in
    place, or is no JSON), rather than written into the JSON object."""
    return not isinstance(value, str | int | float | Enum | datetime.date) and value is not None


def bind_fields(model: type[WireModel], fields: Mapping[str, WireField], *, additional_properties: bool) -> None:
    """Make each field of a generated model a property over the model's JSON object, and fill its tables."""
    model._wire_names = {name: field.wire_name for name, field in fields.items()}
    model._wire_fields = frozenset(model._wire_names.values())
    for name, field in fields.items():
        setattr(model, name, field.property(name))
    if additional_properties:
        setattr(model, "additional_properties", _additional_properties())  # noqa: B010 (not every model has one)


class WireField:
    """How one field reads its JSON value: its wire name, whether the model requires it, and how it decodes: as it
    is, through ``decode``, or as a member of ``enum``. ``keep``: the decoded value is kept when it is a model or a
    container (so that edits made to it are encoded)."""

    __slots__ = ("decode", "enum", "keep", "required", "wire_name")

    def __init__(
        self,
        wire_name: str,
        *,
        required: bool = False,
        decode: Callable[[Any], Any] | None = None,
        enum: type[Enum] | None = None,
        keep: bool = False,
    ) -> None:
        self.wire_name = wire_name
        self.required = required
        self.enum = enum
        # An enum decodes through its value table first (see get_member); calling the class is the slow way, which
        # also makes a member of its own of a value the spec does not list (the enum's _missing_).
        self.decode = enum if enum is not None else decode
        self.keep = keep

    def property(self, name: str) -> property:
        """The field's property. Its getter is one of four, each as short as it can be (a read costs a Python call
        on CPython 3.11, so every further call or look-up shows): as it is, an enum member, decoded, kept."""
        wire_name, required, decode, keep = self.wire_name, self.required, self.decode, self.keep

        def missing(model: WireModel) -> Any:
            if required:
                raise FieldNotInResponseError(type(model).__name__, name, wire_name)
            return UNSET

        def failed(model: WireModel, value: object, error: BaseException) -> FieldDecodeError:
            return FieldDecodeError(type(model).__name__, name, wire_name, value, error)

        def set_value(model: WireModel, value: Any) -> None:
            cache = model._cache
            if cache is not None:
                cache.pop(name, None)
            if value is UNSET:
                model._wire.pop(wire_name, None)
            elif keep and _kept_as_set(value):
                _kept(model, name, value)
                model._wire[wire_name] = None  # (its place in the key order; to_dict encodes the kept value)
            else:
                model._wire[wire_name] = to_json(value)

        def delete(model: WireModel) -> None:  # `del model.field`: as setting UNSET, the field is left out
            set_value(model, UNSET)

        if decode is None:

            def get_plain(model: WireModel) -> Any:
                try:
                    return model._wire[wire_name]
                except KeyError:
                    return missing(model)

            return property(get_plain, set_value, delete)
        if self.enum is not None:
            members = enum_members(self.enum)

            def get_member(model: WireModel) -> Any:
                try:
                    value = model._wire[wire_name]
                except KeyError:
                    return missing(model)
                if value is None:
                    return None
                try:
                    return members[value]  # one look-up: calling the class takes ten times as long
                except (KeyError, TypeError):  # not a listed value (or not hashable): the class says what it is
                    pass
                try:
                    return decode(value)
                except DECODE_ERRORS as error:
                    raise failed(model, value, error) from error

            return property(get_member, set_value, delete)
        if not keep:

            def get_decoded(model: WireModel) -> Any:
                try:
                    value = model._wire[wire_name]
                except KeyError:
                    return missing(model)
                if value is None:
                    return None
                try:
                    return decode(value)
                except DECODE_ERRORS as error:
                    raise failed(model, value, error) from error

            return property(get_decoded, set_value, delete)

        def get_kept(model: WireModel) -> Any:
            cache = model._cache
            if cache is not None:  # (no exceptions on the way: raising one costs more than the rest of a read)
                kept = cache.get(name, _NOT_KEPT)
                if kept is not _NOT_KEPT:
                    return kept
            try:
                value = model._wire[wire_name]
            except KeyError:
                return missing(model)
            if value is None:
                return None
            try:
                decoded = decode(value)
            except DECODE_ERRORS as error:
                raise failed(model, value, error) from error
            if not isinstance(decoded, WireModel | list | dict):
                return decoded  # a date or an enum member of a union: nothing to edit in place, the wire stands
            return _kept(model, name, decoded)

        return property(get_kept, set_value, delete)


def _additional_properties() -> property:
    def get(model: WireModel) -> dict[str, Any]:
        cache = model._cache
        if cache is not None and "additional_properties" in cache:
            extra: dict[str, Any] = cache["additional_properties"]
            return extra
        decoder = type(model)._extra_decoder
        if decoder is not None:
            extra = decoder(model._wire)
        else:
            wire_fields = type(model)._wire_fields
            extra = {key: value for key, value in model._wire.items() if key not in wire_fields}
        kept: dict[str, Any] = _kept(model, "additional_properties", extra)
        return kept

    def set_(model: WireModel, value: dict[str, Any]) -> None:
        if model._cache is not None:
            model._cache.pop("additional_properties", None)
        _kept(model, "additional_properties", value)

    return property(get, set_)


def _copy_json(value: Any) -> Any:
    """A copy of a JSON value down to its leaves (to_dict's result shares nothing with the model)."""
    if type(value) is dict:
        return {key: _copy_json(item) for key, item in value.items()}
    if type(value) is list:
        return [_copy_json(item) for item in value]
    return value


def check_mapping(cls: type[WireModel], src_dict: object) -> dict[str, Any]:
    """The slow half of from_dict's test (JSON objects arrive as dicts, which it lets through at once)."""
    if not isinstance(src_dict, Mapping):
        raise ResponseShapeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
    return dict(src_dict)


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


def _slot(model: object, name: str, default: Any = None) -> Any:
    """A slot's value, or `default` when it is not set."""
    try:
        return object.__getattribute__(model, name)
    except AttributeError:
        return default


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
