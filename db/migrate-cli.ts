import { migrateDatabase } from "./migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. `npm run dev` migrates the embedded database by itself.");
  process.exit(1);
}
const started = performance.now();
await migrateDatabase(url);
console.log(`Migrations applied in ${Math.round(performance.now() - started)} ms`);
