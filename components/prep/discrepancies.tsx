import Link from "next/link";
import { formatShortDate, formatShortDay, partnerNamer } from "./format";
import type { PartnerRef, PrepDiscrepancy } from "./types";

const linkClass = "font-medium text-primary underline-offset-4 hover:underline print:hidden";

function Side({ name, answer, timeZone }: { name: string; answer: PrepDiscrepancy["hp"]; timeZone: string }) {
  return (
    <div className="flex min-w-0 flex-col gap-1 rounded-md bg-muted/60 px-3 py-2">
      <p className="text-sm font-semibold">{name}</p>
      <p className="text-sm text-muted-foreground">{answer.fieldLabel}</p>
      <p className="whitespace-pre-wrap break-words">{answer.answer}</p>
      <p className="text-xs text-muted-foreground">
        For {formatShortDay(answer.dueOn)} · sent {formatShortDate(answer.submittedAt, timeZone)}
      </p>
    </div>
  );
}

/** Where the partners' accounts diverge, each side in its own words. */
export function Discrepancies({ items, partners, coupleId, timeZone }: { items: PrepDiscrepancy[]; partners: PartnerRef[]; coupleId: string; timeZone: string }) {
  const nameOf = partnerNamer(partners);
  // Discrepancy rules compare the hurt and the involved partner's versions of an exercise.
  const paired = partners.some((partner) => partner.label === "involved") && partners.some((partner) => partner.label !== "involved");
  if (items.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        {paired
          ? "No diverging answers since the last session."
          : "Both partners answer the same version of each exercise (neither is marked as the involved partner), so there are no paired answers to compare."}
      </p>
    );
  }
  return (
    <ul className="flex flex-col gap-4">
      {items.map((item, index) => {
        const sameTask = item.hp.taskId === item.ip.taskId;
        return (
          <li key={`${item.ruleKey}-${item.hp.taskId}-${item.ip.taskId}-${index}`} className="flex flex-col gap-3 rounded-md border border-border p-4 print:break-inside-avoid">
            <div className="flex flex-col gap-1">
              <h3 className="font-semibold">{item.label}</h3>
              <p className="text-sm text-muted-foreground">
                {item.exerciseTitle}
                {item.dueOn ? ` · ${formatShortDay(item.dueOn)}` : ""}
              </p>
              <p className="text-sm">{item.explanation}</p>
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              <Side name={nameOf(item.hp.userId)} answer={item.hp} timeZone={timeZone} />
              <Side name={nameOf(item.ip.userId)} answer={item.ip} timeZone={timeZone} />
            </div>
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {sameTask ? (
                <Link href={`/couples/${coupleId}/answers/${item.hp.taskId}`} className={linkClass}>
                  Open answers<span className="sr-only"> for “{item.label}”</span>
                </Link>
              ) : (
                [item.hp, item.ip].map((side) => (
                  <Link key={side.taskId} href={`/couples/${coupleId}/answers/${side.taskId}`} className={linkClass}>
                    Open {nameOf(side.userId)}&apos;s answers<span className="sr-only"> for “{item.label}”</span>
                  </Link>
                ))
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
