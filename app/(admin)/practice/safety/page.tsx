import { PARTNER_POLICY_WORDING } from "@/components/consent/policy-wording";
import { formatDateTime } from "@/components/format";
import { PageHeader } from "@/components/layout/page-header";
import { CrisisResourcesForm } from "@/components/practice/crisis-resources-form";
import { PolicyWordingForm } from "@/components/practice/policy-wording-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DEFAULT_CRISIS_RESOURCES } from "@/db/schema/practices/crisis-defaults";
import { loadForPage, requirePageViewer } from "@/server/api/request-context";

export const metadata = { title: "Safety & consent" };

export default async function SafetySettingsPage() {
  const [viewer, settings] = await Promise.all([requirePageViewer("admin"), loadForPage((caller) => caller.practice.safetySettings())]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Safety & consent"
        description="What your practice's clients see when they need help now, and the confidentiality agreement each partner accepts before starting."
      />
      <Card aria-labelledby="crisis-title">
        <CardHeader>
          <CardTitle id="crisis-title">Crisis resources</CardTitle>
          <CardDescription>Shown on every client&apos;s Get help page, and straight after an answer that raised a safety flag.</CardDescription>
        </CardHeader>
        <CardContent>
          <CrisisResourcesForm initial={settings.crisisResources ?? DEFAULT_CRISIS_RESOURCES} usesDefaults={settings.usesDefaultResources} />
        </CardContent>
      </Card>
      {settings.wordings.map(({ policy, current, versions }) => {
        const wording = PARTNER_POLICY_WORDING[policy];
        return (
          <Card key={policy} aria-labelledby={`wording-title-${policy}`}>
            <CardHeader>
              <CardTitle id={`wording-title-${policy}`}>Agreement: {wording.title}</CardTitle>
              <CardDescription>
                {current
                  ? `Your practice's version ${versions}, published ${formatDateTime(current.createdAt, viewer.practiceTimeZone)}${current.authorName ? ` by ${current.authorName}` : ""}.`
                  : "Partners read Trellis's standard wording. Publish your own to replace it."}
              </CardDescription>
            </CardHeader>
            <CardContent>
              <PolicyWordingForm policy={policy} title={wording.title} initial={current?.body ?? wording.points.join("\n\n")} />
            </CardContent>
          </Card>
        );
      })}
    </div>
  );
}
