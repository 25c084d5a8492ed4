import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** The one-row-per-conversation CSV of the current view, with the number of rows it will hold. */
export async function ConversationExport({ count, href }: { count: number; href: string }) {
  const t = await getTranslations("reports");
  return (
    <Card className="print:hidden">
      <CardHeader>
        <CardTitle>
          <h2>{t("conversationExport.title")}</h2>
        </CardTitle>
        <CardDescription>{t("conversationExport.hint")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap items-center gap-3 text-sm">
        <p data-testid="conversation-count" data-count={count}>
          {t("conversationExport.count", { count })}
        </p>
        <a href={href} download className="font-medium underline underline-offset-4">
          {t("conversationExport.download")}
        </a>
      </CardContent>
    </Card>
  );
}
