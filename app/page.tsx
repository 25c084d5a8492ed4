import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/db";
import { listInvitationsForEmail } from "@/db/queries/invitations";
import { listMembershipsForUser } from "@/db/queries/memberships";
import { requireUser } from "@/lib/auth/member";
import { firstSectionFor } from "@/lib/auth/permissions";
import { signOutAction } from "./actions";
import { Button } from "@/components/ui/button";

/** Lands a signed-in user in the first section their role opens in their first workspace. */
export default async function HomePage() {
  const user = await requireUser();
  const memberships = await listMembershipsForUser(db, { userId: user.id });
  const first = memberships[0];
  if (first) redirect(`/w/${first.workspace.slug}/${firstSectionFor(first.role) ?? "settings"}`);
  // No workspace yet, but one is waiting for an answer.
  if ((await listInvitationsForEmail(db, { email: user.email })).length) redirect("/invitations");
  const t = await getTranslations("home");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-6">
      <h1 className="text-xl font-semibold">{t("noWorkspaceTitle")}</h1>
      <p className="text-muted-foreground">{t("noWorkspaceBody")}</p>
      <form action={signOutAction}>
        <Button type="submit" variant="outline">
          {t("signOut")}
        </Button>
      </form>
    </main>
  );
}
