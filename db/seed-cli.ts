import { seedDemo, seedIfEmpty } from "./seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. `npm run dev` seeds the embedded database by itself.");
  process.exit(1);
}
const started = performance.now();
if (process.argv.includes("--force")) {
  console.log(await seedDemo(url));
} else if (!(await seedIfEmpty(url))) {
  console.log("The database already has workspaces; nothing seeded (use --force to add the demo anyway).");
  process.exit(0);
}
console.log(`Seeded in ${Math.round(performance.now() - started)} ms`);
