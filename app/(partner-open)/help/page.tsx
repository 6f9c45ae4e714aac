import { CrisisResources } from "@/components/safety/crisis-resources";
import { loadCrisisResources } from "@/server/api/load-crisis-resources";

export const metadata = { title: "Get help" };

/** One tap away from every partner page, before consent too; falls back to the defaults if the practice's list can't be read. */
export default async function HelpPage() {
  const resources = await loadCrisisResources();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <CrisisResources headingLevel={1} resources={resources} />
      <p className="text-sm text-muted-foreground">You can also tell your counselor at your next session, or contact their practice directly.</p>
    </div>
  );
}
