from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
)

from ..models.list_optin_types_api import ListOptinTypesApi
from ..models.list_optin_types_email import ListOptinTypesEmail
from ..models.list_optin_types_import import ListOptinTypesImport
from ..models.list_optin_types_webform import ListOptinTypesWebform
from ..types import UNSET, Unset


@_attrs_define
class ListOptinTypes(WireModel):
    """
    Attributes:
        email (ListOptinTypesEmail | Unset): Single opt-in: confirmed opt-in disabled. Example: single.
        api (ListOptinTypesApi | Unset): Single opt-in: confirmed opt-in disabled. Example: single.
        import_ (ListOptinTypesImport | Unset): Single opt-in: confirmed opt-in disabled. Example: single.
        webform (ListOptinTypesWebform | Unset): Single opt-in: confirmed opt-in disabled. Example: single.
    """

    email: ListOptinTypesEmail | Unset = UNSET
    api: ListOptinTypesApi | Unset = UNSET
    import_: ListOptinTypesImport | Unset = UNSET
    webform: ListOptinTypesWebform | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_email(json_value_: Any) -> ListOptinTypesEmail | Unset:
    _email = json_value_
    email: ListOptinTypesEmail | Unset
    if isinstance(_email, Unset):
        email = UNSET
    else:
        email = ListOptinTypesEmail(_email)

    return email


def _decode_api(json_value_: Any) -> ListOptinTypesApi | Unset:
    _api = json_value_
    api: ListOptinTypesApi | Unset
    if isinstance(_api, Unset):
        api = UNSET
    else:
        api = ListOptinTypesApi(_api)

    return api


def _decode_import_(json_value_: Any) -> ListOptinTypesImport | Unset:
    _import_ = json_value_
    import_: ListOptinTypesImport | Unset
    if isinstance(_import_, Unset):
        import_ = UNSET
    else:
        import_ = ListOptinTypesImport(_import_)

    return import_


def _decode_webform(json_value_: Any) -> ListOptinTypesWebform | Unset:
    _webform = json_value_
    webform: ListOptinTypesWebform | Unset
    if isinstance(_webform, Unset):
        webform = UNSET
    else:
        webform = ListOptinTypesWebform(_webform)

    return webform


def _from_dict(cls: type[ListOptinTypes], src_dict: Mapping[str, Any]) -> ListOptinTypes:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("email", UNSET)
    if type(value) is str:
        try:
            self.email = _members_email[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.email = ListOptinTypesEmail(value)
    elif absent(value):
        self.email = value
    else:
        try:
            self.email = _decode_email(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "email", value, error)
    value = get("api", UNSET)
    if type(value) is str:
        try:
            self.api = _members_api[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.api = ListOptinTypesApi(value)
    elif absent(value):
        self.api = value
    else:
        try:
            self.api = _decode_api(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "api", value, error)
    value = get("import", UNSET)
    if type(value) is str:
        try:
            self.import_ = _members_import_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.import_ = ListOptinTypesImport(value)
    elif absent(value):
        self.import_ = value
    else:
        try:
            self.import_ = _decode_import_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "import_", value, error)
    value = get("webform", UNSET)
    if type(value) is str:
        try:
            self.webform = _members_webform[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.webform = ListOptinTypesWebform(value)
    elif absent(value):
        self.webform = value
    else:
        try:
            self.webform = _decode_webform(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "webform", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListOptinTypes._wire_fields}


# ListOptinTypes as a plain dict, keyed by JSON name (accepted wherever a request takes the model).
ListOptinTypesDict = TypedDict(
    "ListOptinTypesDict",
    {
        "email": "ListOptinTypesEmail | str",
        "api": "ListOptinTypesApi | str",
        "import": "ListOptinTypesImport | str",
        "webform": "ListOptinTypesWebform | str",
    },
    total=False,
)


setattr(ListOptinTypes, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ListOptinTypes._wire_names = {
    "email": "email",
    "api": "api",
    "import_": "import",
    "webform": "webform",
}
ListOptinTypes._wire_fields = frozenset(ListOptinTypes._wire_names.values())
ListOptinTypes._decoders = {
    "email": _decode_email,
    "api": _decode_api,
    "import_": _decode_import_,
    "webform": _decode_webform,
}
ListOptinTypes._extra_decoder = _decode_additional_properties
_members_email = enum_members(ListOptinTypesEmail)
_members_api = enum_members(ListOptinTypesApi)
_members_import_ = enum_members(ListOptinTypesImport)
_members_webform = enum_members(ListOptinTypesWebform)
