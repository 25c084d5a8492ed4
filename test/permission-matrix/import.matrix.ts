import fs from "node:fs";
import { eq } from "drizzle-orm";
import * as importActions from "@/app/(dashboard)/w/[workspace]/settings/import/actions";
import * as webhookActions from "@/app/(dashboard)/w/[workspace]/settings/webhooks/actions";
import * as runRoute from "@/app/api/w/[workspaceId]/import/[runId]/route";
import * as uploadRoute from "@/app/api/w/[workspaceId]/import/route";
import { createImportRun } from "@/db/queries/import-stage";
import { importRuns, personaSuggestions, webhookEndpoints } from "@/db/schema";
import { testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { httpStatus, resultStatus } from "./helpers";
import type { MatrixEndpoint, MatrixModule } from "./types";

async function pendingSuggestion(objects: WorkspaceFixture) {
  const [row] = await testDb()
    .insert(personaSuggestions)
    .values({
      workspaceId: objects.workspaceId,
      channelId: objects.channelId,
      signOffKey: `^${uniqueTag()}`,
      signOff: "^MX",
      replies: 3,
    })
    .returning({ id: personaSuggestions.id });
  return row!.id;
}
async function suggestionStatus(id: string) {
  const [row] = await testDb()
    .select({ status: personaSuggestions.status })
    .from(personaSuggestions)
    .where(eq(personaSuggestions.id, id));
  return row?.status;
}
// Inserted directly (not through createWebhookEndpoint) so setting up writes no audit event of its own.
async function endpoint(objects: WorkspaceFixture, enabled = true) {
  const [row] = await testDb()
    .insert(webhookEndpoints)
    .values({
      workspaceId: objects.workspaceId,
      url: "http://127.0.0.1:9/hook",
      secretEncrypted: "x",
      eventTypes: ["message.created"],
      enabled,
    })
    .returning({ id: webhookEndpoints.id });
  return row!.id;
}
async function endpointRow(id: string) {
  const [row] = await testDb().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  return row;
}

function suggestionEndpoint(
  audit: string,
  call: (
    workspaceId: string,
    suggestionId: string,
    objects: WorkspaceFixture,
  ) => Promise<{ ok: boolean; error?: { code: string } }>,
): MatrixEndpoint {
  return {
    permission: "import.run",
    mutates: true,
    audit,
    attempt: async ({ workspaceId, objects }) => {
      const id = await pendingSuggestion(objects);
      const result = await call(workspaceId, id, objects);
      return { status: resultStatus(result), changed: (await suggestionStatus(id)) !== "pending" };
    },
  };
}

export const matrix: MatrixModule = {
  endpoints: {
    confirmPersonaSuggestionAction: suggestionEndpoint("import.persona_confirmed", (workspaceId, suggestionId) =>
      importActions.confirmPersonaSuggestionAction({
        workspaceId,
        suggestionId,
        displayName: `Matrix ${uniqueTag()}`,
        signOff: "^MX",
      }),
    ),
    mergePersonaSuggestionAction: suggestionEndpoint("import.persona_merged", (workspaceId, suggestionId, objects) =>
      importActions.mergePersonaSuggestionAction({ workspaceId, suggestionId, identityId: objects.identities.persona }),
    ),
    dismissPersonaSuggestionAction: suggestionEndpoint("import.persona_dismissed", (workspaceId, suggestionId) =>
      importActions.dismissPersonaSuggestionAction({ workspaceId, suggestionId }),
    ),
    createWebhookAction: {
      permission: "webhooks.manage",
      mutates: true,
      audit: "webhook.created",
      objectless: true,
      attempt: async ({ workspaceId }) => {
        const url = `https://example.test/${uniqueTag()}`;
        const result = await webhookActions.createWebhookAction({
          workspaceId,
          url,
          eventTypes: ["conversation.created"],
        });
        const [row] = await testDb().select().from(webhookEndpoints).where(eq(webhookEndpoints.url, url));
        return { status: resultStatus(result), changed: Boolean(row) };
      },
    },
    setWebhookEnabledAction: {
      permission: "webhooks.manage",
      mutates: true,
      audit: "webhook.disabled",
      attempt: async ({ workspaceId, objects }) => {
        const id = await endpoint(objects);
        const result = await webhookActions.setWebhookEnabledAction({ workspaceId, endpointId: id, enabled: false });
        return { status: resultStatus(result), changed: (await endpointRow(id))?.enabled === false };
      },
    },
    deleteWebhookAction: {
      permission: "webhooks.manage",
      mutates: true,
      audit: "webhook.deleted",
      attempt: async ({ workspaceId, objects }) => {
        const id = await endpoint(objects);
        const result = await webhookActions.deleteWebhookAction({ workspaceId, endpointId: id });
        return { status: resultStatus(result), changed: !(await endpointRow(id)) };
      },
    },
    "POST /api/w/[workspaceId]/import": {
      permission: "import.run",
      mutates: true,
      audit: "import.started",
      objectless: true,
      attempt: async ({ workspaceId }) => {
        const name = `matrix-${uniqueTag()}.csv`;
        const body = "tweet_id,author_id,inbound,created_at,text\n1,2,True,2017-10-10 10:00,hello\n";
        const response = await uploadRoute.POST(
          new Request(`http://test/api/w/${workspaceId}/import?format=twcs&name=${name}`, { method: "POST", body }),
          { params: Promise.resolve({ workspaceId }) },
        );
        const [run] = await testDb().select().from(importRuns).where(eq(importRuns.fileName, name));
        if (run?.storedPath) fs.rmSync(run.storedPath, { force: true });
        return { status: response.status === 202 ? "ok" : httpStatus(response.status), changed: Boolean(run) };
      },
    },
    "GET /api/w/[workspaceId]/import/[runId]": {
      permission: "import.run",
      mutates: false,
      attempt: async ({ workspaceId, objects }) => {
        const run = await createImportRun(testDb(), {
          workspaceId: objects.workspaceId,
          userId: null,
          format: "twcs",
          fileName: "x.csv",
          bytesTotal: 1,
        });
        const response = await runRoute.GET(new Request(`http://test/api/w/${workspaceId}/import/${run.id}`), {
          params: Promise.resolve({ workspaceId, runId: run.id }),
        });
        return { status: httpStatus(response.status), changed: false };
      },
    },
  },
};
