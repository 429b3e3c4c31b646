from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.list_optin_types_api import ListOptinTypesApi
from ..models.list_optin_types_email import ListOptinTypesEmail
from ..models.list_optin_types_import import ListOptinTypesImport
from ..models.list_optin_types_webform import ListOptinTypesWebform
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
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


ListOptinTypes._extra_decoder = _decode_additional_properties

bind_fields(
    ListOptinTypes,
    {
        "email": WireField("email", enum=ListOptinTypesEmail),
        "api": WireField("api", enum=ListOptinTypesApi),
        "import_": WireField("import", enum=ListOptinTypesImport),
        "webform": WireField("webform", enum=ListOptinTypesWebform),
    },
    additional_properties=True,
)
