import { ArrowLeft, Eye, Pencil, ShieldAlert } from "lucide-react";
import Link from "next/link";
import { phaseLabel } from "@/components/couples/labels";
import { DuplicateButton } from "@/components/exercises/duplicate-button";
import { FieldList } from "@/components/exercises/field-list";
import { AUDIENCE_NAMES, scheduleLabel, VARIANT_NAMES } from "@/components/exercises/labels";
import { ScoringSummary } from "@/components/exercises/scoring-summary";
import { formatLongDate, paragraphsOf } from "@/components/format";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { previewVariants } from "@/components/exercises/preview-variants";
import type { Metadata } from "next";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";
import { loadTemplate, requestedVersion } from "../load-template";

export async function generateMetadata({ params, searchParams }: TemplatePageProps): Promise<Metadata> {
  const [{ templateId }, query] = await Promise.all([params, searchParams]);
  const template = await loadTemplate(templateId, requestedVersion(query.version));
  return { title: template.version.definition.title };
}

interface TemplatePageProps {
  params: Promise<{ templateId: string }>;
  searchParams: Promise<{ version?: string; saved?: string }>;
}

export default async function TemplatePage({ params, searchParams }: TemplatePageProps) {
  const [{ templateId }, query] = await Promise.all([params, searchParams]);
  const [viewer, template, couples] = await Promise.all([
    requirePageViewer("counselor"),
    loadTemplate(templateId, requestedVersion(query.version)),
    loadForPage((caller) => caller.couple.list()),
  ]);
  const activeCouples = couples.filter((couple) => couple.status === "active");
  const { definition } = template.version;
  const isLatest = template.version.version === template.latestVersion;
  const versionQuery = isLatest ? "" : `&version=${template.version.version}`;
  const paragraphs = paragraphsOf(definition.instructions);

  return (
    <>
      <Link href="/library" className="mb-6 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary hover:underline">
        <ArrowLeft aria-hidden className="size-4" /> Library
      </Link>
      {query.saved && isLatest ? (
        <Alert tone="success" className="mb-6">
          Saved as version {template.version.version}. Tasks already assigned keep the version they were given.
        </Alert>
      ) : null}
      {!isLatest ? (
        <Alert className="mb-6">
          You are reading version {template.version.version}, an earlier version.{" "}
          <Link href={`/library/${template.id}`} className="font-medium text-primary underline underline-offset-4">
            Read the current version ({template.latestVersion})
          </Link>
        </Alert>
      ) : null}
      <PageHeader
        title={definition.title}
        description={definition.summary || undefined}
        actions={
          template.editable && isLatest ? (
            <Button asChild>
              <Link href={`/library/${template.id}/edit`}>
                <Pencil aria-hidden /> Edit
              </Link>
            </Button>
          ) : undefined
        }
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle>Instructions for the partner</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-3 text-sm leading-relaxed">
              {paragraphs.length > 0 ? paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>) : <p className="text-muted-foreground">No instructions.</p>}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Questions and who will see the answers</CardTitle>
            </CardHeader>
            <CardContent>
              <FieldList definition={definition} />
            </CardContent>
          </Card>
          {definition.scoring ? (
            <Card>
              <CardHeader>
                <CardTitle>Scoring</CardTitle>
              </CardHeader>
              <CardContent>
                <ScoringSummary definition={definition} />
              </CardContent>
            </Card>
          ) : null}
        </div>

        <div className="flex flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Preview</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-2">
              <p className="text-sm text-muted-foreground">Open the exact form a partner will fill in. Nothing you enter is saved.</p>
              {previewVariants(definition.audience).map((variant) => (
                <Button key={variant} asChild variant="outline" className="justify-start">
                  <Link href={`/library/${template.id}/preview?as=${variant}${versionQuery}`}>
                    <Eye aria-hidden /> Preview as {VARIANT_NAMES[variant].toLowerCase()}
                  </Link>
                </Button>
              ))}
            </CardContent>
          </Card>
          {isLatest && !template.archived ? (
            <Card>
              <CardHeader>
                <CardTitle>Assign</CardTitle>
              </CardHeader>
              <CardContent className="flex flex-col gap-2 text-sm">
                {activeCouples.length === 0 ? (
                  <p className="text-muted-foreground">Add a couple to your caseload to assign exercises.</p>
                ) : (
                  <ul className="flex flex-col gap-1.5" aria-label="Assign to a couple">
                    {activeCouples.map((couple) => (
                      <li key={couple.id}>
                        <Link href={`/couples/${couple.id}/assign?template=${template.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                          Assign to {couple.displayName}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle>About this exercise</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="flex flex-col gap-3 text-sm">
                <div>
                  <dt className="text-muted-foreground">Phase</dt>
                  <dd className="mt-1">
                    <Badge tone="primary">{phaseLabel(definition.phase)}</Badge>
                  </dd>
                </div>
                <div>
                  <dt className="text-muted-foreground">For</dt>
                  <dd className="mt-1">{AUDIENCE_NAMES[definition.audience]}</dd>
                </div>
                <div>
                  <dt className="text-muted-foreground">Time</dt>
                  <dd className="mt-1">About {definition.estimatedMinutes} minutes</dd>
                </div>
                <div>
                  <dt className="text-muted-foreground">Usual schedule</dt>
                  <dd className="mt-1">{scheduleLabel(definition.defaultSchedule)}</dd>
                </div>
                {definition.needsSafetyClearance ? (
                  <div>
                    <dt className="text-muted-foreground">Safety</dt>
                    <dd className="mt-1 flex items-start gap-1.5">
                      <ShieldAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
                      Needs safety clearance: paused while a violence or coercion concern is open for the couple.
                    </dd>
                  </div>
                ) : null}
                {definition.tags.length > 0 ? (
                  <div>
                    <dt className="text-muted-foreground">Tags</dt>
                    <dd className="mt-1 flex flex-wrap gap-1.5">
                      {definition.tags.map((tag) => (
                        <Link key={tag} href={`/library?tag=${encodeURIComponent(tag)}`} className="rounded-full">
                          <Badge>{tag}</Badge>
                        </Link>
                      ))}
                    </dd>
                  </div>
                ) : null}
                <div>
                  <dt className="text-muted-foreground">Source</dt>
                  <dd className="mt-1">{template.origin === "builtin" ? "Built into Trellis" : "Your practice"}</dd>
                </div>
              </dl>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Versions</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-4">
              <ol className="flex flex-col gap-2 text-sm" aria-label="Versions">
                {template.versions.map((version) => (
                  <li key={version.version} className="flex flex-wrap items-center justify-between gap-2">
                    {version.version === template.version.version ? (
                      <span aria-current="page" className="font-medium">
                        Version {version.version}
                      </span>
                    ) : (
                      <Link href={`/library/${template.id}?version=${version.version}`} className="font-medium text-primary underline-offset-4 hover:underline">
                        Version {version.version}
                      </Link>
                    )}
                    <span className="flex items-center gap-2 text-muted-foreground">
                      {formatLongDate(version.savedAt, viewer.practiceTimeZone)}
                      {version.inUse ? <Badge>In use</Badge> : null}
                    </span>
                  </li>
                ))}
              </ol>
              <p className="text-xs text-muted-foreground">A version in use never changes: edits are saved as a new version, and answers always show the questions they were written for.</p>
              {template.archived ? <Badge tone="warning">Archived</Badge> : null}
              <DuplicateButton templateId={template.id} />
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
