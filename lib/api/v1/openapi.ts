import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { ERROR_STATUS } from "@/lib/errors";
import { OPERATIONS, type Operation } from "./operations";
import { errorSchema } from "./schemas";

const ERROR_TEXT: Record<number, string> = Object.fromEntries(
  Object.entries(ERROR_STATUS).map(([code, status]) => [status, code]),
);

/** The OpenAPI 3.1 document of /api/v1, generated from the operation table's zod schemas. */
export function openApiDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "An API token from Settings → API or `npm run token`. Scopes are permission names.",
  });
  registry.registerComponent("securitySchemes", "signature", {
    type: "apiKey",
    in: "header",
    name: "X-Curtain-Signature",
    description: 'sha256=<hex HMAC-SHA256 of "{X-Curtain-Timestamp}.{raw body}"> with the channel\'s inbound secret.',
  });
  for (const [operationId, o] of Object.entries(OPERATIONS) as [string, Operation][]) {
    registry.registerPath({
      operationId,
      method: o.method,
      path: o.path,
      summary: o.summary,
      security: o.permission ? [{ bearer: [o.permission] }] : [{ signature: [] }],
      request: {
        params: o.params,
        query: o.query,
        body: o.body ? { required: true, content: { "application/json": { schema: o.body } } } : undefined,
      },
      responses: {
        [o.status]: { description: "OK", content: { "application/json": { schema: o.response } } },
        ...Object.fromEntries(
          o.errors.map((status) => [
            status,
            {
              description: ERROR_TEXT[status] ?? "error",
              content: { "application/json": { schema: errorSchema } },
            },
          ]),
        ),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Curtain API",
      version: "1",
      description:
        "JSON over HTTPS. Objects are `{ data }`, pages `{ data, nextCursor }`, errors `{ error: { code, message, " +
        "fields? } }`. Rate limits answer 429 with Retry-After (seconds).",
    },
  });
}
