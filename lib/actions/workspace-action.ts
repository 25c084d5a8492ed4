import "server-only";
import { z } from "zod";
import type { Db } from "@/db";
import { db } from "@/db";
import { authorizeMember, type MemberContext } from "@/lib/auth/authorize";
import type { Permission } from "@/lib/auth/permissions";
import { type ActionResult } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server";
import { failureResult } from "./translate-failure";
import { translateIssues } from "./validation";

export type ActionContext = MemberContext & { db: Db };

const workspaceInput = z.object({ workspaceId: z.string() });

/**
 * The one wrapper for workspace mutations: authenticate, load the membership from the database, check the
 * permission, parse the input with zod, then run the handler. Expected failures (an outcome's Failure passed to
 * `orThrow`, an AppError, a database refusal that bad input causes) come back as results with translated
 * messages; anything else is logged with its cause and rethrown to the error page.
 */
export function workspaceAction<Schema extends z.ZodObject, Result>(
  permission: Permission,
  schema: Schema,
  handler: (input: z.output<Schema>, ctx: ActionContext) => Promise<Result>,
) {
  return async function action(raw: z.input<Schema> & { workspaceId: string }): Promise<ActionResult<Result>> {
    const t = await getServerTranslator();
    try {
      const ctx = await authorizeMember(workspaceInput.safeParse(raw).data?.workspaceId, permission);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            code: "bad_request",
            message: t("errors.bad_request"),
            fieldErrors: translateIssues(parsed.error.issues, t),
          },
        };
      }
      return { ok: true, data: await handler(parsed.data, { ...ctx, db }) };
    } catch (error) {
      return failureResult(error, t, `Action for ${permission}`);
    }
  };
}
