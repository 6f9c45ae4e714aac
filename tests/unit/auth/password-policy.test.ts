import { describe, expect, it } from "vitest";
import { changePasswordSchemaFor, isEmailAsPassword, ZNewPassword } from "@/server/auth/password-policy";

function messagesFor(password: string): string[] {
  const result = ZNewPassword.safeParse(password);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("new password rules (security.md S2)", () => {
  it("accepts a 64-character passphrase, and anything up to 128 characters", () => {
    const passphrase = "maple lantern orbit quietly folding seventeen paper boats again!";
    expect(passphrase).toHaveLength(64);
    expect(messagesFor(passphrase)).toEqual([]);
    expect(messagesFor("x7".repeat(64))).toEqual([]);
    expect(messagesFor(`${"x7".repeat(64)}!`)).toEqual(["Use at most 128 characters."]);
  });

  it("needs 8 characters, counted as people count them, and nothing else: no composition rules, any characters", () => {
    expect(messagesFor("qwmzvbk")).toEqual(["Use at least 8 characters (15 or more is better)."]);
    expect(messagesFor("qwmzvbkt")).toEqual([]);
    // Seven emoji are seven characters (fourteen UTF-16 units), so still too short.
    expect(messagesFor("🌿🌱🍃🌳🌲🌴🌵")).toEqual(["Use at least 8 characters (15 or more is better)."]);
    expect(messagesFor("🌿🌱🍃🌳🌲🌴🌵🌾")).toEqual([]);
    expect(messagesFor("   spaces count too   ")).toEqual([]);
    expect(messagesFor("ñandú über café")).toEqual([]);
  });

  it("refuses a top breached password, whatever its case", () => {
    for (const common of ["password", "PASSWORD", "Password1", "iloveyou", "12345678", "qwertyuiop", "sunshine"]) {
      expect(messagesFor(common), common).toEqual(["That password appears in lists of leaked passwords, so it's easy to guess. Choose another."]);
    }
  });

  it("refuses the account's own email (or the part before @) in the form's schema", () => {
    const schema = changePasswordSchemaFor("Maya@Riverbend.example");
    const refused = schema.safeParse({ currentPassword: "old one", newPassword: "maya@riverbend.example" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["newPassword", "Don't use your email address as your password."]]);
    expect(isEmailAsPassword("riverbendmaya", "maya@riverbend.example")).toBe(false);
    expect(isEmailAsPassword(" MAYA ", "maya@riverbend.example")).toBe(true);
    expect(schema.safeParse({ currentPassword: "old one", newPassword: "a new long passphrase" }).success).toBe(true);
  });

  it("takes exactly the two fields, no more", () => {
    expect(changePasswordSchemaFor("a@b.example").safeParse({ currentPassword: "x", newPassword: "a new long passphrase", role: "admin" }).success).toBe(false);
  });
});
