import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

type Props = { code: string; title: string; body: string; backLabel: string; action?: ReactNode };

/** Full-page message for 403 / 404 / unexpected errors. */
export function StatusPage({ code, title, body, backLabel, action }: Props) {
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col justify-center gap-3 p-6">
      <p className="text-sm font-semibold text-muted-foreground">{code}</p>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-muted-foreground">{body}</p>
      <div className="flex gap-2">
        {action}
        <Button asChild variant="outline">
          <Link href="/">{backLabel}</Link>
        </Button>
      </div>
    </main>
  );
}
