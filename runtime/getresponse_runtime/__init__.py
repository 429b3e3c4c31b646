"""The hand-written runtime under the generated GetResponse client: config, transport, errors, pages, limits,
models' base class and the resource base classes.

The generated package (getresponse_client) plugs into this one: its models derive from `WireModel`, its resource
groups from `SyncResource` / `AsyncResource`, its client classes from `SyncClientBase` / `AsyncClientBase`. This
package never imports the generated one. Users meet it through getresponse_client, which re-exports the errors,
`Page` / `AsyncPage`, `RawResponse` and the rest.
"""

from .client import AsyncClientBase, SyncClientBase
from .config import ClientConfig, ClientSettings
from .errors import (
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
    NoNextPageError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RelatedResourceNotFoundError,
    ResponseDecodeError,
    ServerError,
    ValidationError,
    error_from_response,
)
from .fanout import gather_limited, run_concurrently
from .limiter import AsyncRateLimiter, RateLimiter
from .pagination import AsyncPage, Page
from .responses import RateLimitInfo, RawResponse, decode_json
from .resource import AsyncPager, AsyncResource, SyncResource
from .transport import AsyncTransport, RequestOptions, RetryMode, RetryPolicy, SyncTransport
from .types import UNSET, File, Unset, is_set
from .wire import FieldDecodeError, WireModel

__all__ = [
    "UNSET",
    "AsyncClientBase",
    "AsyncPager",
    "AsyncResource",
    "ClientSettings",
    "FieldDecodeError",
    "File",
    "RequestOptions",
    "SyncClientBase",
    "SyncResource",
    "Unset",
    "WireModel",
    "is_set",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncRateLimiter",
    "AsyncTransport",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ClientConfig",
    "ConfigurationError",
    "ConflictError",
    "ForbiddenStateError",
    "GetResponseError",
    "NoNextPageError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "RateLimiter",
    "RawResponse",
    "RelatedResourceNotFoundError",
    "ResponseDecodeError",
    "RetryMode",
    "RetryPolicy",
    "ServerError",
    "SyncTransport",
    "ValidationError",
    "decode_json",
    "error_from_response",
    "gather_limited",
    "run_concurrently",
]
