import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { PasswordForm } from "@/components/profile/password-form";
import { ProfileForm } from "@/components/profile/profile-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/member";
import { isLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

/** Every member's own profile; it lives under a workspace only so the shell stays around it. */
export default async function ProfilePage({ params }: { params: Promise<{ workspace: string }> }) {
  const { user } = await requireMember((await params).workspace);
  const t = await getTranslations("profile");
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
      </div>
    </>
  );
}
