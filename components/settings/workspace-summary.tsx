import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PRIORITIES } from "@/db/schema/enum-values";
import type { Workspace } from "@/db/schema";

const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;

export async function WorkspaceSummary({ workspace }: { workspace: Workspace }) {
  const t = await getTranslations("settings");
  const tInbox = await getTranslations("inbox");
  const tLocale = await getTranslations("locale");
  const tSla = await getTranslations("routing.sla");
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("workspace")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-muted-foreground">{t("name")}</dt>
          <dd>{workspace.name}</dd>
          <dt className="text-muted-foreground">{t("timezone")}</dt>
          <dd>{workspace.timezone}</dd>
          <dt className="text-muted-foreground">{t("defaultLanguage")}</dt>
          <dd>{workspace.defaultLocale === "de" ? tLocale("de") : tLocale("en")}</dd>
          <dt className="text-muted-foreground">{t("businessHours")}</dt>
          <dd>
            <ul>
              {WEEKDAYS.map((day) => (
                <li key={day}>
                  <span className="inline-block w-24">{t(`weekdays.${day}`)}</span>
                  {workspace.businessHours[day]?.map(([start, end]) => `${start}–${end}`).join(", ") || t("closed")}
                </li>
              ))}
            </ul>
          </dd>
          <dt className="text-muted-foreground">{t("slaTargets")}</dt>
          <dd>
            <ul>
              {PRIORITIES.map((p) => (
                <li key={p}>
                  <span className="inline-block w-24">{tInbox(`priorities.${p}`)}</span>
                  {t("minutes", { count: workspace.slaTargets[p] })}
                </li>
              ))}
            </ul>
          </dd>
          <dt className="text-muted-foreground">{tSla("legend")}</dt>
          <dd>{workspace.slaBusinessHours ? tSla("businessHoursOnly") : tSla("aroundTheClock")}</dd>
          <dt className="text-muted-foreground">{tSla("closedDays")}</dt>
          <dd>{workspace.closedDays.length ? workspace.closedDays.join(", ") : tSla("noClosedDays")}</dd>
        </dl>
      </CardContent>
    </Card>
  );
}
