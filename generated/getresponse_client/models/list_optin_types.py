from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ListOptinTypes(WireModel):
    """
    Attributes:
        email (ListOptinTypesEmail | Unset): Single opt-in: confirmed opt-in disabled. Example: single.
        api (ListOptinTypesApi | Unset): Single opt-in: confirmed opt-in disabled. Example: single.
        import_ (ListOptinTypesImport | Unset): Single opt-in: confirmed opt-in disabled. Example: single.
        webform (ListOptinTypesWebform | Unset): Single opt-in: confirmed opt-in disabled. Example: single.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    email: ListOptinTypesEmail | Unset = UNSET
    api: ListOptinTypesApi | Unset = UNSET
    import_: ListOptinTypesImport | Unset = UNSET
    webform: ListOptinTypesWebform | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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
