import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { PasswordForm } from "@/components/profile/password-form";
import { ProfileForm } from "@/components/profile/profile-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { TwoFactorCard } from "@/components/profile/two-factor-card";
import { db } from "@/db";
import { getTwoFactorStatus } from "@/db/queries/two-factor";
import { requireMembership } from "@/lib/auth/member";
import { isLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

/**
 * Every member's own profile; it lives under a workspace only so the shell stays around it. Reachable without
 * two-factor sign-in even where the workspace requires it: this is where a member turns it on.
 */
export default async function ProfilePage({ params }: { params: Promise<{ workspace: string }> }) {
  const { user, workspace } = await requireMembership((await params).workspace);
  const [t, t2, twoFactor] = await Promise.all([
    getTranslations("profile"),
    getTranslations("twoFactor"),
    getTwoFactorStatus(db, { userId: user.id }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6">
        <Card>
          <CardHeader>
            <CardTitle>
              <h2>{t("details")}</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <ProfileForm
              profile={{
                name: user.name,
                avatarUrl: user.avatarUrl,
                locale: isLocale(user.locale) ? user.locale : "en",
              }}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>
              <h2>{t("password.title")}</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <PasswordForm email={user.email} />
          </CardContent>
        </Card>
        <Card id="two-factor">
          <CardHeader>
            <CardTitle>
              <h2>{t2("title")}</h2>
            </CardTitle>
            <p className="text-sm text-muted-foreground">{t2("description")}</p>
          </CardHeader>
          <CardContent>
            <TwoFactorCard
              required={workspace.requireTwoFactor}
              status={{
                enabled: twoFactor.enabled,
                enabledAt: twoFactor.enabledAt?.toISOString() ?? null,
                recoveryCodesLeft: twoFactor.recoveryCodesLeft,
              }}
            />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
