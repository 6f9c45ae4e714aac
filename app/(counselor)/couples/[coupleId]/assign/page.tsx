import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignForm } from "@/components/assignments/assign-form";
import { PageHeader } from "@/components/layout/page-header";
import { ZCoupleId } from "@/db/schema/couples/validation";
import { loadForPage } from "@/server/api/request-context";
import { todayIn } from "@/db/schema/_shared/calendar";

export const metadata = { title: "Assign an exercise" };

interface AssignPageProps {
  params: Promise<{ coupleId: string }>;
  searchParams: Promise<{ template?: string }>;
}

export default async function AssignPage({ params, searchParams }: AssignPageProps) {
  const { coupleId } = await params;
  if (!ZCoupleId.safeParse(coupleId).success) notFound();
  const [{ template }, couple, library] = await Promise.all([
    searchParams,
    loadForPage((caller) => caller.couple.get({ coupleId })),
    loadForPage((caller) => caller.library.list({})),
  ]);

  return (
    <>
      <Link href={`/couples/${couple.id}`} className="mb-6 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary hover:underline">
        <ArrowLeft aria-hidden className="size-4" /> {couple.displayName}
      </Link>
      <PageHeader title="Assign an exercise" description={`Choose an exercise for ${couple.displayName}. Each partner sees what is theirs on their Today page.`} />
      <AssignForm
        coupleId={couple.id}
        coupleName={couple.displayName}
        today={todayIn(couple.timeZone)}
        initialTemplateId={template}
        templates={library.templates.map(({ id, title, phase, audience, estimatedMinutes, needsSafetyClearance, defaultSchedule }) => ({
          id,
          title,
          phase,
          audience,
          estimatedMinutes,
          needsSafetyClearance,
          defaultSchedule,
        }))}
      />
    </>
  );
}
