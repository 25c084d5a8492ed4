import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";

const MESSAGES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "messages");

const loaded = new Map<string, Map<string, unknown>>();
/** Flattened messages of one locale (all of its feature files merged, as lib/i18n/messages.ts merges them). */
function messagesOf(locale: string) {
  if (!loaded.has(locale)) {
    const dir = path.join(MESSAGES_DIR, locale);
    const merged = Object.assign(
      {},
      ...fs
        .readdirSync(dir)
        .sort()
        .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))),
    );
    loaded.set(locale, flatten(merged));
  }
  return loaded.get(locale)!;
}

/** Nested message objects as "a.b.c" → value; anything that is neither an object nor a string is kept as is. */
function flatten(value: unknown, prefix = "", out = new Map<string, unknown>()) {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

/**
 * The arguments an ICU message uses, as "name" or "name:type" (plural, select, number, …), plus rich-text tags as
 * "<tag>". Follows ICU apostrophe quoting ('{' is a literal brace, '' an apostrophe) and recurses into
 * plural/select branches. Throws on unbalanced braces.
 */
function icuArguments(message: string): string[] {
  const found = new Set<string>();
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${pos} in ${JSON.stringify(message)}`);
  };
  const readUntil = (stops: string) => {
    const start = pos;
    while (pos < message.length && !stops.includes(message[pos]!)) pos++;
    if (pos >= message.length) fail("unterminated argument");
    return message.slice(start, pos).trim();
  };
  // Reads text up to the `}` that closes the current branch (or the end at top level).
  const text = (nested: boolean) => {
    while (pos < message.length) {
      const c = message[pos]!;
      if (c === "'" && message[pos + 1] === "'") pos += 2;
      else if (c === "'" && "{}#|".includes(message[pos + 1] ?? "")) {
        const end = message.indexOf("'", pos + 1);
        pos = end === -1 ? message.length : end + 1;
      } else if (c === "{") {
        pos++;
        argument();
      } else if (c === "}") {
        if (!nested) fail("unbalanced }");
        return;
      } else pos++;
    }
    if (nested) fail("unterminated branch");
  };
  const argument = () => {
    const name = readUntil(",}");
    if (!/^[\p{L}\p{N}_]+$/u.test(name)) fail(`bad argument name ${JSON.stringify(name)}`);
    if (message[pos] === "}") {
      found.add(name);
      pos++;
      return;
    }
    pos++;
    const type = readUntil(",}");
    found.add(`${name}:${type}`);
    if (message[pos] === "}") {
      pos++;
      return;
    }
    pos++;
    if (["plural", "select", "selectordinal"].includes(type)) {
      for (;;) {
        readUntil("{}");
        if (message[pos] === "}") break;
        pos++;
        text(true);
        pos++;
      }
    } else {
      // number/date/time style: skip to the matching brace.
      for (let depth = 1; depth > 0; pos++) {
        if (pos >= message.length) fail("unterminated style");
        if (message[pos] === "{") depth++;
        if (message[pos] === "}") depth--;
      }
      return;
    }
    pos++;
  };
  text(false);
  for (const match of message.matchAll(/<\/?([A-Za-z][\w-]*)\s*\/?>/g)) found.add(`<${match[1]}>`);
  return [...found].sort();
}

describe("icuArguments (the checker itself)", () => {
  it("finds simple, typed, nested and tag arguments", () => {
    expect(icuArguments("Hello {name}")).toEqual(["name"]);
    expect(icuArguments("{count, plural, one {# reply from {who}} other {# replies}}")).toEqual([
      "count:plural",
      "who",
    ]);
    expect(icuArguments("Due {at, date, short} – <b>{n, number}</b>")).toEqual(["<b>", "at:date", "n:number"]);
    expect(icuArguments("It''s '{literal}' text")).toEqual([]);
  });

  it("rejects unbalanced braces", () => {
    expect(() => icuArguments("Hello {name")).toThrow();
    expect(() => icuArguments("Hello name}")).toThrow();
  });
});

describe.each(LOCALES.filter((l) => l !== "en"))("messages: en vs %s", (locale) => {
  it("has exactly the same keys", () => {
    const [en, other] = [messagesOf("en"), messagesOf(locale)];
    const missing = [...en.keys()].filter((k) => !other.has(k));
    const extra = [...other.keys()].filter((k) => !en.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("uses the same ICU arguments in every message", () => {
    const [en, other] = [messagesOf("en"), messagesOf(locale)];
    const mismatches = [...en.entries()]
      .filter(([key, value]) => typeof value === "string" && typeof other.get(key) === "string")
      .map(([key, value]) => ({
        key,
        en: icuArguments(value as string),
        [locale]: icuArguments(other.get(key) as string),
      }))
      .filter((m) => JSON.stringify(m.en) !== JSON.stringify(m[locale]));
    expect(mismatches).toEqual([]);
  });
});

describe.each(LOCALES)("messages: %s", (locale) => {
  it("has messages", () => {
    expect(messagesOf(locale).size).toBeGreaterThan(0);
  });

  it("has only non-empty strings as leaves", () => {
    const bad = [...messagesOf(locale).entries()]
      .filter(([, v]) => typeof v !== "string" || v.trim() === "")
      .map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it("has only well-formed ICU messages", () => {
    const broken = [...messagesOf(locale).entries()].filter(([, v]) => {
      try {
        icuArguments(String(v));
        return false;
      } catch {
        return true;
      }
    });
    expect(broken.map(([k]) => k)).toEqual([]);
  });
});

describe("feature message files", () => {
  it("every language has the same files, and lib/i18n/messages.ts loads all of them", async () => {
    const { MESSAGES } = await import("./messages");
    const files = (locale: string) => fs.readdirSync(path.join(MESSAGES_DIR, locale)).sort();
    expect(files("de")).toEqual(files("en"));
    for (const locale of LOCALES) {
      expect([...flatten(MESSAGES[locale]).keys()].sort()).toEqual([...messagesOf(locale).keys()].sort());
    }
  });
});
