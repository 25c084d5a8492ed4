import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { signOutAction } from "@/app/actions";
import { AuthCard } from "@/components/auth/auth-card";
import { PasswordForm } from "@/components/profile/password-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Button } from "@/components/ui/button";
import { currentUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile.changeRequired"))("title") };
}

/**
 * Where someone who signed in with an admin-issued initial password is held (requireUser sends them here, and
 * authorizeMember refuses every workspace action) until they choose their own. Outside the dashboard: there is
 * nothing they may open yet. Anyone else has no business here and goes home.
 */
export default async function ChangePasswordPage() {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (!user.mustChangePassword) redirect("/");
  const t = await getTranslations();
  return (
    <AuthCard
      title={t("profile.changeRequired.title")}
      description={t("profile.changeRequired.description")}
      className="max-w-md"
      footer={
        <div className="flex items-center gap-4">
          <form action={signOutAction}>
            <Button type="submit" variant="outline">
              {t("profile.changeRequired.signOut")}
            </Button>
          </form>
          <LanguageSwitch />
        </div>
      }
    >
      <PasswordForm email={user.email} next="/" firstSignIn />
    </AuthCard>
  );
}
