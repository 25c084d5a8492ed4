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
  },
};
