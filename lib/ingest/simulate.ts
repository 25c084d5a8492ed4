import { randomInt, randomUUID } from "node:crypto";

/**
 * The simulator's stream: realistic platform events for the sandbox channels — praise, criticism, questions,
 * follow-ups on earlier threads, answers the team wrote on the platform (some signed by a persona) and a pool of
 * returning contacts. Pure (the caller ingests), so the stream can be tested and reused by benchmarks.
 */
const PRAISE = [
  "Just got my order — the quality is amazing, thank you!",
  "Best customer service I've had all year 🙌",
  "Loving the new autumn collection!",
  "Your team fixed my problem in minutes. Impressed.",
  "Second order this month, still perfect.",
];
const CRITICISM = [
  "My parcel is a week late and nobody answers my emails.",
  "The zipper broke after two days. Not happy.",
  "Charged twice for the same order?!",
  "Your app keeps logging me out, fix it please.",
  "Really disappointed with the size chart, nothing fits.",
];
const QUESTIONS = [
  "Do you ship to Switzerland?",
  "Is the black jacket coming back in size M?",
  "How long does a refund usually take?",
  "Can I change the address on an order I placed today?",
  "Are your shoes vegan?",
];
const FOLLOW_UPS = [
  "Any news on this?",
  "Still waiting for an answer…",
  "Thanks, that worked!",
  "Sent you a DM with my order number.",
  "Great, appreciate the quick help.",
];
const ANSWERS = [
  "Sorry about that! Could you send us your order number in a DM?",
  "Thanks so much for the kind words!",
  "Yes, we ship there — delivery takes 3–5 business days.",
  "We've passed this on to our team and will get back to you today.",
];
const FIRST = ["alex", "sam", "jo", "maria", "lena", "tom", "kim", "noah", "mia", "luca", "zoe", "ben", "ida", "max"];
const KINDS = ["comment", "mention", "dm", "review"] as const;

export type SimChannel = { id: string; handle: string };
export type SimEvent = {
  externalId: string;
  direction: "inbound" | "outbound";
  kind: (typeof KINDS)[number];
  text: string;
  createdAt: string;
  author: { id: string; handle: string; name: string };
  inReplyTo?: string;
  automated?: boolean;
};

const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)]!;

export class EventStream {
  private readonly contacts: { id: string; handle: string; name: string }[];
  /** Recent external ids per channel, so follow-ups and answers thread onto real conversations. */
  private readonly recent = new Map<string, { externalId: string; direction: "inbound" | "outbound" }[]>();

  constructor(
    private readonly channels: SimChannel[],
    private readonly signOffs: string[],
    contactPool = 400,
  ) {
    const run = randomUUID().slice(0, 6);
    this.contacts = Array.from({ length: contactPool }, (_, i) => {
      const first = FIRST[i % FIRST.length]!;
      return { id: `sim-${run}-${i}`, handle: `@${first}_${i}`, name: first[0]!.toUpperCase() + first.slice(1) };
    });
  }

  /** The next `n` events, grouped per channel (each group is one inbound batch). */
  next(n: number, now = new Date()): Map<SimChannel, SimEvent[]> {
    const out = new Map<SimChannel, SimEvent[]>();
    for (let i = 0; i < n; i++) {
      const channel = pick(this.channels);
      const event = this.one(channel, new Date(now.getTime() + i));
      out.set(channel, [...(out.get(channel) ?? []), event]);
    }
    return out;
  }

  private one(channel: SimChannel, at: Date): SimEvent {
    const recent = this.recent.get(channel.id) ?? [];
    const roll = Math.random();
    const base = { externalId: `sim-${randomUUID()}`, createdAt: at.toISOString(), kind: pick(KINDS) };
    let event: SimEvent;
    const unanswered = recent.filter((r) => r.direction === "inbound");
    if (roll < 0.2 && unanswered.length) {
      // The team answered on the platform itself; now and then a persona signs it.
      const parent = pick(unanswered);
      const signOff = this.signOffs.length && Math.random() < 0.4 ? ` ${pick(this.signOffs)}` : "";
      event = {
        ...base,
        direction: "outbound",
        text: `${pick(ANSWERS)}${signOff}`,
        author: { id: channel.id, handle: channel.handle, name: channel.handle },
        inReplyTo: parent.externalId,
      };
    } else if (roll < 0.35 && recent.length) {
      // A follow-up from someone in an earlier thread (the returning contact writes again).
      const parent = pick(recent);
      event = {
        ...base,
        direction: "inbound",
        text: pick(FOLLOW_UPS),
        author: pick(this.contacts),
        inReplyTo: parent.externalId,
      };
    } else {
      const text = pick([PRAISE, CRITICISM, QUESTIONS, QUESTIONS]);
      // A small core of the pool writes most often: returning contacts, not only one-off fans.
      const author = Math.random() < 0.5 ? this.contacts[randomInt(20)]! : pick(this.contacts);
      event = { ...base, direction: "inbound", text: pick(text), author };
    }
    recent.push({ externalId: event.externalId, direction: event.direction });
    if (recent.length > 200) recent.shift();
    this.recent.set(channel.id, recent);
    return event;
  }
}
