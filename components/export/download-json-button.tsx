"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Download } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

type Source = { kind: "partner" } | { kind: "couple"; coupleId: string };

/**
 * Fetches a fresh export through the same procedure the page uses (so it is authorized
 * and audited on the server each time) and saves it as a JSON file.
 */
export function DownloadJsonButton({ source, fileName }: { source: Source; fileName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<"idle" | "loading" | "error">("idle");

  const download = async () => {
    setState("loading");
    try {
      const data =
        source.kind === "partner"
          ? await queryClient.fetchQuery({ ...trpc.account.exportMyData.queryOptions(), staleTime: 0 })
          : await queryClient.fetchQuery({ ...trpc.couple.export.queryOptions({ coupleId: source.coupleId }), staleTime: 0 });
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
      setState("idle");
    } catch {
      setState("error");
    }
  };

  return (
    <div className="flex flex-col gap-2 print:hidden">
      <Button type="button" variant="outline" onClick={() => void download()} disabled={state === "loading"}>
        <Download aria-hidden /> {state === "loading" ? "Preparing…" : "Download as JSON"}
      </Button>
      <div aria-live="polite">{state === "error" ? <Alert tone="error">The download didn&apos;t work. Please try again.</Alert> : null}</div>
    </div>
  );
}
