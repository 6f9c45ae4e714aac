"use client";

import { Printer } from "lucide-react";
import { Button } from "../ui/button";

/** Opens the browser's print dialog; the page's print styles leave the controls off paper. */
export function PrintPageButton() {
  return (
    <Button type="button" variant="outline" className="print:hidden" onClick={() => window.print()}>
      <Printer aria-hidden /> Print
    </Button>
  );
}
