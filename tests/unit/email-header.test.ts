import { describe, expect, it } from "vitest";
import { bookingFormSchema, bookingRequestSchema } from "@/lib/booking";
import { contactInputSchema } from "@/lib/crm/contact-input";
import { headerValue } from "@/lib/email/header-value";
import { hasControlOrLineBreak } from "@/lib/validation";

describe("mail header values", () => {
  it("become one line: control characters and line breaks turn into single spaces", () => {
    expect(headerValue("New booking: Eve\r\nBcc: x@evil.example")).toBe("New booking: Eve Bcc: x@evil.example");
    expect(headerValue("a\u2028b\u0085c\td\u0000e")).toBe("a b c d e");
    expect(headerValue("  Plain subject  ")).toBe("Plain subject");
    expect(hasControlOrLineBreak("Zoë O'Brien-Ñúñez")).toBe(false);
    expect(hasControlOrLineBreak("Eve\nBcc")).toBe(true);
  });

  it("names with a line break are refused by every schema that takes one", () => {
    const base = { type: "discovery", start: "2027-03-10T10:00:00Z", email: "e@example.com", timezone: "Europe/London" };
    for (const name of ["Eve\r\nBcc: x@evil.example", "Eve\nX", "Eve\tX", "Eve\u2028X"]) {
      expect(bookingRequestSchema.safeParse({ ...base, name }).success).toBe(false);
      expect(bookingFormSchema.safeParse({ type: "discovery", start: base.start, tz: "Europe/London", name, email: base.email, consent: "on" }).success).toBe(false);
      expect(contactInputSchema.safeParse({ name, email: base.email }).success).toBe(false);
    }
    expect(bookingRequestSchema.safeParse({ ...base, name: "Zoë O'Brien" }).success).toBe(true);
  });
});
