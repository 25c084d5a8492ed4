import path from "node:path";
import { curtainEnv } from "./env";

/**
 * Where Curtain keeps local state: the embedded database, generated secrets, uploaded avatars. Kept apart from
 * db/embedded.ts so app code that needs the folder does not pull the PostgreSQL binaries into the server bundle;
 * the ignore comment stops Turbopack from tracing the whole project through this dynamic path.
 */
export const DATA_DIR = path.resolve(/* turbopackIgnore: true */ curtainEnv().CURTAIN_DATA_DIR);
