import { sql } from "drizzle-orm";

/** Matches at most this many messages and contacts per search: the cost stays bounded however common the word. */
export const SEARCH_CANDIDATES = 500;

/** `text` as a literal ILIKE pattern: the user's % and _ are matched as themselves. */
export function containsPattern(text: string) {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Conversation ids whose messages or contact (name or handle) contain `q`, found through the pg_trgm GIN indexes
 * messages_body_trgm_idx and contacts_name_trgm_idx (both exist in PostgreSQL 15 and the embedded 18). Each side is
 * limited before the join, so a search costs two bounded index lookups and the view's filters then apply to at
 * most 2 × SEARCH_CANDIDATES ids. The trade-off: a very common word finds the first matches, not all of them —
 * the point of search is to narrow down, and the page says "refine your search" when that happens.
 */
export function searchCandidates(workspaceId: string, q: string) {
  const pattern = containsPattern(q);
  return sql`(
    (select m.conversation_id from messages m
      where m.workspace_id = ${workspaceId} and m.body ilike ${pattern} limit ${SEARCH_CANDIDATES})
    union
    (select c.id from conversations c
      where c.contact_id in (
        select ct.id from contacts ct
        where ct.workspace_id = ${workspaceId} and (ct.display_name ilike ${pattern} or ct.handle ilike ${pattern})
        limit ${SEARCH_CANDIDATES})
      limit ${SEARCH_CANDIDATES})
  )`;
}
