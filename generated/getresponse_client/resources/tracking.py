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

    def get_facebook_pixel_list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[FacebookPixel]:
        """Get the list of "Facebook Pixels".

        GET /tracking/facebook-pixels (getFacebookPixelList). Reference: https://apireference.getresponse.com/#operation/getFacebookPixelList
        """
        from ..models.facebook_pixel import FacebookPixel

        return self._request(
            "GET",
            "/tracking/facebook-pixels",
            cast_to=ListOf(FacebookPixel),
            options=options,
        )

    def get_tracking(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Tracking]:
        """Get Tracking JavaScript code snippets.

        GET /tracking (getTracking). Reference: https://apireference.getresponse.com/#operation/getTracking
        """
        from ..models.tracking import Tracking

        return self._request(
            "GET",
            "/tracking",
            cast_to=ListOf(Tracking),
            options=options,
        )

    @property
    def with_raw_response(self) -> TrackingResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return TrackingResourceWithRawResponse(self._raw_copy())


class TrackingResourceWithRawResponse:
    """client.tracking.with_raw_response."""

    def __init__(self, resource: TrackingResource) -> None:
        self.get_facebook_pixel_list = raw_response(resource.get_facebook_pixel_list)
        self.get_tracking = raw_response(resource.get_tracking)


class AsyncTrackingResource(AsyncResource):
    """Tracking: client.tracking."""

    async def get_facebook_pixel_list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[FacebookPixel]:
        """Get the list of "Facebook Pixels".

        GET /tracking/facebook-pixels (getFacebookPixelList). Reference: https://apireference.getresponse.com/#operation/getFacebookPixelList
        """
        from ..models.facebook_pixel import FacebookPixel

        return await self._request(
            "GET",
            "/tracking/facebook-pixels",
            cast_to=ListOf(FacebookPixel),
            options=options,
        )

    async def get_tracking(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Tracking]:
        """Get Tracking JavaScript code snippets.

        GET /tracking (getTracking). Reference: https://apireference.getresponse.com/#operation/getTracking
        """
        from ..models.tracking import Tracking

        return await self._request(
            "GET",
            "/tracking",
            cast_to=ListOf(Tracking),
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncTrackingResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncTrackingResourceWithRawResponse(self._raw_copy())


class AsyncTrackingResourceWithRawResponse:
    """client.tracking.with_raw_response."""

    def __init__(self, resource: AsyncTrackingResource) -> None:
        self.get_facebook_pixel_list = async_raw_response(resource.get_facebook_pixel_list)
        self.get_tracking = async_raw_response(resource.get_tracking)
