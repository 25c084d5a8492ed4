import type { Category, Priority } from "../schema/enums";

/** Small deterministic PRNG (mulberry32) so every seed produces the same demo data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll <= 0) return value;
    }
    return entries[entries.length - 1]![0];
  };
  // Box–Muller; log-normal gives the long right tail real response times have.
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const logNormal = (median: number, sigma: number) => median * Math.exp(sigma * normal());
  return { next, int, pick, weighted, logNormal, chance: (p: number) => next() < p };
}

export type Random = ReturnType<typeof createRandom>;

/**
 * The demo's mix of what people write about, and how urgent it is: criticism runs hotter. One definition for the
 * seed and the benchmark generator, so both describe the same queue. Draws category, then priority.
 */
export function drawCategoryAndPriority(rnd: Random): { category: Category; priority: Priority } {
  const category = rnd.weighted<Category>([
    ["question", 40],
    ["criticism", 25],
    ["praise", 25],
    ["other", 10],
  ]);
  const priority = rnd.weighted<Priority>(
    category === "criticism"
      ? [
          ["urgent", 8],
          ["high", 40],
          ["normal", 52],
        ]
      : [
          ["high", 10],
          ["normal", 65],
          ["low", 25],
        ],
  );
  return { category, priority };
}
