import type { DbOrTx } from "../connect";
import { routingRules } from "../schema";

const NAMES = {
  en: { criticism: "Criticism to the brand", praise: "Praise and questions to the channel's voice" },
  de: { criticism: "Kritik an die Marke", praise: "Lob und Fragen an die Stimme des Kanals" },
};

/**
 * The rules every workspace starts with (migration 0007 adds the same to workspaces that existed before): criticism
 * is answered in the name of the company, praise and questions by the persona who operates the channel.
 */
export async function insertDefaultRoutingRules(
  tx: DbOrTx,
  { workspaceId, locale }: { workspaceId: string; locale: string },
) {
  const names = locale === "de" ? NAMES.de : NAMES.en;
  await tx.insert(routingRules).values([
    { workspaceId, name: names.criticism, position: 1, categories: ["criticism"], target: "brand" },
    { workspaceId, name: names.praise, position: 2, categories: ["praise", "question"], target: "channel_voice" },
  ]);
}
