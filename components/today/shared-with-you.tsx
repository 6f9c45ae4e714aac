import type { SharedOccurrence } from "../providers/router-types";
import { AnswerList } from "../answers/answer-list";
import { formatCalendarDate } from "../format";

const VIA_TEXT = { shared: null, author_share: "Your partner chose to share this", counselor_release: "Released by your counselor" } as const;

/** What the other partner shared or the counselor released, newest first. */
export function SharedWithYou({ items }: { items: SharedOccurrence[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="shared-with-you" className="flex flex-col gap-3">
      <h2 id="shared-with-you" className="text-sm font-semibold uppercase tracking-wide text-muted-foreground">
        Shared with you
      </h2>
      <ul className="flex flex-col gap-3">
        {items.map((item) => (
          <li key={item.key}>
            <details className="group rounded-lg border border-border bg-surface">
              <summary className="flex cursor-pointer flex-col gap-0.5 px-4 py-4 sm:px-5">
                <span className="font-medium">{item.title}</span>
                <span className="text-sm text-muted-foreground">
                  From your partner · {formatCalendarDate(item.dueOn, { weekday: true })}
                </span>
              </summary>
              <div className="border-t border-border px-4 py-4 sm:px-5">
                <AnswerList
                  rows={item.answers.map((answer) => ({
                    field: answer.field,
                    value: answer.value,
                    aside: VIA_TEXT[answer.via] ? <p className="text-sm text-muted-foreground">{VIA_TEXT[answer.via]}</p> : null,
                  }))}
                />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
