"""Multimedia: client.multimedia (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from getresponse_runtime.resource import (
    AsyncResource,
    SyncResource,
    async_raw_pager,
    async_raw_response,
    multipart_body,
    raw_response,
)
from getresponse_runtime.types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.create_multimedia import CreateMultimedia, CreateMultimediaDict
    from ..models.image_details import ImageDetails
    from ..types import File


class MultimediaResource(SyncResource):
    """Multimedia: client.multimedia."""

    def list(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[ImageDetails]:
        """Get images list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /multimedia (getImageList). Reference: https://apireference.getresponse.com/#operation/getImageList
        """
        from ..models.image_details import ImageDetails

        return self._page(
            "/multimedia",
            item=ImageDetails,
            params={"fields": fields, "perPage": per_page},
            page=page,
            operation="getImageList",
            options=options,
        )

    @overload
    def upload_image(
        self,
        *,
        file: File | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ImageDetails: ...

    @overload
    def upload_image(
        self,
        *,
        body: CreateMultimedia | CreateMultimediaDict,
        **options: Unpack[RequestOptions],
    ) -> ImageDetails: ...

    def upload_image(
        self,
        *,
        body: CreateMultimedia | CreateMultimediaDict | None = None,
        file: File | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ImageDetails:
        """Upload image.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /multimedia (uploadImage). Reference: https://apireference.getresponse.com/#operation/uploadImage
        """
        from ..models.create_multimedia import CreateMultimedia
        from ..models.image_details import ImageDetails

        return self._request(
            "POST",
            "/multimedia",
            cast_to=ImageDetails,
            files=multipart_body(
                "multimedia.upload_image",
                CreateMultimedia,
                body,
                {"file": file},
            ),
            operation="uploadImage",
            options=options,
        )

    @property
    def with_raw_response(self) -> MultimediaResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return MultimediaResourceWithRawResponse(self._raw_copy())


class MultimediaResourceWithRawResponse:
    """client.multimedia.with_raw_response."""

    def __init__(self, resource: MultimediaResource) -> None:
        self.list = raw_response(resource.list)
        self.upload_image = raw_response(resource.upload_image)


class AsyncMultimediaResource(AsyncResource):
    """Multimedia: client.multimedia."""

    def list(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ImageDetails]:
        """Get images list.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /multimedia (getImageList). Reference: https://apireference.getresponse.com/#operation/getImageList
        """
        from ..models.image_details import ImageDetails

        return self._page(
            "/multimedia",
            item=ImageDetails,
            params={"fields": fields, "perPage": per_page},
            page=page,
            operation="getImageList",
            options=options,
        )

    @overload
    async def upload_image(
        self,
        *,
        file: File | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ImageDetails: ...

    @overload
    async def upload_image(
        self,
        *,
        body: CreateMultimedia | CreateMultimediaDict,
        **options: Unpack[RequestOptions],
    ) -> ImageDetails: ...

    async def upload_image(
        self,
        *,
        body: CreateMultimedia | CreateMultimediaDict | None = None,
        file: File | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ImageDetails:
        """Upload image.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /multimedia (uploadImage). Reference: https://apireference.getresponse.com/#operation/uploadImage
        """
        from ..models.create_multimedia import CreateMultimedia
        from ..models.image_details import ImageDetails

        return await self._request(
            "POST",
            "/multimedia",
            cast_to=ImageDetails,
            files=multipart_body(
                "multimedia.upload_image",
                CreateMultimedia,
                body,
                {"file": file},
            ),
            operation="uploadImage",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncMultimediaResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncMultimediaResourceWithRawResponse(self._raw_copy())


class AsyncMultimediaResourceWithRawResponse:
    """client.multimedia.with_raw_response."""

    def __init__(self, resource: AsyncMultimediaResource) -> None:
        self.list = async_raw_pager(resource.list)
        self.upload_image = async_raw_response(resource.upload_image)
