import { ArrowLeft, Clock } from "lucide-react";
import Link from "next/link";
import { VARIANT_NAMES } from "@/components/exercises/labels";
import { PreviewForm } from "@/components/exercises/preview-form";
import { paragraphsOf } from "@/components/format";
import { previewVariants } from "@/components/exercises/preview-variants";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { partnerFormOf } from "@/db/schema/exercises/partner-form";
import type { Metadata } from "next";
import { loadTemplate, requestedVersion } from "../../load-template";

export async function generateMetadata({ params, searchParams }: PreviewPageProps): Promise<Metadata> {
  const [{ templateId }, query] = await Promise.all([params, searchParams]);
  const template = await loadTemplate(templateId, requestedVersion(query.version));
  const variant = query.as === "ip" ? "involved partner" : "hurt partner";
  return { title: `Preview as ${variant}: ${template.version.definition.title}` };
}

interface PreviewPageProps {
  params: Promise<{ templateId: string }>;
  searchParams: Promise<{ as?: string; version?: string }>;
}

export default async function PreviewPage({ params, searchParams }: PreviewPageProps) {
  const [{ templateId }, query] = await Promise.all([params, searchParams]);
  const requested = requestedVersion(query.version);
  const template = await loadTemplate(templateId, requested);
  const { definition } = template.version;
  const variants = previewVariants(definition.audience);
  const variant = variants.find((candidate) => candidate === query.as) ?? variants[0]!;
  const versionQuery = requested ? `&version=${requested}` : "";
  const paragraphs = paragraphsOf(definition.instructions);

  return (
    <>
      <Link
        href={`/library/${template.id}${requested ? `?version=${requested}` : ""}`}
        className="mb-6 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary hover:underline"
      >
        <ArrowLeft aria-hidden className="size-4" /> Back to the exercise
      </Link>
      <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <h1 className="text-2xl font-semibold tracking-tight">Preview</h1>
        {variants.length > 1 ? (
          <nav aria-label="Preview as" className="inline-flex rounded-md border border-border bg-surface p-1">
            {variants.map((candidate) => (
              <Link
                key={candidate}
                href={`/library/${template.id}/preview?as=${candidate}${versionQuery}`}
                aria-current={candidate === variant ? "page" : undefined}
                className={cn(
                  "rounded px-3 py-1.5 text-sm font-medium",
                  candidate === variant ? "bg-primary text-primary-foreground" : "text-foreground hover:bg-muted",
                )}
              >
                As {VARIANT_NAMES[candidate].toLowerCase()}
              </Link>
            ))}
          </nav>
        ) : null}
      </div>
      <Alert className="mb-6">
        This is exactly what the {VARIANT_NAMES[variant].toLowerCase()} sees (version {template.version.version}). Nothing you enter here is saved.
      </Alert>
      <article aria-labelledby="preview-title" className="mx-auto flex max-w-2xl flex-col gap-6 rounded-lg border border-border bg-surface p-5 sm:p-8">
        <header className="flex flex-col gap-3">
          <h2 id="preview-title" className="text-xl font-semibold">
            {definition.title}
          </h2>
          <p className="flex items-center gap-1.5 text-sm text-muted-foreground">
            <Clock aria-hidden className="size-4" /> About {definition.estimatedMinutes} minutes
          </p>
          {paragraphs.map((paragraph, index) => (
            <p key={index} className="text-sm leading-relaxed">
              {paragraph}
            </p>
          ))}
        </header>
        <PreviewForm templateId={template.id} version={template.version.version} variant={variant} form={partnerFormOf(definition, variant)} />
      </article>
    </>
  );
}
