from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_email_template_template_lexpad import TransactionalEmailTemplateTemplateLexpad


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class TransactionalEmailTemplateTemplate(WireModel):
    """The message template.

    Attributes:
        template_id (str): Transactional emails template identifier Example: Ykz.
        lexpad (TransactionalEmailTemplateTemplateLexpad | Unset): Transactional email lexpad Example: {'some-key':
            'some-value'}.
    """

    template_id: str
    lexpad: TransactionalEmailTemplateTemplateLexpad | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailTemplateTemplate._wire_fields}


TransactionalEmailTemplateTemplate._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_template_template_lexpad import TransactionalEmailTemplateTemplateLexpad  # noqa: E402

bind_fields(
    TransactionalEmailTemplateTemplate,
    {
        "template_id": WireField("templateId", required=True),
        "lexpad": WireField("lexpad", decode=TransactionalEmailTemplateTemplateLexpad.from_dict, keep=True),
    },
    additional_properties=True,
)
