import { getTranslations } from "next-intl/server";
import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { IdentityWithTeam } from "@/db/queries/identities";

function initials(name: string) {
  return name
    .split(/\s+/)
    .map((part) => part[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
}

/** A voice at a glance: who it is, how it speaks, who may speak as it and on which accounts. */
export async function IdentityCard({ identity }: { identity: IdentityWithTeam }) {
  const t = await getTranslations("identities");
  const tPlatform = await getTranslations("platforms");
  const guide = identity.voiceGuide;
  return (
    <Card className="h-full">
      <CardHeader className="flex flex-row items-start gap-3">
        <Avatar className="size-10">
          {identity.avatarUrl ? <AvatarImage src={identity.avatarUrl} alt="" /> : null}
          <AvatarFallback>{initials(identity.displayName)}</AvatarFallback>
        </Avatar>
        <div className="min-w-0 flex-1">
          <CardTitle className="flex flex-wrap items-center gap-2">
            <h2>{identity.displayName}</h2>
            <Badge variant={identity.kind === "brand" ? "default" : "secondary"}>{t(`kinds.${identity.kind}`)}</Badge>
            {identity.status === "retired" ? <Badge variant="outline">{t("retired")}</Badge> : null}
          </CardTitle>
          <CardDescription>{identity.handle}</CardDescription>
        </div>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        {identity.bio ? <p>{identity.bio}</p> : null}
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
              <dd className="font-mono">{identity.signOff}</dd>
            </>
          ) : null}
          {guide.banned.length ? (
            <>
              <dt className="text-muted-foreground">{t("banned")}</dt>
              <dd>{guide.banned.join(", ")}</dd>
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
      </CardContent>
    </Card>
  );
}
