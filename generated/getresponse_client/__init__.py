"""Client for the GetResponse v3 REST API, generated from GetResponse's dated OpenAPI document.

Start with GetResponse (or AsyncGetResponse): client.contacts.list(), client.lists.get(list_id), ...
Reference: https://apireference.getresponse.com/"""

from typing import TYPE_CHECKING, Any

from ._clients import AsyncGetResponse, GetResponse
from ._runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    ForbiddenStateError,
    GetResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RelatedResourceNotFoundError,
    ResponseDecodeError,
    ServerError,
    ValidationError,
)
from ._runtime.pagination import AsyncPage, Page
from ._runtime.responses import RateLimitInfo, RawResponse
from ._spec import SPEC_VERSION
from ._wire import FieldDecodeError
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client


def __getattr__(name: str) -> Any:
    # The generator's low-level clients need attrs; importing them on first use keeps start-up short.
    if name in ("AuthenticatedClient", "Client"):
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "SPEC_VERSION",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncGetResponse",
    "AsyncPage",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "FieldDecodeError",
    "ForbiddenStateError",
    "GetResponse",
    "GetResponseError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "RawResponse",
    "RelatedResourceNotFoundError",
    "ResponseDecodeError",
    "ServerError",
    "Unset",
    "ValidationError",
)
