import { Search } from "lucide-react";
import Link from "next/link";
import { AUDIENCES, COUPLE_PHASES, type Audience, type CouplePhase } from "@/db/schema/_shared/enums";
import { PHASE_NAMES } from "../couples/labels";
import { Button } from "../ui/button";
import { Input } from "../ui/input";
import { Label } from "../ui/label";
import { NativeSelect } from "../ui/native-select";
import { AUDIENCE_NAMES } from "./labels";

export interface LibraryFilterValues {
  text?: string | undefined;
  phase?: CouplePhase | undefined;
  audience?: Audience | undefined;
  tag?: string | undefined;
  origin?: "builtin" | "custom" | undefined;
  archived: boolean;
}

/** A plain GET form: filters live in the URL, work without JavaScript and can be bookmarked. */
export function LibraryFilters({ values, tags }: { values: LibraryFilterValues; tags: string[] }) {
  const active = Boolean(values.text || values.phase || values.audience || values.tag || values.origin || values.archived);
  return (
    <form role="search" aria-label="Exercise library" method="get" action="/library" className="mb-6 grid gap-4 rounded-lg border border-border bg-surface p-4 sm:grid-cols-2 lg:grid-cols-6">
      <div className="flex flex-col gap-1.5 sm:col-span-2">
        <Label htmlFor="library-text">Search</Label>
        <div className="relative">
          <Search aria-hidden className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input id="library-text" name="text" type="search" defaultValue={values.text ?? ""} placeholder="Title, summary or tag" className="pl-9" />
        </div>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="library-phase">Phase</Label>
        <NativeSelect id="library-phase" name="phase" defaultValue={values.phase ?? ""}>
          <option value="">Any phase</option>
          {COUPLE_PHASES.map((phase) => (
            <option key={phase} value={phase}>
              {phase.toUpperCase()} · {PHASE_NAMES[phase]}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="library-audience">For</Label>
        <NativeSelect id="library-audience" name="audience" defaultValue={values.audience ?? ""}>
          <option value="">Anyone</option>
          {AUDIENCES.map((audience) => (
            <option key={audience} value={audience}>
              {AUDIENCE_NAMES[audience]}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="library-tag">Tag</Label>
        <NativeSelect id="library-tag" name="tag" defaultValue={values.tag ?? ""}>
          <option value="">Any tag</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="library-origin">Source</Label>
        <NativeSelect id="library-origin" name="origin" defaultValue={values.archived ? "archived" : (values.origin ?? "")}>
          <option value="">All sources</option>
          <option value="builtin">Built-in</option>
          <option value="custom">Your practice</option>
          <option value="archived">Archived (practice)</option>
        </NativeSelect>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-6">
        <Button type="submit">Show exercises</Button>
        {active ? (
          <Link href="/library" className="rounded-md text-sm font-medium text-primary underline-offset-4 hover:underline">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
