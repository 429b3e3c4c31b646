"""WireModel: the base of every generated model. Tolerant, lossless and fast parsing of responses.

A model parsed from a response keeps the JSON object it came from and decodes a field only when it is
first read (the decoders are generated, one per field). So:

- parsing a page of 1,000 contacts costs one object per contact, not one conversion per field;
- `to_dict()` gives back exactly what came over the wire (dates as they came, e.g. "+0000"; unknown
  fields and unknown enum values kept), with the fields you changed encoded over it;
- a field the response left out reads as UNSET, a null reads as None (whatever the spec says),
  and a value that cannot be decoded raises FieldDecodeError naming the model, the field and the value
  when that field is read, never while the response is parsed.

Models you build yourself (`NewContact(email=...)`) have no wire dict; `to_dict()` encodes only the
fields you set, which is what a request must send.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from ._runtime.errors import GetResponseError
from .types import UNSET

E = TypeVar("E", bound=Enum)


class FieldDecodeError(GetResponseError, ValueError):
    """A response field whose value does not fit the model's type."""

    def __init__(self, model: str, field: str, wire_name: str, value: object, reason: BaseException) -> None:
        super().__init__(f"{model}.{field} (wire name {wire_name!r}) cannot be decoded from {value!r}: {reason}")
        self.model = model
        self.field = field
        self.wire_name = wire_name
        self.value = value


class ResponseShapeError(GetResponseError, ValueError):
    """A response body whose shape is not what the operation documents (e.g. a list where an object goes)."""


class WireModel:
    __slots__ = ("_decoded", "_wire")
    _wire: Mapping[str, Any]  # the JSON object a parsed model came from (unset on models built in code)
    _decoded: dict[str, Any]  # field -> the value decoded from _wire, to tell later changes apart

    # Filled in by each generated model module: python name -> decoder, python name -> wire name.
    _decoders: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {}
    _encoders: ClassVar[Mapping[str, Callable[[Any], Any]]] = {}
    _wire_names: ClassVar[Mapping[str, str]] = {}
    _wire_fields: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ResponseShapeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        instance = cls.__new__(cls)
        instance._wire = src_dict
        return instance

    if not TYPE_CHECKING:  # mypy must keep reporting misspelt attributes, so it does not see this hook.

        def __getattr__(self, name: str) -> Any:
            # Runs only for a field slot not set yet: decode it from the wire dict and keep the result.
            try:
                wire = object.__getattribute__(self, "_wire")
            except AttributeError:
                raise AttributeError(name) from None
            decoder = type(self)._decoders.get(name)
            if decoder is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            value = _decode(self, name, decoder, wire)
            object.__setattr__(self, name, value)
            try:
                decoded = object.__getattribute__(self, "_decoded")
            except AttributeError:
                decoded = {}
                object.__setattr__(self, "_decoded", decoded)
            decoded[name] = value
            return value

    def _encode(self) -> dict[str, Any]:
        raise NotImplementedError  # generated in every model

    def to_dict(self) -> dict[str, Any]:
        wire = _wire_of(self)
        if wire is None:
            return self._encode()
        result = dict(wire)
        for name in _changed_fields(self):
            if name == "additional_properties":
                extra: dict[str, Any] = getattr(self, name)
                for key in [k for k in result if k not in self._wire_fields and k not in extra]:
                    del result[key]
                result.update(extra)
                continue
            value = getattr(self, name)
            encoded = None if value is None else self._encoders[name](self)
            if encoded is UNSET:
                result.pop(self._wire_names[name], None)
            else:
                result[self._wire_names[name]] = encoded
        return result


def _wire_of(model: WireModel) -> Mapping[str, Any] | None:
    try:
        wire: Mapping[str, Any] = object.__getattribute__(model, "_wire")
    except AttributeError:
        return None
    return wire


def _decode(model: WireModel, name: str, decoder: Callable[[Mapping[str, Any]], Any], wire: Mapping[str, Any]) -> Any:
    if name == "additional_properties":
        return decoder(wire)
    wire_name = model._wire_names[name]
    value = wire.get(wire_name, UNSET)
    if value is UNSET or value is None:
        return value
    try:
        return decoder(wire)
    except (KeyError, ValueError, TypeError, AttributeError, OverflowError) as exc:
        raise FieldDecodeError(type(model).__name__, name, wire_name, value, exc) from exc


def _changed_fields(model: WireModel) -> list[str]:
    """Fields read and then replaced, or containers (models, lists, dicts) that may have been changed in place."""
    try:
        decoded: dict[str, Any] = object.__getattribute__(model, "_decoded")
    except AttributeError:
        decoded = {}
    changed = []
    for name in model._decoders:
        try:
            value = object.__getattribute__(model, name)
        except AttributeError:
            continue  # never read: the wire value stands
        if name not in decoded or decoded[name] is not value or isinstance(value, WireModel | list | dict):
            changed.append(name)
    return changed


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
