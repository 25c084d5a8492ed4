"use client";

// Rendered when the root layout itself fails, so no providers (and no translations) are available: both languages.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Something went wrong · Etwas ist schiefgegangen</h1>
        <button type="button" onClick={reset}>
          Try again · Erneut versuchen
        </button>
      </body>
    </html>
  );
}
