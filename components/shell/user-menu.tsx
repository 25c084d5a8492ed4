"use client";

import { LogOut, UserRound } from "lucide-react";
import Link from "next/link";
import { useParams, usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { signOutAction } from "@/app/actions";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/auth/permissions";
import { cn } from "@/lib/utils";
import { LanguageSwitch } from "./language-switch";

export type SpeakingVoice = { id: string; kind: "brand" | "persona"; displayName: string };

/** Who is signed in, in which role here, the language switch and sign out — always visible, no menu to open. */
export function UserMenu({
  user,
  role,
  voices,
}: {
  user: { name: string; email: string };
  role: Role;
  voices: SpeakingVoice[];
}) {
  const t = useTranslations("shell");
  const tVoices = useTranslations("voices");
  const tRole = useTranslations("roles");
  const tProfile = useTranslations("profile");
  const { workspace } = useParams<{ workspace: string }>();
  const profileHref = `/w/${workspace}/profile`;
  const onProfile = usePathname() === profileHref;
  return (
    <section aria-label={t("account")} className="grid gap-2 border-t pt-3">
      <div className="min-w-0 px-1">
        <p className="truncate text-sm font-medium" data-testid="current-user">
          {user.name}
        </p>
        <p className="truncate text-xs text-muted-foreground" data-testid="current-role">
          {tRole(role)}
        </p>
        {voices.length ? (
          <p className="text-xs text-muted-foreground" data-testid="speaking-as">
            {tVoices("youSpeakAs", { voices: voices.map((v) => v.displayName).join(", ") })}
          </p>
        ) : null}
      </div>
      <LanguageSwitch className="self-start" />
      <Button
        asChild
        variant="ghost"
        size="sm"
        className={cn("w-full justify-start", onProfile && "bg-sidebar-accent text-sidebar-accent-foreground")}
      >
        <Link href={profileHref} aria-current={onProfile ? "page" : undefined}>
          <UserRound aria-hidden />
          {tProfile("link")}
        </Link>
      </Button>
      <form action={signOutAction}>
        <Button type="submit" variant="ghost" size="sm" className="w-full justify-start">
          <LogOut aria-hidden />
          {t("signOut")}
        </Button>
      </form>
    </section>
  );
}
