import { z } from "zod";

/** Optimistic-concurrency version as read from an `integer` column: larger numbers would overflow in SQL. */
export const versionSchema = z.number().int().positive().max(2_147_483_647);
