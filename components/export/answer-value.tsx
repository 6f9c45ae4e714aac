/** One stored answer as plain text: words as written, choices and lists joined. */
export function formatAnswerValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(formatAnswerValue).join(", ");
  return JSON.stringify(value);
}

/** Question and answer pairs as a definition list that prints cleanly. */
export function AnswerList({ answers }: { answers: { question: string; value: unknown }[] }) {
  if (answers.length === 0) return <p className="text-sm text-muted-foreground">No answers.</p>;
  return (
    <dl className="flex flex-col gap-3">
      {answers.map((answer, index) => (
        <div key={index} className="break-inside-avoid">
          <dt className="text-sm font-medium text-muted-foreground">{answer.question}</dt>
          <dd className="mt-0.5 whitespace-pre-wrap text-sm">{formatAnswerValue(answer.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
