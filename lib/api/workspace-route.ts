import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { db, type Db } from "@/db";
import { toAppError } from "@/lib/actions/to-app-error";
import { translateIssues } from "@/lib/actions/validation";
import { authorizeMember, type MemberContext } from "@/lib/auth/authorize";
import type { Permission } from "@/lib/auth/permissions";
import { getServerTranslator } from "@/lib/i18n/server";

type RouteParams = { params: Promise<{ workspaceId: string }> };

/** JSON GET routes under /api/w/[workspaceId]/…: the same gate as actions, search params parsed with zod. */
export function workspaceRoute<Schema extends z.ZodObject, Result>(
  permission: Permission,
  schema: Schema,
  handler: (query: z.output<Schema>, ctx: MemberContext & { db: Db }) => Promise<Result>,
) {
  return async function GET(request: Request, { params }: RouteParams): Promise<Response> {
    const t = await getServerTranslator();
    try {
      const ctx = await authorizeMember((await params).workspaceId, permission);
      const query = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) {
        return NextResponse.json(
          { error: { code: "bad_request", message: t("errors.bad_request"), fieldErrors: translateIssues(query.error.issues, t) } },
          { status: 400 },
        );
      }
      return NextResponse.json(await handler(query.data, { ...ctx, db }));
    } catch (error) {
      const appError = toAppError(error);
      if (!appError) {
        console.error(`Route for ${permission} failed`, error);
        return NextResponse.json({ error: { code: "internal", message: t("errors.internal") } }, { status: 500 });
      }
      return NextResponse.json(
        { error: { code: appError.code, message: t(`errors.${appError.code}`), fieldErrors: appError.fieldErrors } },
        { status: appError.status },
      );
    }
  };
}
