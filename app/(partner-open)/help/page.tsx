import { CrisisResources } from "@/components/safety/crisis-resources";

export const metadata = { title: "Get help" };

/** Always one tap away from every partner page; it reads nothing from the database. */
export default function HelpPage() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <CrisisResources headingLevel={1} />
      <p className="text-sm text-muted-foreground">You can also tell your counselor at your next session, or contact their practice directly.</p>
    </div>
  );
}
