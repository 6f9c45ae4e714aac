import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { ArchiveControl } from "@/components/template-builder/archive-control";
import { TemplateBuilder } from "@/components/template-builder/template-builder";
import { ZTemplateId } from "@/db/schema/exercises/validation";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "Edit exercise" };

export default async function EditExercisePage({ params }: { params: Promise<{ templateId: string }> }) {
  const { templateId } = await params;
  if (!ZTemplateId.safeParse(templateId).success) notFound();
  await requirePageViewer("counselor");
  const template = await loadForPage((caller) => caller.library.get({ templateId }));
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
