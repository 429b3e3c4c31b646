"""Workflows: client.workflows (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.update_workflow import UpdateWorkflow
    from ..models.workflow import Workflow


class WorkflowsRawResource(SyncResource):
    """client.workflows.with_raw_response: the same calls, returning status, headers and body too."""

    def get(
        self,
        workflow_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Get workflow by ID. Returns the raw response with the parsed body."""
        from ..api.workflows import get_workflow as op

        return self._call(
            op._get_kwargs(
                workflow_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Workflow]]:
        """Get workflows. Returns the raw response with the parsed body."""
        from ..api.workflows import get_workflow_list as op

        return self._call(
            op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update(
        self,
        workflow_id: str,
        body: UpdateWorkflow | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Update workflow. Returns the raw response with the parsed body."""
        from ..api.workflows import update_workflow as op

        return self._call(
            op._get_kwargs(
                workflow_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class WorkflowsResource(SyncResource):
    """Workflows: client.workflows."""

    @cached_property
    def with_raw_response(self) -> WorkflowsRawResource:
        return WorkflowsRawResource(self._transport)

    def get(
        self,
        workflow_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Workflow:
        """Get workflow by ID.

        GET /workflow/{workflowId} (getWorkflow). Reference: https://apireference.getresponse.com/#operation/getWorkflow
        """
        return (
            self.with_raw_response.get(
                workflow_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[Workflow]:
        """Get workflows.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /workflow (getWorkflowList). Reference: https://apireference.getresponse.com/#operation/getWorkflowList
        """
        from ..api.workflows import get_workflow_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def update(
        self,
        workflow_id: str,
        body: UpdateWorkflow | Unset = UNSET,
    ) -> Workflow:
        """Update workflow.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /workflow/{workflowId} (updateWorkflow). Reference: https://apireference.getresponse.com/#operation/updateWorkflow
        """
        return (
            self.with_raw_response.update(
                workflow_id,
                body,
            )
        ).parsed


class AsyncWorkflowsRawResource(AsyncResource):
    """client.workflows.with_raw_response: the same calls, returning status, headers and body too."""

    async def get(
        self,
        workflow_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Get workflow by ID. Returns the raw response with the parsed body."""
        from ..api.workflows import get_workflow as op

        return await self._call(
            op._get_kwargs(
                workflow_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Workflow]]:
        """Get workflows. Returns the raw response with the parsed body."""
        from ..api.workflows import get_workflow_list as op

        return await self._call(
            op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update(
        self,
        workflow_id: str,
        body: UpdateWorkflow | Unset = UNSET,
    ) -> RawResponse[Workflow]:
        """Update workflow. Returns the raw response with the parsed body."""
        from ..api.workflows import update_workflow as op

        return await self._call(
            op._get_kwargs(
                workflow_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncWorkflowsResource(AsyncResource):
    """Workflows: client.workflows."""

    @cached_property
    def with_raw_response(self) -> AsyncWorkflowsRawResource:
        return AsyncWorkflowsRawResource(self._transport)

    async def get(
        self,
        workflow_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Workflow:
        """Get workflow by ID.

        GET /workflow/{workflowId} (getWorkflow). Reference: https://apireference.getresponse.com/#operation/getWorkflow
        """
        return (
            await self.with_raw_response.get(
                workflow_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[Workflow]:
        """Get workflows.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /workflow (getWorkflowList). Reference: https://apireference.getresponse.com/#operation/getWorkflowList
        """
        from ..api.workflows import get_workflow_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def update(
        self,
        workflow_id: str,
        body: UpdateWorkflow | Unset = UNSET,
    ) -> Workflow:
        """Update workflow.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /workflow/{workflowId} (updateWorkflow). Reference: https://apireference.getresponse.com/#operation/updateWorkflow
        """
        return (
            await self.with_raw_response.update(
                workflow_id,
                body,
            )
        ).parsed
