"use client";

import { Copy } from "lucide-react";
import { useState } from "react";
import { Button } from "../ui/button";

/** The QR code to scan, and the same key as text for typing into an app by hand (or for people who can't scan). */
export function AuthenticatorKey({ secret, qrDataUrl }: { secret: string; qrDataUrl: string }) {
  const [copied, setCopied] = useState(false);
  const grouped = secret.match(/.{1,4}/g)?.join(" ") ?? secret;
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:gap-6">
      {/* A data URL made on the server: no image is fetched from anywhere. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={qrDataUrl} alt="QR code that adds Trellis to an authenticator app" width={176} height={176} className="size-44 shrink-0 rounded-md border border-border bg-white" />
      <div className="flex min-w-0 flex-col gap-2">
        <p className="text-sm text-muted-foreground">Can&apos;t scan it? In your app, choose to enter a setup key, and type this key (time-based):</p>
        <p className="break-all font-mono text-base tracking-wider">{grouped}</p>
        <Button
          variant="outline"
          size="sm"
          className="w-fit"
          onClick={() =>
            void navigator.clipboard.writeText(secret).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          <Copy aria-hidden /> Copy key
        </Button>
        <p role="status" className="min-h-5 text-sm text-muted-foreground">
          {copied ? "Key copied." : ""}
        </p>
      </div>
    </div>
  );
}
