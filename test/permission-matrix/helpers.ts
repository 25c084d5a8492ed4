import type { MatrixStatus } from "./types";

export const resultStatus = (r: { ok: boolean; error?: { code: string } }): MatrixStatus =>
  r.ok ? "ok" : (r.error!.code as MatrixStatus);

const STATUS_BY_HTTP: Record<number, MatrixStatus> = {
  200: "ok",
  201: "ok",
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
};
export const httpStatus = (status: number): MatrixStatus => STATUS_BY_HTTP[status] ?? (String(status) as MatrixStatus);

export const routeParams = (workspaceId: string) => ({ params: Promise.resolve({ workspaceId }) });
