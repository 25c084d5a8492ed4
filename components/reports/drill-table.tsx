import { getTranslations } from "next-intl/server";
import { Duration } from "@/components/common/duration";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DrillItem } from "@/db/queries/reports-drill";

type Priority = "urgent" | "high" | "normal" | "low";

/**
 * The conversations of a drill-down. Each links to the conversation when the viewer may open conversations
 * (an analyst reads reports but not the inbox, so sees the figures without the text).
 */
export async function DrillTable({
  items,
  conversationHref,
}: {
  items: (DrillItem & { answeredAt: string })[];
  conversationHref?: (id: string) => string;
}) {
  const t = await getTranslations("reports");
  const statuses = await getTranslations("inbox.statuses");
  return (
    <Table data-testid="drill-table">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("drill.conversation")}</TableHead>
          <TableHead scope="col">{t("drill.voice")}</TableHead>
          <TableHead scope="col">{t("drill.priority")}</TableHead>
          <TableHead scope="col">{t("drill.longest")}</TableHead>
          <TableHead scope="col">{t("drill.target")}</TableHead>
          <TableHead scope="col">{t("drill.responses")}</TableHead>
          <TableHead scope="col">{t("drill.answeredAt")}</TableHead>
          <TableHead scope="col">{t("drill.status")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id} className="break-inside-avoid">
            <TableHead scope="row" className="max-w-[22rem] whitespace-normal">
              {conversationHref ? (
                <a className="underline underline-offset-4" href={conversationHref(item.id)}>
                  <span className="font-medium">{item.contact}</span>:{" "}
                  {item.preview || t("drill.untitled", { id: item.id.slice(0, 8) })}
                </a>
              ) : (
                t("drill.untitled", { id: item.id.slice(0, 8) })
              )}
            </TableHead>
            <TableCell>
              {item.identityName ?? "—"} ({t(`kinds.${item.identityKind === "brand" ? "brand" : "persona"}`)})
            </TableCell>
            <TableCell>{t(`priorities.${item.priority as Priority}`)}</TableCell>
            <TableCell>
              <Duration seconds={item.longestSeconds} />
            </TableCell>
            <TableCell className="tabular-nums">
              {item.targetMinutes === null ? "—" : t("drill.targetMinutes", { minutes: item.targetMinutes })}
            </TableCell>
            <TableCell className="tabular-nums">{item.responses}</TableCell>
            <TableCell className="whitespace-nowrap">{item.answeredAt}</TableCell>
            <TableCell>{statuses(item.status as "open" | "pending" | "snoozed" | "resolved")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
