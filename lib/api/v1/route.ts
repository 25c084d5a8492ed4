import "server-only";
import type { z } from "zod";
import { apiToken, type TokenContext } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import type { Permission } from "@/lib/auth/permissions";
import type { Operation } from "./operations";

type Op = Operation & { permission: Permission };
type In<T> = T extends z.ZodType ? z.output<T> : Record<string, never>;

/**
 * A bearer-token route for one operation of the table: its permission, params, query and body schemas, and its
 * success status come from the operation, so the route and the OpenAPI document cannot disagree.
 */
export function v1Route<O extends Op, Result>(
  operation: O,
  handler: (
    input: { params: In<O["params"]>; query: In<O["query"]>; body: In<O["body"]> },
    ctx: TokenContext,
  ) => Promise<Result>,
) {
  return route(
    {
      auth: apiToken(operation.permission),
      params: operation.params,
      query: operation.query,
      body: operation.body,
      status: operation.status,
    },
    (input, ctx) =>
      handler(input as unknown as { params: In<O["params"]>; query: In<O["query"]>; body: In<O["body"]> }, ctx),
  );
}
