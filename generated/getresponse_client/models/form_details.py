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
    wire_bool,
)

from ..models.form_status import FormStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_settings import FormSettings
    from ..models.form_statistics import FormStatistics
    from ..models.form_variant import FormVariant
    from ..models.list_reference import ListReference


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class FormDetails(WireModel):
    """
    Attributes:
        form_id (str):  Example: pL4e.
        webform_id (str | Unset): Same as formId Example: pL4e.
        name (str | Unset):  Example: My first form.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/forms/pL4e.
        has_variants (bool | Unset): Indicates if the form has variants (A/B tests) Example: True.
        script_url (str | Unset): The URL to a JavaScript file of the form. Example:
            https://app.getresponse.com/view_webform_v2.js?u=nTfa&webforms_id=123.
        status (FormStatus | Unset):  Example: published.
        created_on (datetime.datetime | Unset):  Example: 2018-07-02T11:22:33+0000.
        statistics (FormStatistics | Unset):
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        settings (FormSettings | Unset):
        variants (list[FormVariant] | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    form_id: str
    webform_id: str | Unset = UNSET
    name: str | Unset = UNSET
    href: str | Unset = UNSET
    has_variants: bool | Unset = UNSET
    script_url: str | Unset = UNSET
    status: FormStatus | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    statistics: FormStatistics | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    settings: FormSettings | Unset = UNSET
    variants: list[FormVariant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_variants(json_value_: Any) -> list[FormVariant] | Unset:
    _variants = json_value_
    variants: list[FormVariant] | Unset = UNSET
    if _variants is not UNSET:
        variants = []
        for variants_item_data in _variants:
            variants_item = FormVariant.from_dict(variants_item_data)

            variants.append(variants_item)

    return variants


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.form_settings import FormSettings  # noqa: E402
from ..models.form_statistics import FormStatistics  # noqa: E402
from ..models.form_variant import FormVariant  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402

bind_fields(
    FormDetails,
    {
        "form_id": WireField("formId", required=True),
        "webform_id": WireField("webformId"),
        "name": WireField("name"),
        "href": WireField("href"),
        "has_variants": WireField("hasVariants", decode=wire_bool),
        "script_url": WireField("scriptUrl"),
        "status": WireField("status", enum=FormStatus),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "statistics": WireField("statistics", decode=FormStatistics.from_dict, keep=True),
        "campaign": WireField("campaign", decode=ListReference.from_dict, keep=True),
        "settings": WireField("settings", decode=FormSettings.from_dict, keep=True),
        "variants": WireField("variants", decode=_decode_variants, keep=True),
    },
    additional_properties=True,
)
