import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Button } from "@/components/ui/button";
import { db } from "@/db";
import { getInvitationByTokenHash } from "@/db/queries/invitations";
import { hashInvitationToken } from "@/lib/invitations/token";

export async function generateMetadata(): Promise<Metadata> {
  // The token stays out of the title (history, tab lists); the page sends no referrer beyond the origin anyway.
  return { title: (await getTranslations("invitations.page"))("title"), referrer: "no-referrer" };
}

/**
 * The one-time link an admin copied. Public: the token is the authorization. The page looks the same for an email
 * with or without an account (the form's answer decides, see the action), so the link reveals no accounts.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const tokenHash = hashInvitationToken(token);
  const invitation = tokenHash ? await getInvitationByTokenHash(db, { tokenHash }) : undefined;
  const t = await getTranslations("invitations.link");
  const tRole = await getTranslations("roles");
  const footer = (
    <div className="flex flex-wrap items-center gap-4">
      <Button asChild variant="outline">
        <Link href="/login">{t("signIn")}</Link>
      </Button>
      <LanguageSwitch />
    </div>
  );
  if (!invitation) {
    return (
      <AuthCard title={t("invalidTitle")} description={t("invalidBody")} className="max-w-md" footer={footer}>
        {null}
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title={t("title", { workspace: invitation.workspaceName })}
      description={t("description", {
        workspace: invitation.workspaceName,
        role: tRole(invitation.role),
        email: invitation.email,
      })}
      className="max-w-md"
      footer={footer}
    >
      <div className="grid gap-4">
        <AcceptInvitationForm token={token} email={invitation.email} />
        <p className="text-sm text-muted-foreground">{t("haveAccount")}</p>
      </div>
    </AuthCard>
  );
}
