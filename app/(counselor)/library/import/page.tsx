import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { ImportForm } from "@/components/exercises/import-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "Import a measure" };

const EXAMPLE = `{
  "title": "…",
  "phase": "p0",
  "audience": "each",
  "source": { "name": "…", "citation": "…", "standardized": true },
  "sections": [{ "key": "items", "title": "…", "fields": [
    { "key": "item_1", "type": "likert_5", "label": "…", "required": true, "visibility": "counselor_only" }
  ]}],
  "scoring": { "scores": [{ "key": "total", "label": "Total", "method": "sum",
    "items": [{ "field": "item_1" }], "range": { "min": 1, "max": 5 } }] }
}`;

export default async function ImportPage() {
  await requirePageViewer("counselor");
  return (
    <>
      <Link href="/library" className="mb-6 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary hover:underline">
        <ArrowLeft aria-hidden className="size-4" /> Library
      </Link>
      <PageHeader
        title="Import a measure"
        description="Add a questionnaire your practice is licensed to use, keeping its published wording exactly. It becomes a practice exercise you can preview and assign."
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card className="min-w-0 lg:col-span-2">
          <CardContent className="pt-6">
            <ImportForm />
          </CardContent>
        </Card>
        <Card className="min-w-0">
          <CardHeader>
            <CardTitle>What the file needs</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3 text-sm text-muted-foreground">
            <p>The same definition the exercise builder saves, plus a source (the instrument's name, citation and whether it is standardized) and at least one score.</p>
            <p>If a declared score range doesn't match what the items can produce, the import is refused, which catches typing mistakes in scoring keys.</p>
            <pre tabIndex={0} role="region" aria-label="Example definition" className="overflow-x-auto rounded-md bg-muted p-3 font-mono text-xs text-foreground">
              {EXAMPLE}
            </pre>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
