import fs from "node:fs";
import { once } from "node:events";

const BRANDS = [
  "AppleSupport",
  "AmazonHelp",
  "Uber_Support",
  "SpotifyCares",
  "Delta",
  "Tesco",
  "VirginTrains",
  "British_Airways",
  "comcastcares",
  "AskPlayStation",
];
const SIGN_OFFS = ["^MM", "-Becky", "^JAY", "*KellenF", "~ Ellen", "^kl", "", "", ""];
const QUESTIONS = [
  "my order has not arrived and nobody answers",
  "the app keeps crashing since the update, any fix?",
  "thanks for the quick help yesterday!",
  "why was I charged twice this month?",
];
const twitterDate = (d: Date) => {
  const s = d.toUTCString(); // "Tue, 31 Oct 2017 22:10:47 GMT"
  const [dow, day, mon, year, time] = s.replace(",", "").split(" ");
  return `${dow} ${mon} ${day} ${time} +0000 ${year}`;
};
const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * Writes a twcs-shaped CSV with `rows` rows (threads of customer question → brand reply → follow-up → reply, in
 * shuffled order within each block as the real file has it), streamed so generating it needs no memory either.
 */
export async function writeTwcsFile(file: string, rows: number) {
  const out = fs.createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, "drain");
  };
  await write("tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n");
  let id = 1;
  let written = 0;
  let t = Date.UTC(2017, 9, 1);
  for (let thread = 0; written < rows; thread++) {
    const brand = BRANDS[thread % BRANDS.length]!;
    const customer = String(100_000 + (thread % 250_000));
    const signOff = SIGN_OFFS[thread % SIGN_OFFS.length]!;
    const size = Math.min(2 + (thread % 3), rows - written); // 2–4 rows per thread
    const lines: string[] = [];
    for (let i = 0; i < size; i++) {
      const inbound = i % 2 === 0;
      const at = new Date(t + i * (15 + (thread % 240)) * 60_000);
      const text = inbound
        ? `@${brand} ${QUESTIONS[(thread + i) % QUESTIONS.length]}`
        : `@${customer} Sorry to hear that, please DM us ${signOff}`.trim();
      const parent = i === 0 ? "" : String(id + i - 1);
      const child = i === size - 1 ? "" : String(id + i + 1);
      lines.push(
        `${id + i},${inbound ? customer : brand},${inbound ? "True" : "False"},${twitterDate(at)},${quote(text)},${child},${parent}`,
      );
    }
    // Replies before their parents in the file, as in the real data set.
    for (const line of thread % 2 ? lines.reverse() : lines) await write(`${line}\n`);
    id += size;
    written += size;
    t += 37_000;
  }
  out.end();
  await once(out, "finish");
}
