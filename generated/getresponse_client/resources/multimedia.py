"""Multimedia: client.multimedia (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.create_multimedia import CreateMultimedia
    from ..models.image_details import ImageDetails


class MultimediaRawResource(SyncResource):
    """client.multimedia.with_raw_response: the same calls, returning status, headers and body too."""

    def list(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[ImageDetails]]:
        """Get images list. Returns the raw response with the parsed body."""
        from ..api.multimedia import get_image_list as op

        return self._call(
            op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def upload_image(
        self,
        body: CreateMultimedia | Unset = UNSET,
    ) -> RawResponse[ImageDetails]:
        """Upload image. Returns the raw response with the parsed body."""
        from ..api.multimedia import upload_image as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class MultimediaResource(SyncResource):
    """Multimedia: client.multimedia."""

    @cached_property
    def with_raw_response(self) -> MultimediaRawResource:
        return MultimediaRawResource(self._transport)

    def list(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[ImageDetails]:
        """Get images list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /multimedia (getImageList). Reference: https://apireference.getresponse.com/#operation/getImageList
        """
        from ..api.multimedia import get_image_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def upload_image(
        self,
        body: CreateMultimedia | Unset = UNSET,
    ) -> ImageDetails:
        """Upload image.

        POST /multimedia (uploadImage). Reference: https://apireference.getresponse.com/#operation/uploadImage
        """
        return (
            self.with_raw_response.upload_image(
                body,
            )
        ).parsed


class AsyncMultimediaRawResource(AsyncResource):
    """client.multimedia.with_raw_response: the same calls, returning status, headers and body too."""

    async def list(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[ImageDetails]]:
        """Get images list. Returns the raw response with the parsed body."""
        from ..api.multimedia import get_image_list as op

        return await self._call(
            op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def upload_image(
        self,
        body: CreateMultimedia | Unset = UNSET,
    ) -> RawResponse[ImageDetails]:
        """Upload image. Returns the raw response with the parsed body."""
        from ..api.multimedia import upload_image as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncMultimediaResource(AsyncResource):
    """Multimedia: client.multimedia."""

    @cached_property
    def with_raw_response(self) -> AsyncMultimediaRawResource:
        return AsyncMultimediaRawResource(self._transport)

    async def list(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[ImageDetails]:
        """Get images list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /multimedia (getImageList). Reference: https://apireference.getresponse.com/#operation/getImageList
        """
        from ..api.multimedia import get_image_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def upload_image(
        self,
        body: CreateMultimedia | Unset = UNSET,
    ) -> ImageDetails:
        """Upload image.

        POST /multimedia (uploadImage). Reference: https://apireference.getresponse.com/#operation/uploadImage
        """
        return (
            await self.with_raw_response.upload_image(
                body,
            )
        ).parsed
