import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { PracticeSettingsForm } from "@/components/practice/practice-settings-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "Practice settings" };

export default async function PracticeSettingsPage() {
  const [, settings] = await Promise.all([requirePageViewer("admin"), loadForPage((caller) => caller.practice.settings())]);
  const timeZones = Intl.supportedValuesOf("timeZone");
  if (!timeZones.includes("UTC")) timeZones.push("UTC");
  if (!timeZones.includes(settings.timeZone)) timeZones.push(settings.timeZone);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title="Practice settings" description="Your practice's name and time zone. Crisis resources and confidentiality wording have their own page." />
      <Card aria-labelledby="general-title">
        <CardHeader>
          <CardTitle id="general-title">General</CardTitle>
        </CardHeader>
        <CardContent>
          <PracticeSettingsForm initial={settings} timeZones={timeZones} />
        </CardContent>
      </Card>
      <Card aria-labelledby="safety-link-title">
        <CardHeader>
          <CardTitle id="safety-link-title">Safety & consent</CardTitle>
          <CardDescription>The crisis lines your clients see, and your practice&apos;s wording of each confidentiality agreement.</CardDescription>
        </CardHeader>
        <CardContent>
          <Link href="/practice/safety" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
            Open Safety & consent settings
          </Link>
        </CardContent>
      </Card>
    </div>
  );
}
