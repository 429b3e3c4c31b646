"""Tracking: client.tracking (generated; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from getresponse_runtime.resource import (
    AsyncResource,
    ListOf,
    SyncResource,
    async_raw_response,
    raw_response,
)

if TYPE_CHECKING:
    from typing import Unpack

    from getresponse_runtime.transport import RequestOptions

    from ..models.facebook_pixel import FacebookPixel
    from ..models.tracking import Tracking


class TrackingResource(SyncResource):
    """Tracking: client.tracking."""

    def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Tracking]:
        """Get Tracking JavaScript code snippets.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /tracking (getTracking). Reference: https://apireference.getresponse.com/#operation/getTracking
        """
        from ..models.tracking import Tracking

        return self._request(
            "GET",
            "/tracking",
            cast_to=ListOf(Tracking),
            operation="getTracking",
            options=options,
        )

    def list_facebook_pixels(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[FacebookPixel]:
        """Get the list of "Facebook Pixels".

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /tracking/facebook-pixels (getFacebookPixelList). Reference: https://apireference.getresponse.com/#operation/getFacebookPixelList
        """
        from ..models.facebook_pixel import FacebookPixel

        return self._request(
            "GET",
            "/tracking/facebook-pixels",
            cast_to=ListOf(FacebookPixel),
            operation="getFacebookPixelList",
            options=options,
        )

    @property
    def with_raw_response(self) -> TrackingResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return TrackingResourceWithRawResponse(self._raw_copy())


class TrackingResourceWithRawResponse:
    """client.tracking.with_raw_response."""

    def __init__(self, resource: TrackingResource) -> None:
        self.get = raw_response(resource.get)
        self.list_facebook_pixels = raw_response(resource.list_facebook_pixels)


class AsyncTrackingResource(AsyncResource):
    """Tracking: client.tracking."""

    async def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Tracking]:
        """Get Tracking JavaScript code snippets.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /tracking (getTracking). Reference: https://apireference.getresponse.com/#operation/getTracking
        """
        from ..models.tracking import Tracking

        return await self._request(
            "GET",
            "/tracking",
            cast_to=ListOf(Tracking),
            operation="getTracking",
            options=options,
        )

    async def list_facebook_pixels(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[FacebookPixel]:
        """Get the list of "Facebook Pixels".

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /tracking/facebook-pixels (getFacebookPixelList). Reference: https://apireference.getresponse.com/#operation/getFacebookPixelList
        """
        from ..models.facebook_pixel import FacebookPixel

        return await self._request(
            "GET",
            "/tracking/facebook-pixels",
            cast_to=ListOf(FacebookPixel),
            operation="getFacebookPixelList",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncTrackingResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncTrackingResourceWithRawResponse(self._raw_copy())


class AsyncTrackingResourceWithRawResponse:
    """client.tracking.with_raw_response."""

    def __init__(self, resource: AsyncTrackingResource) -> None:
        self.get = async_raw_response(resource.get)
        self.list_facebook_pixels = async_raw_response(resource.list_facebook_pixels)
