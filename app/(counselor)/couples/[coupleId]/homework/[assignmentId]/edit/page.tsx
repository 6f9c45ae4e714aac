import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditAssignmentForm } from "@/components/assignments/edit-assignment-form";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { ZAssignmentId } from "@/db/schema/assignments/validation";
import { ZCoupleId } from "@/db/schema/couples/validation";
import { loadForPage } from "@/server/api/request-context";

export const metadata = { title: "Edit homework" };

interface EditHomeworkPageProps {
  params: Promise<{ coupleId: string; assignmentId: string }>;
}

export default async function EditHomeworkPage({ params }: EditHomeworkPageProps) {
  const { coupleId, assignmentId } = await params;
  if (!ZCoupleId.safeParse(coupleId).success || !ZAssignmentId.safeParse(assignmentId).success) notFound();
  const assignment = await loadForPage((caller) => caller.assignment.getForEdit({ assignmentId }));
  // The address names the couple too; one that doesn't match is not a page that exists.
  if (assignment.coupleId !== coupleId) notFound();
  const detailHref = `/couples/${coupleId}/homework/${assignment.id}`;

  return (
    <>
      <Link href={detailHref} className="mb-6 inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary hover:underline">
        <ArrowLeft aria-hidden className="size-4" /> {assignment.title}
      </Link>
      <PageHeader
        title="Edit homework"
        description={`“${assignment.title}” for ${assignment.coupleName}. Changes shape the tasks still to come; nothing a partner has written is changed.`}
      />
      {assignment.status === "ended" ? (
        <Alert>
          <p>This homework has ended, so it can&apos;t be changed.</p>
          <p>
            To give it again,{" "}
            <Link href={`/couples/${coupleId}/assign`} className="font-medium text-primary underline underline-offset-4">
              assign the exercise again
            </Link>
            .
          </p>
        </Alert>
      ) : (
        // A new version remounts the form, so reloading after a conflict starts from the saved settings.
        <EditAssignmentForm key={assignment.version} assignment={{ ...assignment, status: assignment.status }} today={assignment.today} />
      )}
    </>
  );
}
