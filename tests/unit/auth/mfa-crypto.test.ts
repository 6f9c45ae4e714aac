import { describe, expect, it } from "vitest";
import { mfaKeysFrom } from "@/server/auth/mfa/keys";
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from "@/server/auth/mfa/recovery-codes";
import { open, seal } from "@/server/auth/mfa/secret-box";
import { matchTotpCode, totpCodeForStep, totpStepAt } from "@/server/auth/mfa/totp";

const key = Buffer.alloc(32, 7);

describe("TOTP secrets at rest", () => {
  it("open only with the same key and the same owner", () => {
    const box = seal("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", key, "totp:user-1");
    expect(box).not.toContain("JBSWY3DP");
    expect(open(box, key, "totp:user-1")).toBe("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    expect(open(box, key, "totp:user-2")).toBeNull();
    expect(open(box, Buffer.alloc(32, 8), "totp:user-1")).toBeNull();
    const [version, iv, tag, ciphertext] = box.split(".");
    const flipped = `${ciphertext![0] === "A" ? "B" : "A"}${ciphertext!.slice(1)}`;
    expect(open([version, iv, tag, flipped].join("."), key, "totp:user-1")).toBeNull();
    expect(seal("same", key, "a")).not.toBe(seal("same", key, "a"));
  });

  it("use MFA_ENCRYPTION_KEY when set, otherwise keys derived from the signing secret", () => {
    const fromSecret = mfaKeysFrom(undefined, () => "a signing secret that is long enough to use");
    expect(mfaKeysFrom(undefined, () => "a signing secret that is long enough to use")).toEqual(fromSecret);
    expect(mfaKeysFrom(undefined, () => "another signing secret, also long enough").secretEncryption).not.toEqual(fromSecret.secretEncryption);
    const configured = mfaKeysFrom(Buffer.alloc(32, 1).toString("base64"), () => {
      throw new Error("the signing secret is not needed when a key is configured");
    });
    expect(configured.secretEncryption).toHaveLength(32);
    expect(configured.secretEncryption).not.toEqual(configured.recoveryCodes);
  });
});

describe("TOTP codes", () => {
  const secret = "TRELLISDEMOSTAFFTOTPSECRETKEY234";
  const now = new Date("2026-03-02T09:00:10Z");
  const step = totpStepAt(now);

  it("accept one step of drift either way, not two", async () => {
    expect(await matchTotpCode(secret, await totpCodeForStep(secret, step), now, null)).toBe(step);
    expect(await matchTotpCode(secret, await totpCodeForStep(secret, step - 1), now, null)).toBe(step - 1);
    expect(await matchTotpCode(secret, await totpCodeForStep(secret, step + 1), now, null)).toBe(step + 1);
    expect(await matchTotpCode(secret, await totpCodeForStep(secret, step + 2), now, null)).toBeNull();
    expect(await matchTotpCode(secret, await totpCodeForStep(secret, step - 2), now, null)).toBeNull();
  });

  it("refuse a step at or before the last one used", async () => {
    const code = await totpCodeForStep(secret, step);
    expect(await matchTotpCode(secret, code, now, step)).toBeNull();
    expect(await matchTotpCode(secret, code, now, step - 1)).toBe(step);
    expect(await matchTotpCode(secret, "12345", now, null)).toBeNull();
    expect(await matchTotpCode(secret, "abcdef", now, null)).toBeNull();
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes of an unambiguous alphabet, typed in any case with or without the dash", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    expect(normalizeRecoveryCode(` ${codes[0]!.toLowerCase().replace("-", " ")} `)).toBe(codes[0]!.replace("-", ""));
    expect(normalizeRecoveryCode("ABCDE-FGHI0")).toBeNull();
    expect(normalizeRecoveryCode("123456")).toBeNull();
  });

  it("hash per account and per key", () => {
    expect(hashRecoveryCode(key, "user-1", "ABCDEFGHJK")).not.toBe(hashRecoveryCode(key, "user-2", "ABCDEFGHJK"));
    expect(hashRecoveryCode(key, "user-1", "ABCDEFGHJK")).not.toBe(hashRecoveryCode(Buffer.alloc(32, 9), "user-1", "ABCDEFGHJK"));
  });
});
