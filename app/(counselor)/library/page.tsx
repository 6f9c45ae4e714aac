import { FileJson, LibraryBig, Plus } from "lucide-react";
import Link from "next/link";
import { LibraryCard } from "@/components/exercises/library-card";
import { LibraryFilters, type LibraryFilterValues } from "@/components/exercises/library-filters";
import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { ZLibraryFilters } from "@/db/schema/exercises/validation";
import { loadForPage } from "@/server/api/request-context";

export const metadata = { title: "Exercise library" };

type SearchParams = Record<string, string | string[] | undefined>;

/** Reads the filter form's query string; a value that doesn't parse is simply ignored. */
function filtersFrom(params: SearchParams): LibraryFilterValues {
  const one = (key: string) => (typeof params[key] === "string" ? params[key] : undefined);
  const origin = one("origin");
  const raw = { text: one("text"), phase: one("phase"), audience: one("audience"), tag: one("tag"), origin: origin === "archived" ? "custom" : origin, archived: origin === "archived" };
  const parsed = ZLibraryFilters.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fallback: Record<string, unknown> = { ...raw };
  for (const issue of parsed.error.issues) delete fallback[String(issue.path[0])];
  return ZLibraryFilters.parse(fallback);
}

export default async function LibraryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = filtersFrom(await searchParams);
  const { templates, tags } = await loadForPage((caller) => caller.library.list(filters));
  const filtered = Boolean(filters.text || filters.phase || filters.audience || filters.tag || filters.origin || filters.archived);

  return (
    <>
      <PageHeader
        title="Exercise library"
        description="Structured trust-repair exercises and check-ins to assign. Open one to read every question, see who will read each answer, and preview it as each partner."
        actions={
          <>
            <Button asChild variant="outline">
              <Link href="/library/import">
                <FileJson aria-hidden /> Import measure
              </Link>
            </Button>
            <Button asChild>
              <Link href="/library/new">
                <Plus aria-hidden /> New exercise
              </Link>
            </Button>
          </>
        }
      />
      <LibraryFilters values={filters} tags={tags} />
      <p className="mb-3 text-sm text-muted-foreground" role="status">
        {templates.length === 1 ? "1 exercise" : `${templates.length} exercises`}
        {filtered ? (templates.length === 1 ? " matches these filters" : " match these filters") : ""}
      </p>
      {templates.length === 0 ? (
        <EmptyState
          icon={LibraryBig}
          title={filtered ? "Nothing matches these filters" : "The library is empty"}
          action={
            filtered ? (
              <Button asChild variant="outline">
                <Link href="/library">Clear filters</Link>
              </Button>
            ) : undefined
          }
        >
          {filtered ? "Try fewer filters or a shorter search." : "Built-in exercises appear here once Trellis has started."}
        </EmptyState>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2" aria-label="Exercises">
          {templates.map((template) => (
            <li key={template.id}>
              <LibraryCard {...template} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
