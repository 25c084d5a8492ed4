import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/utils";

type Props = { title: string; description: string; children: ReactNode; footer: ReactNode; className?: string };

/** The page frame outside the dashboard (sign-in, required password change): the name, one card, a footer row. */
export async function AuthCard({ title, description, children, footer, className }: Props) {
  const t = await getTranslations("app");
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 bg-muted/40 p-4">
      <div className="flex items-center gap-2 text-lg font-semibold">
        <span aria-hidden className="size-6 rounded-md bg-primary" />
        {t("name")}
      </div>
      <Card className={cn("w-full max-w-sm", className)}>
        <CardHeader>
          <CardTitle>
            <h1>{title}</h1>
          </CardTitle>
          <CardDescription>{description}</CardDescription>
        </CardHeader>
        <CardContent>{children}</CardContent>
      </Card>
      {footer}
    </main>
  );
}
