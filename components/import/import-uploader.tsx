"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Field, selectClass } from "@/components/forms/field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ApiError, fetchJson } from "@/lib/fetch-json";
import type { ImportSummary as Summary, RowError } from "@/lib/import/run";
import { ImportProgress, type ImportRun } from "./import-progress";
import { ImportSummary } from "./import-summary";

const FINISHED = new Set(["done", "failed"]);

export function ImportUploader({ workspaceId, lastRunId }: { workspaceId: string; lastRunId: string | null }) {
  const t = useTranslations("import");
  const router = useRouter();
  const [runId, setRunId] = useState(lastRunId);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useQuery({
    queryKey: ["import-run", workspaceId, runId],
    queryFn: () => fetchJson<ImportRun>(`/api/w/${workspaceId}/import/${runId}`),
    enabled: Boolean(runId),
    // Poll while the job runs; stop once it has ended.
    refetchInterval: (query) => (query.state.data && FINISHED.has(query.state.data.status) ? false : 1000),
  });
  const finished = run.data && FINISHED.has(run.data.status);
  // New personas to confirm appear once a run has finished: reload the server-rendered suggestions.
  useEffect(() => {
    if (finished && runId !== lastRunId) router.refresh();
  }, [finished, runId, lastRunId, router]);

  async function upload(form: HTMLFormElement) {
    const data = new FormData(form);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setError(t("errors.noFile"));
    setError(null);
    setUploading(true);
    try {
      const query = new URLSearchParams({ format: String(data.get("format")), name: file.name });
      const result = await fetchJson<{ runId: string }>(`/api/w/${workspaceId}/import?${query}`, {
        method: "POST",
        headers: { "content-type": "application/octet-stream" },
        body: file,
      });
      setRunId(result.runId);
      form.reset();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : t("errors.network"));
    } finally {
      setUploading(false);
    }
  }

  const summary = run.data?.summary as (Summary & { rowErrors?: RowError[] }) | null | undefined;
  return (
    <div className="grid gap-4">
      <Card>
        <CardHeader>
          <CardTitle>{t("upload.title")}</CardTitle>
          <CardDescription>{t("upload.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <form
            className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
            onSubmit={(event) => {
              event.preventDefault();
              void upload(event.currentTarget);
            }}
          >
            <Field id="import-file" label={t("upload.file")}>
              <input name="file" type="file" accept=".csv,.jsonl,.ndjson,.txt,text/csv" className="text-sm" required />
            </Field>
            <Field id="import-format" label={t("upload.format")}>
              <select name="format" className={selectClass} defaultValue="twcs">
                <option value="twcs">{t("formats.twcs")}</option>
                <option value="native">{t("formats.native")}</option>
              </select>
            </Field>
            <Button type="submit" disabled={uploading}>
              {uploading ? t("upload.uploading") : t("upload.submit")}
            </Button>
          </form>
          {error ? (
            <Alert variant="destructive" className="mt-3">
              <AlertDescription>{error}</AlertDescription>
            </Alert>
          ) : null}
        </CardContent>
      </Card>
      {run.data ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("run.title", { file: run.data.fileName })}</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-4" aria-live="polite">
            <ImportProgress run={run.data} />
            {run.data.status === "failed" ? (
              <Alert variant="destructive">
                <AlertDescription>
                  {run.data.error === "missing_columns"
                    ? t("errors.missingColumns", {
                        columns: ((run.data.summary as { columns?: string[] } | null)?.columns ?? []).join(", "),
                      })
                    : t("errors.failed")}
                </AlertDescription>
              </Alert>
            ) : null}
            {run.data.status === "done" && summary ? <ImportSummary summary={summary} /> : null}
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
