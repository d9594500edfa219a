import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

describe("the address a sign-in came from", () => {
  it("takes the entry the nearest trusted proxy appended, not what the client wrote before it", () => {
    const headers = { "x-forwarded-for": "1.2.3.4, 203.0.113.9" };
    expect(clientAddress(headers, 1)).toBe("203.0.113.9");
    expect(clientAddress(headers, 2)).toBe("1.2.3.4");
  });

  it("uses the left-most entry when there are fewer entries than proxies", () => {
    expect(clientAddress({ "x-forwarded-for": "198.51.100.7" }, 2)).toBe("198.51.100.7");
  });

  it("falls back to X-Real-IP, then to no address", () => {
    expect(clientAddress({ "x-real-ip": " 192.0.2.1 " }, 1)).toBe("192.0.2.1");
    expect(clientAddress({ "x-forwarded-for": " , " }, 1)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": ["10.0.0.1"] }, 1)).toBeNull();
    expect(clientAddress(undefined, 1)).toBeNull();
  });
});
