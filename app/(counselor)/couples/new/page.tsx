import { NewCoupleForm } from "@/components/couples/new-couple-form";
import { PageHeader } from "@/components/layout/page-header";
import { requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "New couple" };

export default async function NewCouplePage() {
  const viewer = await requirePageViewer("counselor");
  const timeZones = Intl.supportedValuesOf("timeZone");
  if (!timeZones.includes("UTC")) timeZones.push("UTC");
  return (
    <>
      <PageHeader title="New couple" description="Add a couple to your caseload. Each partner will have a private account of their own." />
      <NewCoupleForm timeZones={timeZones} defaultTimeZone={viewer.practiceTimeZone} />
    </>
  );
}
