import Link from "next/link";
import { ConsentForm } from "@/components/consent/consent-form";
import { paragraphsOf } from "@/components/format";
import { PARTNER_POLICY_WORDING } from "@/components/consent/policy-wording";
import { loadForPage } from "@/server/api/request-context";

export const metadata = { title: "How confidentiality works" };

/** First sign-in, or after the counselor changed the policy: read and accept before anything else. */
export default async function WelcomePage() {
  const consent = await loadForPage((caller) => caller.consent.get());
  const wording = PARTNER_POLICY_WORDING[consent.policy];
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">How confidentiality works for you two</h1>
        <p className="text-muted-foreground">
          {consent.changedSinceAccepted
            ? `${consent.counselorName} has changed the agreement since you last accepted it. Please read it again.`
            : `Before you start, please read how ${consent.counselorName} and Trellis handle what you write.`}
        </p>
      </header>
      <section aria-labelledby="policy" className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-5 sm:p-6">
        <h2 id="policy" className="text-lg font-semibold">
          Your agreement: {wording.title}
        </h2>
        {consent.practiceWording ? (
          // The practice's own words, as plain paragraphs: rendered as text, never as markup.
          <div className="flex flex-col gap-3">
            {paragraphsOf(consent.practiceWording).map((paragraph, index) => (
              <p key={index} className="whitespace-pre-wrap">
                {paragraph}
              </p>
            ))}
          </div>
        ) : (
          <ul className="flex list-disc flex-col gap-2 pl-5">
            {wording.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        )}
      </section>
      {consent.accepted ? (
        <p>
          You have accepted this agreement.{" "}
          <Link href="/today" className="font-medium text-primary underline-offset-4 hover:underline">
            Go to Today
          </Link>
        </p>
      ) : (
        <ConsentForm policyVersion={consent.policyVersion} />
      )}
    </div>
  );
}
