import type { VisibilityClass } from "@/db/schema/_shared/enums";
import { VISIBILITY_NAMES } from "../exercises/labels";
import { Badge } from "../ui/badge";

const TONES = { safety: "danger", counselor_only: "warning", release_gated: "primary", shared: "success" } as const;

/** Who reads an answer, as the counselor sees it next to the answer. */
export function VisibilityBadge({ visibility }: { visibility: VisibilityClass }) {
  return <Badge tone={TONES[visibility]}>{VISIBILITY_NAMES[visibility]}</Badge>;
}
