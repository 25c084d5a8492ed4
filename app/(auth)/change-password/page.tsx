import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { signOutAction } from "@/app/actions";
import { PasswordForm } from "@/components/profile/password-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
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
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 bg-muted/40 p-4">
      <div className="flex items-center gap-2 text-lg font-semibold">
        <span aria-hidden className="size-6 rounded-md bg-primary" />
        {t("app.name")}
      </div>
      <Card className="w-full max-w-md">
        <CardHeader>
          <CardTitle>
            <h1>{t("profile.changeRequired.title")}</h1>
          </CardTitle>
          <CardDescription>{t("profile.changeRequired.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <PasswordForm email={user.email} next="/" />
        </CardContent>
      </Card>
      <div className="flex items-center gap-4">
        <form action={signOutAction}>
          <Button type="submit" variant="outline">
            {t("profile.changeRequired.signOut")}
          </Button>
        </form>
        <LanguageSwitch />
      </div>
    </main>
  );
}
