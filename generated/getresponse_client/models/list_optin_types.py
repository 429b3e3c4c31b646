from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..models.list_optin_types_api import ListOptinTypesApi
from ..models.list_optin_types_email import ListOptinTypesEmail
from ..models.list_optin_types_import import ListOptinTypesImport
from ..models.list_optin_types_webform import ListOptinTypesWebform
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListOptinTypes")


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

    def _encode(self) -> dict[str, Any]:
        email: str | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.value

        api: str | Unset = UNSET
        if not isinstance(self.api, Unset):
            api = self.api.value

        import_: str | Unset = UNSET
        if not isinstance(self.import_, Unset):
            import_ = self.import_.value

        webform: str | Unset = UNSET
        if not isinstance(self.webform, Unset):
            webform = self.webform.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if api is not UNSET:
            field_dict["api"] = api
        if import_ is not UNSET:
            field_dict["import"] = import_
        if webform is not UNSET:
            field_dict["webform"] = webform

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_email(json_value_: Any) -> ListOptinTypesEmail | Unset:
    _email = json_value_
    email: ListOptinTypesEmail | Unset
    if isinstance(_email, Unset):
        email = UNSET
    else:
        email = ListOptinTypesEmail(_email)

    return email


def _encode_email(self: ListOptinTypes) -> Any:
    email: str | Unset = UNSET
    if not isinstance(self.email, Unset):
        email = self.email.value

    return email


def _decode_api(json_value_: Any) -> ListOptinTypesApi | Unset:
    _api = json_value_
    api: ListOptinTypesApi | Unset
    if isinstance(_api, Unset):
        api = UNSET
    else:
        api = ListOptinTypesApi(_api)

    return api


def _encode_api(self: ListOptinTypes) -> Any:
    api: str | Unset = UNSET
    if not isinstance(self.api, Unset):
        api = self.api.value

    return api


def _decode_import_(json_value_: Any) -> ListOptinTypesImport | Unset:
    _import_ = json_value_
    import_: ListOptinTypesImport | Unset
    if isinstance(_import_, Unset):
        import_ = UNSET
    else:
        import_ = ListOptinTypesImport(_import_)

    return import_


def _encode_import_(self: ListOptinTypes) -> Any:
    import_: str | Unset = UNSET
    if not isinstance(self.import_, Unset):
        import_ = self.import_.value

    return import_


def _decode_webform(json_value_: Any) -> ListOptinTypesWebform | Unset:
    _webform = json_value_
    webform: ListOptinTypesWebform | Unset
    if isinstance(_webform, Unset):
        webform = UNSET
    else:
        webform = ListOptinTypesWebform(_webform)

    return webform


def _encode_webform(self: ListOptinTypes) -> Any:
    webform: str | Unset = UNSET
    if not isinstance(self.webform, Unset):
        webform = self.webform.value

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
    if absent(value):
        self.email = value
    else:
        try:
            self.email = _decode_email(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "email", value, error)
    value = get("api", UNSET)
    if absent(value):
        self.api = value
    else:
        try:
            self.api = _decode_api(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "api", value, error)
    value = get("import", UNSET)
    if absent(value):
        self.import_ = value
    else:
        try:
            self.import_ = _decode_import_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "import_", value, error)
    value = get("webform", UNSET)
    if absent(value):
        self.webform = value
    else:
        try:
            self.webform = _decode_webform(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "webform", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListOptinTypes._wire_fields}


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
ListOptinTypes._encoders = {
    "email": _encode_email,
    "api": _encode_api,
    "import_": _encode_import_,
    "webform": _encode_webform,
}
ListOptinTypes._extra_decoder = _decode_additional_properties
