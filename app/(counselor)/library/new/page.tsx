import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { TemplateBuilder } from "@/components/template-builder/template-builder";
import { requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "New exercise" };

export default async function NewExercisePage() {
  await requirePageViewer("counselor");
  return (
    <>
      <Link href="/library" className="mb-6 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary hover:underline">
        <ArrowLeft aria-hidden className="size-4" /> Library
      </Link>
      <PageHeader
        title="New exercise"
        description="Build an exercise for your practice: its questions, who reads each answer, and when each question shows. The preview shows it as each partner will."
      />
      <TemplateBuilder mode="new" />
    </>
  );
}
