import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { currentUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage() {
  if (await currentUser()) redirect("/");
  const t = await getTranslations();
  return (
    <AuthCard title={t("login.title")} description={t("app.tagline")} footer={<LanguageSwitch />}>
      <LoginForm />
    </AuthCard>
  );
}
