import type { DbOrTx } from "../connect";
import { savedReplies } from "../schema";
import type { SeededTenants } from "./tenants";

/** A few saved replies for the demo brand: two shared, one only for Becky (so the composer shows the filter). */
export async function seedSavedReplies(tx: DbOrTx, tenants: SeededTenants) {
  const workspaceId = tenants.workspaceIds.demo;
  await tx.insert(savedReplies).values([
    { workspaceId, title: "Thanks", body: "Thank you, {{contact.name}}! We really appreciate it." },
    {
      workspaceId,
      title: "Order status",
      body: "Hi {{contact.name}}, could you send us your order number by DM? We'll check right away.",
    },
    {
      workspaceId,
      title: "Becky: on it",
      body: "Hey {{contact.name}}, {{identity.name}} here. I'm on it and will get back to you today!",
      identityId: tenants.identities.becky.id,
    },
  ]);
}
