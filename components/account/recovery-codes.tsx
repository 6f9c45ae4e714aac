"use client";

import { Copy, Download } from "lucide-react";
import { useState } from "react";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/**
 * Shown once, right after the codes are made: Trellis keeps only their hashes. Copy and
 * download make it easy to put them somewhere safe, away from the phone.
 */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  const text = `Trellis recovery codes\nEach code works once, in place of the code from your authenticator app.\n\n${codes.join("\n")}\n`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "trellis-recovery-codes.txt";
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="flex flex-col gap-4">
      <Alert>
        <p>
          <strong>Save these codes now.</strong> This is the only time they are shown. If you lose your phone, each one lets you sign in once instead
          of a code from your app. Keep them somewhere other than your phone, such as a password manager or printed in a safe place.
        </p>
      </Alert>
      <ol aria-label="Recovery codes" className="grid grid-cols-1 gap-2 rounded-md border border-border bg-muted/40 p-4 font-mono text-base tracking-wider sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" onClick={() => void copy()}>
          <Copy aria-hidden /> Copy codes
        </Button>
        <Button variant="outline" onClick={download}>
          <Download aria-hidden /> Download as a text file
        </Button>
      </div>
      <p role="status" className="min-h-5 text-sm text-muted-foreground">
        {copied === "copied" ? "Copied to your clipboard." : copied === "failed" ? "Your browser didn't allow copying; select the codes and copy them, or download them." : ""}
      </p>
    </div>
  );
}
