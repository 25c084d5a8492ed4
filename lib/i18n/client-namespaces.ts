/**
 * The message namespaces each part of the app sends to the browser. Every page used to get all of them (~60 kB of
 * JSON inside each page's RSC payload, parsed before hydration); now the root layout sends what the shell and the
 * pages outside a section read with `useTranslations`, and each section adds its own (components/i18n/section-messages.tsx).
 * client-namespaces.test.ts follows the imports from each part and fails when a namespace a client component may
 * read is missing here.
 */
export const CLIENT_NAMESPACES = {
  root: [
    "actions",
    "common",
    "conversation",
    "errors",
    "invitations",
    "locale",
    "login",
    "members",
    "nav",
    "profile",
    "roles",
    "routing",
    "shell",
    "twoFactor",
    "voices",
  ],
  inbox: ["inbox", "platforms", "queue"],
  calendar: ["calendar", "platforms", "publishing"],
  identities: ["identities", "identityForm", "units"],
  reports: ["reports", "reportsCommunity", "units"],
  settings: ["api", "audit", "channels", "import", "inbox", "platforms", "publishing", "settings", "webhooks"],
} as const;

export type MessageSection = Exclude<keyof typeof CLIENT_NAMESPACES, "root">;

export function pickMessages<M extends Record<string, unknown>>(messages: M, namespaces: readonly string[]) {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]])) as Partial<M>;
}

/** What a section's client components can read: the root's namespaces (sent once, by the root layout) and its own. */
export const sectionNamespaces = (section: MessageSection) => [
  ...CLIENT_NAMESPACES.root,
  ...CLIENT_NAMESPACES[section],
];
