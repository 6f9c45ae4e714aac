import { describe, expect, it } from "vitest";
import { ZCreateCoupleInput, type TCreateCoupleInput } from "@/db/schema/couples/validation";

const valid: TCreateCoupleInput = {
  displayName: "  Rivera & Brooks ",
  timeZone: "America/New_York",
  secretsPolicy: "limited_secrets",
  partners: [
    { displayName: "Alex Rivera", email: "  Alex@Clients.Example ", label: "hurt" },
    { displayName: "Sam Brooks", email: "sam@clients.example", label: "involved" },
  ],
};

function issuesOf(input: unknown) {
  const result = ZCreateCoupleInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("the new-couple schema shared by form and procedure", () => {
  it("trims names and normalises emails", () => {
    const parsed = ZCreateCoupleInput.parse(valid);
    expect(parsed.displayName).toBe("Rivera & Brooks");
    expect(parsed.partners[0].email).toBe("alex@clients.example");
  });

  it.each([
    ["hurt", "involved"],
    ["mutual", "mutual"],
    ["unset", "unset"],
    ["hurt", "unset"],
  ] as const)("accepts labels %s + %s", (first, second) => {
    expect(issuesOf({ ...valid, partners: [{ ...valid.partners[0], label: first }, { ...valid.partners[1], label: second }] })).toEqual([]);
  });

  it("refuses two hurt partners or two involved partners, pointing at the second", () => {
    expect(issuesOf({ ...valid, partners: [valid.partners[0], { ...valid.partners[1], label: "hurt" }] })).toEqual([
      expect.stringMatching(/^partners\.1\.label: Only one partner can be the hurt partner/),
    ]);
    expect(issuesOf({ ...valid, partners: [{ ...valid.partners[0], label: "involved" }, valid.partners[1]] })).toEqual([
      expect.stringMatching(/^partners\.1\.label: Only one partner can be the involved partner/),
    ]);
  });

  it("refuses the same email for both partners, whatever its case", () => {
    expect(issuesOf({ ...valid, partners: [valid.partners[0], { ...valid.partners[1], email: "ALEX@clients.example" }] })).toEqual([
      "partners.1.email: Each partner needs their own email address",
    ]);
  });

  it("refuses unknown keys rather than ignoring them", () => {
    expect(issuesOf({ ...valid, counselorId: "00000000-0000-0000-0000-000000000000" })).toHaveLength(1);
    expect(issuesOf({ ...valid, partners: [{ ...valid.partners[0], role: "counselor" }, valid.partners[1]] })).toHaveLength(1);
  });

  it("refuses a time zone that does not exist", () => {
    expect(issuesOf({ ...valid, timeZone: "Atlantis/Capital" })).toEqual(["timeZone: Choose a time zone from the list"]);
  });
});
