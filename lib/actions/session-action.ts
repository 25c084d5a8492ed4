import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/db/queries/users";
import { currentUser } from "@/lib/auth/session";
import { AppError, type ActionResult } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server";
import { failureResult } from "./translate-failure";
import { translateIssues } from "./validation";

/**
 * The wrapper for actions on the signed-in user themself (profile, password): no workspace, no role — the
 * session is the whole authorization. Failures flow as in workspaceAction.
 */
export function sessionAction<Schema extends z.ZodObject, Result>(
  schema: Schema,
  handler: (input: z.output<Schema>, ctx: { user: SessionUser }) => Promise<Result>,
) {
  return async function action(raw: z.input<Schema>): Promise<ActionResult<Result>> {
    const t = await getServerTranslator();
    try {
      const user = await currentUser();
      if (!user) throw new AppError("unauthorized");
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
      return { ok: true, data: await handler(parsed.data, { user }) };
    } catch (error) {
      return failureResult(error, t, "Session action");
    }
  };
}
