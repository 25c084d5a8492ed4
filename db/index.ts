import "server-only";

export { db } from "./client";
export type { Db } from "./connect";
