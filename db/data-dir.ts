import path from "node:path";

/**
 * Where Curtain keeps local state: the embedded database, generated secrets, uploaded avatars. Kept apart from
 * db/embedded.ts so app code that needs the folder does not pull the PostgreSQL binaries into the server bundle;
 * the ignore comment stops Turbopack from tracing the whole project through this dynamic path.
 */
export const DATA_DIR = path.resolve(/* turbopackIgnore: true */ process.env.CURTAIN_DATA_DIR ?? ".data");
