export type AuditFilterParams = { actor?: string; action?: string; objectType?: string; from?: string; to?: string };

/** The filters as URL parameters (empty ones left out); shared by the page, the API call and the browser. */
export function auditSearchParams(params: AuditFilterParams) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  return search;
}
