import * as conversationExportRoute from "@/app/api/w/[workspaceId]/reports/export/conversations/route";
import * as exportRoute from "@/app/api/w/[workspaceId]/reports/export/route";
import { httpStatus, routeParams } from "./helpers";
import type { MatrixModule } from "./types";

export const matrix: MatrixModule = {
  endpoints: {
    "GET /api/w/[workspaceId]/reports/export": {
      permission: "reports.view",
      mutates: false,
      attempt: async ({ workspaceId }) => {
        const response = await exportRoute.GET(
          new Request(`http://test/api/w/${workspaceId}/reports/export?table=kinds&range=7d`),
          routeParams(workspaceId),
        );
        return { status: httpStatus(response.status), changed: false };
      },
    },
    "GET /api/w/[workspaceId]/reports/export/conversations": {
      permission: "reports.view",
      mutates: false,
      attempt: async ({ workspaceId }) => {
        const response = await conversationExportRoute.GET(
          new Request(`http://test/api/w/${workspaceId}/reports/export/conversations?range=7d`),
          routeParams(workspaceId),
        );
        // Read the streamed body to its end, so the batches' queries run inside the attempt.
        await response.text();
        return { status: httpStatus(response.status), changed: false };
      },
    },
  },
};
