import { publicAccess } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { openApiDocument } from "@/lib/api/v1/openapi";

let cached: ReturnType<typeof openApiDocument> | undefined;

/** The OpenAPI 3.1 document of /api/v1; no token needed. */
export const GET = route({ auth: publicAccess() }, async () => (cached ??= openApiDocument()));
