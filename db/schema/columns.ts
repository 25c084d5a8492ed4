import { timestamp, uuid } from "drizzle-orm/pg-core";
import { workspaces } from "./tenancy";

/** The tenant column every table but users carries; deleting a workspace deletes its rows. */
export const workspaceRef = () =>
  uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });

/** Timestamps are always stored with time zone. */
export const ts = (name: string) => timestamp(name, { withTimezone: true });
