import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { ArchiveControl } from "@/components/template-builder/archive-control";
import { TemplateBuilder } from "@/components/template-builder/template-builder";
import type { Metadata } from "next";
import { requirePageViewer } from "@/server/api/request-context";
import { loadTemplate } from "../../load-template";

export async function generateMetadata({ params }: { params: Promise<{ templateId: string }> }): Promise<Metadata> {
  const template = await loadTemplate((await params).templateId);
  return { title: `Edit: ${template.version.definition.title}` };
}

export default async function EditExercisePage({ params }: { params: Promise<{ templateId: string }> }) {
  const { templateId } = await params;
  await requirePageViewer("counselor");
  const template = await loadTemplate(templateId);
  // Built-in exercises (and other practices') are duplicated, never edited.
  if (!template.editable) notFound();
  const { definition } = template.version;

  return (
    <>
      <Link href={`/library/${template.id}`} className="mb-6 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary hover:underline">
        <ArrowLeft aria-hidden className="size-4" /> {definition.title}
      </Link>
      <PageHeader
        title="Edit exercise"
        description={`Saving makes version ${template.latestVersion + 1} of “${definition.title}”. Tasks already assigned keep the version they were given.`}
      />
      <div className="flex flex-col gap-10">
        <TemplateBuilder mode="edit" templateId={template.id} latestVersion={template.latestVersion} definition={definition} />
        <ArchiveControl templateId={template.id} title={definition.title} archived={template.archived} />
      </div>
    </>
  );
}
