"""Workflows: client.workflows (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from getresponse_runtime.resource import (
    AsyncResource,
    SyncResource,
    async_raw_pager,
    async_raw_response,
    json_body,
    path_value,
    raw_response,
)
from getresponse_runtime.types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.update_workflow import UpdateWorkflow, UpdateWorkflowDict
    from ..models.update_workflow_status import UpdateWorkflowStatus
    from ..models.workflow import Workflow


class WorkflowsResource(SyncResource):
    """Workflows: client.workflows."""

    def get(
        self,
        workflow_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Workflow:
        """Get workflow by ID.

        Args:
            workflow_id: The workflow ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /workflow/{workflowId} (getWorkflow). Reference: https://apireference.getresponse.com/#operation/getWorkflow
        """
        from ..models.workflow import Workflow

        return self._request(
            "GET",
            f"/workflow/{path_value(workflow_id)}",
            cast_to=Workflow,
            params={"fields": fields},
            operation="getWorkflow",
            options=options,
        )

    def list(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[Workflow]:
        """Get workflows.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /workflow (getWorkflowList). Reference: https://apireference.getresponse.com/#operation/getWorkflowList
        """
        from ..models.workflow import Workflow

        return self._page(
            "/workflow",
            item=Workflow,
            params={"fields": fields, "perPage": per_page},
            page=page,
            operation="getWorkflowList",
            options=options,
        )

    @overload
    def update(
        self,
        workflow_id: str,
        *,
        status: UpdateWorkflowStatus | str,
        **options: Unpack[RequestOptions],
    ) -> Workflow: ...

    @overload
    def update(
        self,
        workflow_id: str,
        *,
        body: UpdateWorkflow | UpdateWorkflowDict,
        **options: Unpack[RequestOptions],
    ) -> Workflow: ...

    def update(
        self,
        workflow_id: str,
        *,
        body: UpdateWorkflow | UpdateWorkflowDict | None = None,
        status: UpdateWorkflowStatus | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Workflow:
        """Update workflow.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            workflow_id: The workflow ID
            status: An 'incomplete' status means that the workflow is a 'draft' in the web panel

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /workflow/{workflowId} (updateWorkflow). Reference: https://apireference.getresponse.com/#operation/updateWorkflow
        """
        from ..models.workflow import Workflow

        return self._request(
            "POST",
            f"/workflow/{path_value(workflow_id)}",
            cast_to=Workflow,
            json=json_body(
                "workflows.update",
                body,
                {"status": status},
                WORKFLOWS_UPDATE_WIRE,
                required=("status",),
            ),
            operation="updateWorkflow",
            options=options,
        )

    @property
    def with_raw_response(self) -> WorkflowsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return WorkflowsResourceWithRawResponse(self._raw_copy())


class WorkflowsResourceWithRawResponse:
    """client.workflows.with_raw_response."""

    def __init__(self, resource: WorkflowsResource) -> None:
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncWorkflowsResource(AsyncResource):
    """Workflows: client.workflows."""

    async def get(
        self,
        workflow_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Workflow:
        """Get workflow by ID.

        Args:
            workflow_id: The workflow ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /workflow/{workflowId} (getWorkflow). Reference: https://apireference.getresponse.com/#operation/getWorkflow
        """
        from ..models.workflow import Workflow

        return await self._request(
            "GET",
            f"/workflow/{path_value(workflow_id)}",
            cast_to=Workflow,
            params={"fields": fields},
            operation="getWorkflow",
            options=options,
        )

    def list(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Workflow]:
        """Get workflows.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /workflow (getWorkflowList). Reference: https://apireference.getresponse.com/#operation/getWorkflowList
        """
        from ..models.workflow import Workflow

        return self._page(
            "/workflow",
            item=Workflow,
            params={"fields": fields, "perPage": per_page},
            page=page,
            operation="getWorkflowList",
            options=options,
        )

    @overload
    async def update(
        self,
        workflow_id: str,
        *,
        status: UpdateWorkflowStatus | str,
        **options: Unpack[RequestOptions],
    ) -> Workflow: ...

    @overload
    async def update(
        self,
        workflow_id: str,
        *,
        body: UpdateWorkflow | UpdateWorkflowDict,
        **options: Unpack[RequestOptions],
    ) -> Workflow: ...

    async def update(
        self,
        workflow_id: str,
        *,
        body: UpdateWorkflow | UpdateWorkflowDict | None = None,
        status: UpdateWorkflowStatus | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Workflow:
        """Update workflow.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            workflow_id: The workflow ID
            status: An 'incomplete' status means that the workflow is a 'draft' in the web panel

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /workflow/{workflowId} (updateWorkflow). Reference: https://apireference.getresponse.com/#operation/updateWorkflow
        """
        from ..models.workflow import Workflow

        return await self._request(
            "POST",
            f"/workflow/{path_value(workflow_id)}",
            cast_to=Workflow,
            json=json_body(
                "workflows.update",
                body,
                {"status": status},
                WORKFLOWS_UPDATE_WIRE,
                required=("status",),
            ),
            operation="updateWorkflow",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncWorkflowsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncWorkflowsResourceWithRawResponse(self._raw_copy())


class AsyncWorkflowsResourceWithRawResponse:
    """client.workflows.with_raw_response."""

    def __init__(self, resource: AsyncWorkflowsResource) -> None:
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)


# Keyword argument -> JSON name, per method with a body.
WORKFLOWS_UPDATE_WIRE = {"status": "status"}
