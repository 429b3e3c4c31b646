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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class BaseList(WireModel):
    """Settings shared by every list (campaign in the API).

    Attributes:
        campaign_id (str | Unset): Unique identifier of the campaign (contact list) Example: V3J.
        name (str | Unset): The campaign (list) name. Example: my_campaign.
        tech_name (str | Unset): Tech name is a unique internal ID of a list used for FTP imports (available in
            GetResponse MAX accounts only) Example: my_campaign.
        language_code (str | Unset): The campaign language code according to ISO 639-1, plus: zt - Chinese
            (Traditional), fs - Afghan Persian (Dari), md - Moldavian Example: EN.
        is_default (StringBooleanEnum | Unset):
        created_on (datetime.datetime | Unset): The date of creation Example: 2014-02-12T15:19:21+0000.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/campaigns/V3J.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    campaign_id: str | Unset = UNSET
    name: str | Unset = UNSET
    tech_name: str | Unset = UNSET
    language_code: str | Unset = UNSET
    is_default: StringBooleanEnum | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    BaseList,
    {
        "campaign_id": WireField("campaignId"),
        "name": WireField("name"),
        "tech_name": WireField("techName"),
        "language_code": WireField("languageCode"),
        "is_default": WireField("isDefault", enum=StringBooleanEnum),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "href": WireField("href"),
    },
    additional_properties=True,
)
