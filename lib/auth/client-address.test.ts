import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientAddress", () => {
  it("without a proxy takes the entry Next.js set from the socket", () => {
    expect(clientAddress(headers("203.0.113.7"), 0)).toBe("203.0.113.7");
  });

  it("behind one proxy ignores what the client put in front of the proxy's entry", () => {
    expect(clientAddress(headers("10.9.9.9, 198.51.100.4"), 1)).toBe("198.51.100.4");
  });

  it("behind two proxies takes the address the outer proxy saw", () => {
    expect(clientAddress(headers("10.9.9.9, 198.51.100.4, 10.0.0.2"), 2)).toBe("198.51.100.4");
  });

  it("never reads past the left end when fewer entries than hops arrive", () => {
    expect(clientAddress(headers("198.51.100.4"), 3)).toBe("198.51.100.4");
  });

  it("falls back to x-real-ip, then to a fixed key", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "192.0.2.1" }), 0)).toBe("192.0.2.1");
    expect(clientAddress(headers(), 0)).toBe("unknown");
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });
});
