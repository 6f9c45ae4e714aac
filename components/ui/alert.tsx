import { cva, type VariantProps } from "class-variance-authority";
import { AlertTriangle, CheckCircle2, Info } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "./cn";

const alertVariants = cva("flex gap-3 rounded-md border p-4 text-sm [&>svg]:mt-0.5 [&>svg]:size-4 [&>svg]:shrink-0", {
  variants: {
    tone: {
      info: "border-primary/25 bg-primary-soft text-foreground [&>svg]:text-primary",
      error: "border-destructive/30 bg-destructive-soft text-foreground [&>svg]:text-destructive",
      success: "border-success/30 bg-success-soft text-foreground [&>svg]:text-success",
    },
  },
  defaultVariants: { tone: "info" },
});

const icons = { info: Info, error: AlertTriangle, success: CheckCircle2 } as const;

/** A status message. Errors are announced assertively; everything else politely. */
export function Alert({ className, tone = "info", children, ...props }: ComponentProps<"div"> & VariantProps<typeof alertVariants>) {
  const Icon = icons[tone ?? "info"];
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn(alertVariants({ tone }), className)} {...props}>
      <Icon aria-hidden />
      <div className="flex flex-col gap-1">{children}</div>
    </div>
  );
}
