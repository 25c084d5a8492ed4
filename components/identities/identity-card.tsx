import type { ReactNode } from "react";
import { Archive } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Duration } from "@/components/common/duration";
import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ACTIVITY_DAYS, type IdentityWithTeam } from "@/db/queries/identities";

/** Up to two initials, by user-perceived characters so emoji and accented names are not cut in half. */
export function initials(name: string) {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
  const first = (part: string) => segmenter.segment(part)[Symbol.iterator]().next().value?.segment ?? "";
  return name.trim().split(/\s+/).slice(0, 2).map(first).join("").toUpperCase();
}

/** A voice at a glance: who it is, how it speaks, who may speak as it and on which accounts. */
export async function IdentityCard({ identity, actions }: { identity: IdentityWithTeam; actions?: ReactNode }) {
  const t = await getTranslations("identities");
  const tPlatform = await getTranslations("platforms");
  const guide = identity.voiceGuide;
  const retired = identity.status === "retired";
  return (
    // Retired: a dashed frame and a badge with an icon say it, not faded text (opacity put it at 3.3:1, issue 6).
    <Card
      className={retired ? "h-full border-dashed border-muted-foreground/60" : "h-full"}
      data-testid="identity-card"
      data-status={identity.status}
    >
      <CardHeader className="flex flex-row items-start gap-3">
        <Avatar className="size-10">
          {identity.avatarUrl ? <AvatarImage src={identity.avatarUrl} alt="" /> : null}
          <AvatarFallback>{initials(identity.displayName)}</AvatarFallback>
        </Avatar>
        <div className="min-w-0 flex-1">
          <CardTitle className="flex flex-wrap items-center gap-2">
            <h2>{identity.displayName}</h2>
            <Badge variant={identity.kind === "brand" ? "default" : "secondary"}>{t(`kinds.${identity.kind}`)}</Badge>
            {retired ? (
              <Badge variant="warning">
                <Archive aria-hidden />
                {t("retired")}
              </Badge>
            ) : (
              <Badge variant="outline">{t("active")}</Badge>
            )}
          </CardTitle>
          <CardDescription>{identity.handle}</CardDescription>
        </div>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        {retired ? (
          <p className="rounded-md border border-warning/30 bg-warning/10 px-2 py-1 text-warning">{t("retiredHint")}</p>
        ) : null}
        {identity.bio ? <p>{identity.bio}</p> : null}
        <section
          aria-label={t("activityTitle", { days: ACTIVITY_DAYS })}
          className="grid grid-cols-3 gap-2 rounded-md bg-muted/50 p-2 text-center"
        >
          <p className="col-span-3 text-xs text-muted-foreground">{t("activityTitle", { days: ACTIVITY_DAYS })}</p>
          <Stat label={t("replies")} value={identity.activity.replies} />
          <Stat label={t("medianResponse")} value={<Duration seconds={identity.activity.medianResponseSeconds} />} />
          <Stat label={t("posts")} value={identity.activity.posts} />
        </section>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {guide.tone ? (
            <>
              <dt className="text-muted-foreground">{t("tone")}</dt>
              <dd>{guide.tone}</dd>
            </>
          ) : null}
          {identity.signOff ? (
            <>
              <dt className="text-muted-foreground">{t("signOff")}</dt>
              {/* nowrap: "-Becky" broke after its hyphen into "- / Becky". */}
              <dd className="font-mono whitespace-nowrap">{identity.signOff}</dd>
            </>
          ) : null}
          {guide.banned.length ? (
            <>
              <dt className="text-muted-foreground">{t("banned")}</dt>
              <dd>{guide.banned.join(", ")}</dd>
            </>
          ) : null}
          {identity.disclosure ? (
            <>
              <dt className="text-muted-foreground">{t("disclosure")}</dt>
              <dd>{identity.disclosure}</dd>
            </>
          ) : null}
          {identity.languages.length ? (
            <>
              <dt className="text-muted-foreground">{t("languages")}</dt>
              <dd className="uppercase">{identity.languages.join(", ")}</dd>
            </>
          ) : null}
          {identity.kind === "persona" ? (
            <>
              <dt className="text-muted-foreground">{t("operators")}</dt>
              <dd>{identity.operators.length ? identity.operators.map((o) => o.name).join(", ") : t("noOperators")}</dd>
            </>
          ) : null}
          <dt className="text-muted-foreground">{t("accounts")}</dt>
          <dd>
            {identity.accounts.length ? (
              <ul>
                {identity.accounts.map((a) => (
                  <li key={a.id}>
                    {tPlatform(a.platform)} · {a.handle}
                  </li>
                ))}
              </ul>
            ) : (
              t("noAccounts")
            )}
          </dd>
        </dl>
        {/* Two even columns: four actions do not fit one row of a card, and a lone wrapped "Retire" looked stray. */}
        {actions ? (
          <div className="grid grid-cols-2 gap-2 border-t pt-3 *:w-full *:justify-start">{actions}</div>
        ) : null}
      </CardContent>
    </Card>
  );
}

function Stat({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <p className="font-semibold tabular-nums">{value}</p>
      <p className="text-xs text-muted-foreground">{label}</p>
    </div>
  );
}
