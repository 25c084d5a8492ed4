"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Keyboard, ListChecks } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { QueryTable } from "@/components/common/query-table";
import { TableHead } from "@/components/ui/table";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { QueueOptions } from "@/db/queries/queue-options";
import { queueSearch, type IgnoredParam, type QueueFilters } from "@/lib/inbox/filters";
import { queueQueries } from "@/lib/inbox/queries";
import { BulkBar } from "./bulk-bar";
import { QueueFiltersBar } from "./queue-filters";
import { QueueRow } from "./queue-row";
import { ShortcutsDialog, SnoozeDialog } from "./dialogs";
import { useQueueKeys } from "./use-queue-keys";
import { useQueueMutations } from "./use-queue-mutations";
import { ViewNav } from "./view-nav";

type Props = {
  workspaceId: string;
  slug: string;
  filters: QueueFilters;
  ignored: IgnoredParam[];
  options: QueueOptions;
  currentUserId: string;
  timeZone: string;
  permissions: { triage: boolean; assign: boolean };
};

/** How often the open queue refreshes by itself (list and counts together). */
const REFRESH_MS = 30_000;

/** The reply queue: views, filters, the list with keyboard and bulk selection, Claim next. */
export function QueueView(props: Props) {
  const { workspaceId, slug, filters, ignored, options, currentUserId, timeZone, permissions } = props;
  const t = useTranslations("queue");
  const tInbox = useTranslations("inbox");
  const router = useRouter();
  const search = queueSearch(filters);
  const query = useInfiniteQuery({ ...queueQueries.page(workspaceId, search), refetchInterval: REFRESH_MS });
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const counts = query.data?.pages[0]?.counts ?? null;
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [snoozeId, setSnoozeId] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const rows = useRef<(HTMLAnchorElement | null)[]>([]);
  const claimButton = useRef<HTMLButtonElement>(null);
  // After an action from the list, focus goes back to the row at the same place (the next one if the acted-on
  // item left the view), or to Claim next when the view is empty: never to the top of the page.
  const restoreFocus = useRef(false);
  const href = (id: string, extra = "") => `/w/${slug}/inbox/${id}${extra}`;
  const m = useQueueMutations(workspaceId, (id) => router.push(href(id)));

  const focusActive = () => {
    const index = Math.min(active, items.length - 1);
    if (index >= 0) rows.current[index]?.focus();
    else claimButton.current?.focus();
  };
  useEffect(() => {
    if (!restoreFocus.current || query.isFetching) return;
    restoreFocus.current = false;
    // Focusing the row makes it the active one (its onFocus), so no state is set here.
    const index = Math.min(active, items.length - 1);
    if (index >= 0) rows.current[index]?.focus();
    else claimButton.current?.focus();
  }, [items, active, query.isFetching]);

  const current = items[Math.min(active, items.length - 1)];
  const busy = m.assign.isPending || m.setStatus.isPending || m.snooze.isPending;
  const act = (fn: () => void) => {
    restoreFocus.current = true;
    fn();
  };
  const move = (delta: number) => {
    if (!items.length) return;
    // The first j or k only puts focus on the active row (the first one on arrival); later ones move it.
    const inList = rows.current.some((row) => row !== null && row === document.activeElement);
    const next = inList ? Math.max(0, Math.min(items.length - 1, active + delta)) : Math.min(active, items.length - 1);
    setActive(next);
    rows.current[next]?.focus();
    if (next >= items.length - 3 && query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
  };
  const assignMe = (item = current) =>
    item && act(() => m.assign.mutate({ conversationId: item.id, version: item.version, assigneeId: currentUserId }));
  const resolve = (item = current) =>
    item && act(() => m.setStatus.mutate({ conversationId: item.id, version: item.version, status: "resolved" }));
  const triage = permissions.triage;

  useQueueKeys({
    j: () => move(1),
    k: () => move(-1),
    Enter: () => current && router.push(href(current.id)),
    r: () => current && router.push(href(current.id, "?compose=reply")),
    "/": () => current && router.push(href(current.id, "?compose=saved")),
    a: () => triage && assignMe(),
    e: () => triage && resolve(),
    s: () => triage && current && setSnoozeId(current.id),
    c: () => triage && m.claim.mutate(undefined),
    "?": () => setHelp(true),
  });

  // Infinite scroll: the next page loads when the end of the list comes into view (and by the button).
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !query.hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries[0]?.isIntersecting && !query.isFetchingNextPage) void query.fetchNextPage();
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [query]);

  const snoozing = items.find((i) => i.id === snoozeId);
  const selection = items.filter((i) => selected.has(i.id));
  const navigate = (next: QueueFilters) => {
    const qs = queueSearch(next);
    setSelected(new Set());
    setActive(0);
    router.push(`/w/${slug}/inbox${qs ? `?${qs}` : ""}`);
  };
  const noticeValues = ignored.map((i) => `${i.key}=${i.value}`).join(", ");
  const searchTruncated = filters.q && items.length >= 50 && query.hasNextPage;

  return (
    <div className="flex flex-col gap-4 lg:flex-row">
      <ViewNav slug={slug} filters={filters} counts={counts} personas={options.personas} />
      <div className="grid min-w-0 flex-1 content-start gap-3">
        {ignored.length ? (
          <Alert role="status">{t("ignored", { values: noticeValues, count: ignored.length })}</Alert>
        ) : null}
        <QueueFiltersBar key={search} filters={filters} options={options} onChange={navigate} />
        <div className="flex flex-wrap items-center gap-2">
          {triage ? (
            <Button ref={claimButton} onClick={() => m.claim.mutate(undefined)} disabled={m.claim.isPending}>
              <ListChecks aria-hidden />
              {t("claimNext")}
              <kbd className="ml-1 hidden rounded border px-1 text-xs sm:inline">c</kbd>
            </Button>
          ) : null}
          <Button variant="outline" onClick={() => setHelp(true)}>
            <Keyboard aria-hidden />
            {t("shortcuts.button")}
          </Button>
          {triage && items.length ? (
            <label className="ml-auto flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-primary"
                checked={selection.length > 0 && selection.length === items.length}
                onChange={(e) => setSelected(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())}
              />
              {t("selectAll", { count: items.length })}
            </label>
          ) : null}
        </div>
        {selection.length ? (
          <BulkBar
            count={selection.length}
            members={options.members}
            currentUserId={currentUserId}
            canAssign={permissions.assign}
            pending={m.bulk.isPending}
            onClear={() => setSelected(new Set())}
            onApply={(change) =>
              m.bulk.mutate(
                { items: selection.map((i) => ({ id: i.id, version: i.version })), change },
                { onSuccess: () => setSelected(new Set()) },
              )
            }
          />
        ) : null}
        {searchTruncated ? <p className="text-sm text-muted-foreground">{t("refineSearch")}</p> : null}
        <QueryTable
          query={query}
          isEmpty={items.length === 0}
          emptyText={t("empty")}
          head={
            <>
              <TableHead>
                <span className="sr-only">{t("selectColumn")}</span>
              </TableHead>
              <TableHead>{tInbox("columns.message")}</TableHead>
              <TableHead>{tInbox("columns.voiceAndAssignee")}</TableHead>
              <TableHead>{tInbox("columns.triage")}</TableHead>
              <TableHead>{tInbox("columns.lastActivity")}</TableHead>
              {triage ? (
                <TableHead className="sticky right-0 bg-background">{tInbox("columns.actions")}</TableHead>
              ) : null}
            </>
          }
        >
          {items.map((item, index) => (
            <QueueRow
              key={item.id}
              ref={(node) => {
                rows.current[index] = node;
              }}
              item={item}
              href={href(item.id)}
              timeZone={timeZone}
              active={index === active}
              selected={selected.has(item.id)}
              currentUserId={currentUserId}
              canTriage={triage}
              canAssign={permissions.assign}
              busy={busy}
              onFocus={() => setActive(index)}
              onSelect={(on) =>
                setSelected((prev) => {
                  const next = new Set(prev);
                  if (on) next.add(item.id);
                  else next.delete(item.id);
                  return next;
                })
              }
              onAssign={(assigneeId) =>
                act(() => m.assign.mutate({ conversationId: item.id, version: item.version, assigneeId }))
              }
              onStatus={(status) =>
                act(() => m.setStatus.mutate({ conversationId: item.id, version: item.version, status }))
              }
              onSnooze={() => setSnoozeId(item.id)}
            />
          ))}
        </QueryTable>
        {/* Infinite scroll: reaching the end of the list loads the next page (the table's button does it too). */}
        <div ref={sentinel} aria-hidden />
      </div>
      <SnoozeDialog
        open={Boolean(snoozing)}
        onOpenChange={(open) => !open && setSnoozeId(null)}
        pending={m.snooze.isPending}
        // The snoozed row may be gone when the dialog closes: focus goes to the row now in its place.
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          focusActive();
        }}
        onSnooze={(until) =>
          snoozing &&
          act(() =>
            m.snooze.mutate(
              { conversationId: snoozing.id, version: snoozing.version, until },
              { onSettled: () => setSnoozeId(null) },
            ),
          )
        }
      />
      <ShortcutsDialog open={help} onOpenChange={setHelp} />
    </div>
  );
}
