import type { Metadata } from "next";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { db } from "@/db";
import { jobHealth } from "@/db/queries/publishing-health";
import { requirePermission } from "@/lib/auth/member";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("publishing.jobs"))("title") };
}

const COUNTS = ["queued", "scheduled", "running", "failed"] as const;
const TARGET_STATES = ["pending", "publishing", "published", "failed", "unknown"] as const;
const KNOWN_TASKS = ["deliver-reply", "publish-target", "publish-sweep", "snapshot-metrics", "poll-inbound"];

/** Settings → Jobs (admins): the job queue's counts, the workers busy now, and this workspace's last error. */
export default async function JobsPage({ params }: { params: Promise<{ workspace: string }> }) {
  await connection();
  const { workspace } = await params;
  const member = await requirePermission(workspace, "settings.manage");
  const health = await jobHealth(db, { workspaceId: member.workspaceId });
  const t = await getTranslations("publishing.jobs");
  const format = await getFormatter();
  const timeZone = member.workspace.timezone;
  const taskName = (task: string) => (KNOWN_TASKS.includes(task) ? t(`tasks.${task}` as "tasks.publish-target") : task);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsNav slug={workspace} role={member.role} />
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {COUNTS.map((key) => (
          <div key={key} className="rounded-md border p-3">
            <dt className="text-xs text-muted-foreground">{t(key)}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{format.number(health.totals[key])}</dd>
          </div>
        ))}
        <div className="rounded-md border p-3">
          <dt className="text-xs text-muted-foreground">{t("workers")}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{format.number(health.busyWorkers)}</dd>
        </div>
      </dl>
      <section aria-labelledby="last-error" className="mb-6">
        <h2 id="last-error" className="mb-2 text-sm font-semibold">
          {t("lastError")}
        </h2>
        {health.lastError ? (
          <div className="rounded-md border border-destructive/40 p-3 text-sm">
            <div className="text-xs text-muted-foreground">
              {t("lastErrorAt", {
                task: taskName(health.lastError.task),
                time: format.dateTime(health.lastError.at, { dateStyle: "medium", timeStyle: "short", timeZone }),
              })}
            </div>
            <p className="mt-1 break-words">{health.lastError.error}</p>
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">{t("noError")}</p>
        )}
      </section>
      <section aria-labelledby="by-task" className="mb-6">
        <h2 id="by-task" className="mb-2 text-sm font-semibold">
          {t("byTask")}
        </h2>
        {/* One card per task rather than a table: five columns of German headings do not fit a phone. */}
        <ul className="grid gap-3 md:grid-cols-2">
          {health.tasks.map((row) => (
            <li key={row.task} className="rounded-md border p-3">
              <h3 className="text-sm font-medium">{taskName(row.task)}</h3>
              <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
                {COUNTS.map((key) => (
                  <div key={key}>
                    <dt className="text-xs text-muted-foreground">{t(key)}</dt>
                    <dd className="font-semibold tabular-nums">{format.number(row[key])}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="targets">
        <h2 id="targets" className="text-sm font-semibold">
          {t("targets")}
        </h2>
        <p className="mb-2 text-xs text-muted-foreground">{t("targetsHelp")}</p>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {TARGET_STATES.map((state) => (
            <div key={state} className="rounded-md border p-3">
              <dt className="text-xs text-muted-foreground">{t(`targetStatus.${state}`)}</dt>
              <dd className="text-xl font-semibold tabular-nums">{format.number(health.targets[state] ?? 0)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
