"""Tracking: client.tracking (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._runtime.responses import RawResponse
    from ..models.facebook_pixel import FacebookPixel
    from ..models.tracking import Tracking


class TrackingRawResource(SyncResource):
    """client.tracking.with_raw_response: the same calls, returning status, headers and body too."""

    def get_facebook_pixel_list(
        self,
    ) -> RawResponse[builtins.list[FacebookPixel]]:
        """Get the list of "Facebook Pixels". Returns the raw response with the parsed body."""
        from ..api.tracking import get_facebook_pixel_list as op

        return self._call(op._get_kwargs(), op._parse_response, idempotent=True)

    def get_tracking(
        self,
    ) -> RawResponse[builtins.list[Tracking]]:
        """Get Tracking JavaScript code snippets. Returns the raw response with the parsed body."""
        from ..api.tracking import get_tracking as op

        return self._call(op._get_kwargs(), op._parse_response, idempotent=True)


class TrackingResource(SyncResource):
    """Tracking: client.tracking."""

    @cached_property
    def with_raw_response(self) -> TrackingRawResource:
        return TrackingRawResource(self._transport)

    def get_facebook_pixel_list(
        self,
    ) -> builtins.list[FacebookPixel]:
        """Get the list of "Facebook Pixels".

        GET /tracking/facebook-pixels (getFacebookPixelList). Reference: https://apireference.getresponse.com/#operation/getFacebookPixelList
        """
        return (self.with_raw_response.get_facebook_pixel_list()).parsed

    def get_tracking(
        self,
    ) -> builtins.list[Tracking]:
        """Get Tracking JavaScript code snippets.

        GET /tracking (getTracking). Reference: https://apireference.getresponse.com/#operation/getTracking
        """
        return (self.with_raw_response.get_tracking()).parsed


class AsyncTrackingRawResource(AsyncResource):
    """client.tracking.with_raw_response: the same calls, returning status, headers and body too."""

    async def get_facebook_pixel_list(
        self,
    ) -> RawResponse[builtins.list[FacebookPixel]]:
        """Get the list of "Facebook Pixels". Returns the raw response with the parsed body."""
        from ..api.tracking import get_facebook_pixel_list as op

        return await self._call(op._get_kwargs(), op._parse_response, idempotent=True)

    async def get_tracking(
        self,
    ) -> RawResponse[builtins.list[Tracking]]:
        """Get Tracking JavaScript code snippets. Returns the raw response with the parsed body."""
        from ..api.tracking import get_tracking as op

        return await self._call(op._get_kwargs(), op._parse_response, idempotent=True)


class AsyncTrackingResource(AsyncResource):
    """Tracking: client.tracking."""

    @cached_property
    def with_raw_response(self) -> AsyncTrackingRawResource:
        return AsyncTrackingRawResource(self._transport)

    async def get_facebook_pixel_list(
        self,
    ) -> builtins.list[FacebookPixel]:
        """Get the list of "Facebook Pixels".

        GET /tracking/facebook-pixels (getFacebookPixelList). Reference: https://apireference.getresponse.com/#operation/getFacebookPixelList
        """
        return (await self.with_raw_response.get_facebook_pixel_list()).parsed

    async def get_tracking(
        self,
    ) -> builtins.list[Tracking]:
        """Get Tracking JavaScript code snippets.

        GET /tracking (getTracking). Reference: https://apireference.getresponse.com/#operation/getTracking
        """
        return (await self.with_raw_response.get_tracking()).parsed
