import { randomBytes } from "node:crypto";
import { e2eSql } from "./fixtures";

/** A fresh open conversation (unique contact) on the demo brand's seeded sandbox X account, routed to Becky. */
export async function seedConversation() {
  const tag = randomBytes(4).toString("hex");
  const sql = e2eSql();
  try {
    const [row] = await sql<{ id: string }[]>`
      with ws as (select id from workspaces where slug = 'demo-brand'),
      -- The seeded sandbox account: other specs add more brand channels on X (e.g. webhook ones).
      ch as (select c.id from channels c join identities i on i.id = c.identity_id where c.workspace_id = (select id from ws) and c.platform = 'x' and i.kind = 'brand' and c.connector = 'sandbox' order by c.created_at limit 1),
      becky as (select id from identities where workspace_id = (select id from ws) and display_name = 'Becky'),
      contact as (
        insert into contacts (workspace_id, platform, handle, display_name)
        values ((select id from ws), 'x', ${`@e2e_${tag}`}, ${`E2E Fan ${tag}`}) returning id
      ),
      conv as (
        insert into conversations (workspace_id, channel_id, contact_id, kind, identity_id, preview, waiting_since, last_message_at)
        values ((select id from ws), (select id from ch), (select id from contact), 'comment', (select id from becky), ${`Where is my parcel ${tag}?`}, now() - interval '20 minutes', now() - interval '20 minutes')
        returning id
      ),
      msg as (
        insert into messages (workspace_id, conversation_id, channel_id, direction, body, external_id, sent_at)
        values ((select id from ws), (select id from conv), (select id from ch), 'inbound', ${`Where is my parcel ${tag}?`}, ${`e2e-in-${tag}`}, now() - interval '20 minutes')
      )
      select id from conv`;
    return { id: row!.id, tag, url: `/w/demo-brand/inbox/${row!.id}` };
  } finally {
    await sql.end();
  }
}
