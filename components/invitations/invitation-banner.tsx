import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/db";
import { listInvitationsForEmail } from "@/db/queries/invitations";

/** Above every workspace page while invitations to the signed-in person's email wait for an answer. */
export async function InvitationBanner({ email }: { email: string }) {
  const invitations = await listInvitationsForEmail(db, { email });
  if (invitations.length === 0) return null;
  const t = await getTranslations("invitations");
  return (
    <div
      role="status"
      className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border bg-muted/50 px-3 py-2 text-sm"
    >
      <span>{t("banner", { count: invitations.length })}</span>
      <Link href="/invitations" className="font-medium underline underline-offset-4">
        {t("bannerLink")}
      </Link>
    </div>
  );
}
