"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { QueryError } from "@/components/common/query-error";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableHeader, TableRow } from "@/components/ui/table";

/** The parts of a TanStack (infinite) query result the table frame shows. */
type TableQuery = {
  isError: boolean;
  error: Error | null;
  isPending: boolean;
  isFetching: boolean;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  fetchNextPage?: () => unknown;
  refetch: () => unknown;
};

type Props = {
  query: TableQuery;
  /** Header cells (TableHead elements). */
  head: ReactNode;
  /** Body rows. */
  children: ReactNode;
  isEmpty: boolean;
  emptyText?: string;
  /** Names the table's scroll box for tables without buttons (see Table's scrollLabel). */
  scrollLabel?: string;
};

/**
 * A table fed by a query: the server's translated error, a busy state for assistive tech, a skeleton while the
 * first page loads, the empty state, and "Load more" for keyset-paginated lists.
 */
export function QueryTable({ query, head, children, isEmpty, emptyText, scrollLabel }: Props) {
  const t = useTranslations("common");
  return (
    <>
      {query.isError ? <QueryError error={query.error} onRetry={query.refetch} retrying={query.isFetching} /> : null}
      {/* min-w-0: as a grid or flex item the frame must not grow to the table's width; the table scrolls inside. */}
      <div className="min-w-0 rounded-lg border">
        <Table aria-busy={query.isFetching} scrollLabel={scrollLabel}>
          <TableHeader>
            <TableRow>{head}</TableRow>
          </TableHeader>
          <TableBody>{children}</TableBody>
        </Table>
        {query.isPending && !query.isError ? <Skeleton className="m-3 h-8" /> : null}
        {!query.isPending && !query.isError && isEmpty && emptyText ? (
          <p className="p-6 text-center text-sm text-muted-foreground">{emptyText}</p>
        ) : null}
      </div>
      {query.hasNextPage && query.fetchNextPage ? (
        <Button
          variant="outline"
          className="mt-3"
          onClick={() => query.fetchNextPage?.()}
          disabled={query.isFetchingNextPage}
        >
          {query.isFetchingNextPage ? t("loading") : t("loadMore")}
        </Button>
      ) : null}
    </>
  );
}
