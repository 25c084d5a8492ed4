import { index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ts, workspaceRef } from "./columns";
import { channels } from "./channels";

/**
 * The simulated network behind the `sandbox` connector: what it "published". It lives in PostgreSQL (not in
 * memory) so every worker process and the app see the same network, and so its idempotency holds across crashes:
 * the same idempotency key always maps to the same external id.
 */
export const sandboxDeliveries = pgTable(
  "sandbox_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    externalId: text("external_id").notNull(),
    body: text("body").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sandbox_deliveries_key_unique").on(t.channelId, t.idempotencyKey),
    uniqueIndex("sandbox_deliveries_external_unique").on(t.externalId),
    index("sandbox_deliveries_workspace_idx").on(t.workspaceId, t.createdAt),
  ],
);
