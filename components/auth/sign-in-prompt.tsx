import Link from "next/link";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * Shown in place of a form whose change worked but could not sign this browser in (a new account, a changed
 * password that ended the session): what happened, and the way to the sign-in page.
 */
export function SignInPrompt({ message, action }: { message: string; action: string }) {
  return (
    <Alert role="status">
      <AlertDescription className="grid gap-3">
        <p>{message}</p>
        <Button asChild className="justify-self-start">
          <Link href="/login">{action}</Link>
        </Button>
      </AlertDescription>
    </Alert>
  );
}
