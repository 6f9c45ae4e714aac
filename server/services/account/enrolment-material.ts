import { qrDataUrl } from "../../auth/mfa/qr";
import { totpUri } from "../../auth/mfa/totp";

export interface EnrolmentMaterial {
  /** Base32, for typing into an app by hand. */
  secret: string;
  otpauthUri: string;
  qrDataUrl: string;
}

/** What a person needs to add the account to an authenticator app. */
export async function enrolmentMaterial(secret: string, email: string): Promise<EnrolmentMaterial> {
  const otpauthUri = totpUri(secret, email);
  return { secret, otpauthUri, qrDataUrl: await qrDataUrl(otpauthUri) };
}
