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

from ..models.transactional_emails_template_list_element_editor import TransactionalEmailsTemplateListElementEditor
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_email_template_content import TransactionalEmailTemplateContent


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class TransactionalEmailsTemplateDetails(WireModel):
    """
    Attributes:
        template_id (str): Transactional email template ID Example: p.
        href (str | Unset): Direct hyperlink to a resource Example: https://api3.getresponse360.com/v3/transactional-
            emails/templates/tRe4i.
        subject (str | Unset): The template subject Example: Order Confirmation Template.
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last template update
        editor (TransactionalEmailsTemplateListElementEditor | Unset): The editor the template was made with.
        content (TransactionalEmailTemplateContent | Unset): The template content.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    template_id: str
    href: str | Unset = UNSET
    subject: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    editor: TransactionalEmailsTemplateListElementEditor | Unset = UNSET
    content: TransactionalEmailTemplateContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_template_content import TransactionalEmailTemplateContent  # noqa: E402

bind_fields(
    TransactionalEmailsTemplateDetails,
    {
        "template_id": WireField("templateId", required=True),
        "href": WireField("href"),
        "subject": WireField("subject"),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "updated_on": WireField("updatedOn", decode=parse_datetime),
        "editor": WireField("editor", enum=TransactionalEmailsTemplateListElementEditor),
        "content": WireField("content", decode=TransactionalEmailTemplateContent.from_dict, keep=True),
    },
    additional_properties=True,
)
