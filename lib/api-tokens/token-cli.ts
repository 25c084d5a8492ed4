/**
 * `npm run token -- --workspace <slug> --user <email> --name <name> --scopes <a,b,…|all> [--expires-in-days N]`
 *
 * Prints a new API token alone on the last line of stdout (messages go to stderr). Exit code 2 with a message for
 * an unknown workspace, user or scope, or a scope beyond the user's role. Uses DATABASE_URL, else the running
 * Curtain's embedded server, else starts one (db/cli-database.ts).
 */
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { openCliDatabase } from "../../db/cli-database";
import { createDb } from "../../db/connect";
import { createApiToken } from "../../db/queries/api-tokens";
import { getMembership } from "../../db/queries/memberships";
import { findUserByEmail } from "../../db/queries/users";
import { workspaces } from "../../db/schema";
import { checkScopes } from "./token";

const USAGE =
  "usage: npm run token -- --workspace <slug> --user <email> --name <name> --scopes <a,b,…|all> [--expires-in-days N]";

class CliRefusal extends Error {}

function refuse(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function args() {
  try {
    return parseArgs({
      options: {
        workspace: { type: "string" },
        user: { type: "string" },
        name: { type: "string" },
        scopes: { type: "string" },
        "expires-in-days": { type: "string" },
      },
    }).values;
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error));
  }
}

const values = args();
const slug = values.workspace?.trim();
const email = values.user?.trim().toLowerCase();
const name = values.name?.trim();
if (!slug || !email || !name || !values.scopes) refuse("--workspace, --user, --name and --scopes are required.");
if (name.length > 80) refuse("--name is at most 80 characters.");
const days = values["expires-in-days"];
if (days !== undefined && !/^[1-9]\d{0,4}$/.test(days)) refuse("--expires-in-days must be a whole number of days.");
const scopes = values.scopes.split(",").map((s) => s.trim());

const database = await openCliDatabase();
const db = createDb(database.url, { max: 1 });
let code = 0;
try {
  const [workspace] = await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, slug));
  if (!workspace) throw new CliRefusal(`Unknown workspace "${slug}".`);
  const user = await findUserByEmail(db, { email });
  if (!user) throw new CliRefusal(`Unknown user "${email}".`);
  const membership = await getMembership(db, { userId: user.id, workspaceId: workspace.id });
  if (!membership) throw new CliRefusal(`${email} is not an active member of "${slug}".`);
  const checked = checkScopes(scopes, membership.role);
  if (!checked.ok) {
    const problems = [
      checked.unknown.length ? `unknown scope(s): ${checked.unknown.join(", ")}` : "",
      checked.notInRole.length ? `beyond the ${membership.role} role: ${checked.notInRole.join(", ")}` : "",
    ].filter(Boolean);
    throw new CliRefusal(`Refused scopes — ${problems.join("; ") || "none given"}.`);
  }
  const made = await createApiToken(db, {
    workspaceId: workspace.id,
    userId: user.id,
    name,
    scopes: checked.scopes,
    expiresAt: days ? new Date(Date.now() + Number(days) * 86_400_000) : null,
    actorUserId: user.id,
  });
  if (!made.ok) throw new CliRefusal(`Could not create the token (${made.code}).`);
  console.error(
    `Token "${name}" for ${email} in ${slug}: scopes ${made.value.scopes.join(", ")}, ` +
      `${made.value.expiresAt ? `expires ${made.value.expiresAt.toISOString()}` : "no expiry"}. Shown once:`,
  );
  console.log(made.value.token);
} catch (error) {
  if (error instanceof CliRefusal) {
    console.error(error.message);
    code = 2;
  } else {
    console.error("Creating the token failed:", error);
    code = 1;
  }
} finally {
  await db.$client.end({ timeout: 5 });
  await database.close();
}
process.exit(code);
