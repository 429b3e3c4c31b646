from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_domain import FromFieldDomain


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class FromField(WireModel):
    """
    Attributes:
        from_field_id (str): The 'From' address ID Example: TTzW.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/from-fields/TTzW.
        email (str | Unset): The email address Example: jsmith@example.com.
        rewritten_email (None | str | Unset): Email address used to send message. Example: jsmith@example.com.
        name (str | Unset): The name connected to the email address Example: John Smith.
        is_active (StringBooleanEnum | Unset):
        is_default (StringBooleanEnum | Unset):
        created_on (datetime.datetime | Unset): The creation date
        domain (FromFieldDomain | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    from_field_id: str
    href: str | Unset = UNSET
    email: str | Unset = UNSET
    rewritten_email: None | str | Unset = UNSET
    name: str | Unset = UNSET
    is_active: StringBooleanEnum | Unset = UNSET
    is_default: StringBooleanEnum | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    domain: FromFieldDomain | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_domain import FromFieldDomain  # noqa: E402

bind_fields(
    FromField,
    {
        "from_field_id": WireField("fromFieldId", required=True),
        "href": WireField("href"),
        "email": WireField("email"),
        "rewritten_email": WireField("rewrittenEmail"),
        "name": WireField("name"),
        "is_active": WireField("isActive", enum=StringBooleanEnum),
        "is_default": WireField("isDefault", enum=StringBooleanEnum),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "domain": WireField("domain", decode=FromFieldDomain.from_dict, keep=True),
    },
    additional_properties=True,
)
