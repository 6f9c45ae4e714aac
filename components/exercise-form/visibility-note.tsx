import { Eye, EyeOff, Lock, ShieldCheck } from "lucide-react";
import type { VisibilityClass } from "@/db/schema/_shared/enums";
import { whoWillSee } from "../exercises/labels";

const ICONS = { safety: ShieldCheck, counselor_only: Lock, release_gated: EyeOff, shared: Eye } as const;

/** "Who will read this", shown before anyone types (SPEC §2). */
export function VisibilityNote({ id, visibility, pairedReveal }: { id: string; visibility: VisibilityClass; pairedReveal: boolean }) {
  const Icon = ICONS[visibility];
  return (
    <p id={id} className="flex items-start gap-1.5 text-xs text-muted-foreground">
      <Icon aria-hidden className="mt-px size-3.5 shrink-0" />
      <span>
        <span className="sr-only">Who will see your answer: </span>
        {whoWillSee(visibility, pairedReveal)}
      </span>
    </p>
  );
}
