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

from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_form_statistics import LegacyFormStatistics
    from ..models.list_reference import ListReference


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class LegacyForm(WireModel):
    """
    Attributes:
        webform_id (str): The webform (Legacy Form) ID Example: NPKx.
        name (str | Unset):  Example: Webform 2010/7/5.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/webforms/NPKx.
        script_url (str | Unset): The URL of the script that displays the Legacy Form Example:
            https://app.getresponse.com/view_webform.js?u=VfEy1&wid=11774901.
        status (StatusEnum | Unset):
        modified_on (datetime.datetime | Unset): The modification date
        statistics (LegacyFormStatistics | Unset):
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    webform_id: str
    name: str | Unset = UNSET
    href: str | Unset = UNSET
    script_url: str | Unset = UNSET
    status: StatusEnum | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    statistics: LegacyFormStatistics | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.legacy_form_statistics import LegacyFormStatistics  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402

bind_fields(
    LegacyForm,
    {
        "webform_id": WireField("webformId", required=True),
        "name": WireField("name"),
        "href": WireField("href"),
        "script_url": WireField("scriptUrl"),
        "status": WireField("status", enum=StatusEnum),
        "modified_on": WireField("modifiedOn", decode=parse_datetime),
        "statistics": WireField("statistics", decode=LegacyFormStatistics.from_dict, keep=True),
        "campaign": WireField("campaign", decode=ListReference.from_dict, keep=True),
    },
    additional_properties=True,
)
