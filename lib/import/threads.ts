import type { SkipReason, StagedRow } from "./formats";

export type ThreadRow = Omit<StagedRow, "platform"> & { platform: string };

/** One conversation rebuilt from a thread: the messages one brand account exchanged, oldest first. */
export type RebuiltConversation = {
  platform: string;
  /** Handle of the brand account (the channel). */
  brand: string;
  contactHandle: string;
  contactName: string | null;
  messages: ThreadRow[];
};

export type RebuiltThread = { conversations: RebuiltConversation[]; skipped: { line: number; reason: SkipReason }[] };

/**
 * Turns the rows of one thread (all rows sharing a root, any order) into conversations, per API-CONTRACT:
 * replies earlier than what they answer are skipped; a thread several brand accounts answer is split by brand —
 * a customer message goes to the brand whose reply it answers, and messages before any brand reply (the opening
 * question) go to every brand that answered; a thread no brand answered goes to the brand account the opening
 * message addresses (`hasChannel` says whether that account exists), else it is skipped.
 */
export function rebuildThread(
  rows: readonly ThreadRow[],
  hasChannel: (platform: string, handle: string) => boolean,
): RebuiltThread {
  const byId = new Map(rows.map((row) => [row.externalId, row]));
  const skipped: RebuiltThread["skipped"] = [];
  const kept = rows.filter((row) => {
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (parent && row.createdAt.getTime() < parent.createdAt.getTime()) {
      skipped.push({ line: row.line, reason: "reply_before_parent" });
      return false;
    }
    return true;
  });

  // The brand whose reply a message answers: the nearest outbound ancestor (or the row itself, if outbound).
  const brandOf = new Map<string, string | null>();
  const brandOnPath = (row: ThreadRow): string | null => {
    const known = brandOf.get(row.externalId);
    if (known !== undefined) return known;
    brandOf.set(row.externalId, null); // guards against cycles while walking up
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    const brand = !row.inbound ? row.author : parent ? brandOnPath(parent) : null;
    brandOf.set(row.externalId, brand);
    return brand;
  };

  const sorted = [...kept].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.line - b.line);
  const first = sorted[0];
  if (!first) return { conversations: [], skipped };
  const platform = first.platform;
  const answering = [...new Set(sorted.filter((row) => !row.inbound).map((row) => row.author))];
  if (answering.length === 0) {
    const hint = sorted.find((row) => row.channelHint && hasChannel(platform, row.channelHint))?.channelHint;
    if (!hint)
      return {
        conversations: [],
        skipped: [...skipped, ...sorted.map((row) => ({ line: row.line, reason: "no_brand_channel" as const }))],
      };
    answering.push(hint);
  }

  const conversations = answering.map((brand) => {
    const messages = sorted.filter((row) => {
      const onPath = brandOnPath(row);
      return onPath === brand || (row.inbound && onPath === null);
    });
    const customer = messages.find((row) => row.inbound);
    const mentioned = messages[0]?.body.match(/(?:^|\s)@(\d{1,30})\b/)?.[1];
    const contactHandle = customer?.author ?? mentioned ?? "unknown";
    return {
      platform,
      brand,
      contactHandle,
      contactName: customer?.authorName ?? null,
      messages,
    };
  });
  return { conversations: conversations.filter((c) => c.messages.length > 0), skipped };
}
