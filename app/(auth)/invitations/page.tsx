import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions";
import { AuthCard } from "@/components/auth/auth-card";
import { InvitationList } from "@/components/invitations/invitation-list";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Button } from "@/components/ui/button";
import { db } from "@/db";
import { listInvitationsForEmail } from "@/db/queries/invitations";
import { listMembershipsForUser } from "@/db/queries/memberships";
import { requireUser } from "@/lib/auth/member";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations.page"))("title") };
}

/** Invitations to the signed-in person's email: accept or decline. Outside a workspace, since none may be open yet. */
export default async function InvitationsPage() {
  const user = await requireUser();
  const [invitations, memberships, t] = await Promise.all([
    listInvitationsForEmail(db, { email: user.email }),
    listMembershipsForUser(db, { userId: user.id }),
    getTranslations("invitations.page"),
  ]);
  return (
    <AuthCard
      title={t("title")}
      description={t("description")}
      className="max-w-md"
      footer={
        <div className="flex flex-wrap items-center gap-4">
          {memberships.length ? (
            <Button asChild variant="outline">
              <Link href="/">{t("home")}</Link>
            </Button>
          ) : (
            <form action={signOutAction}>
              <Button type="submit" variant="outline">
                {t("signOut")}
              </Button>
            </form>
          )}
          <LanguageSwitch />
        </div>
      }
    >
      <InvitationList invitations={invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() }))} />
    </AuthCard>
  );
}
