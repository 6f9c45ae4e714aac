import type { ComponentProps } from "react";
import { cn } from "../ui/cn";

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea
      className={cn(
        "flex min-h-28 w-full min-w-0 rounded-md border border-input bg-surface px-3 py-2 text-base leading-relaxed text-foreground placeholder:text-muted-foreground/80 aria-[invalid=true]:border-destructive disabled:opacity-60 sm:text-sm",
        className,
      )}
      {...props}
    />
  );
}
