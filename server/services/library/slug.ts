import { randomBytes } from "node:crypto";
import { findSlugsLike } from "@/db/queries/templates";
import type { Database } from "@/db/client";

function slugify(text: string) {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "exercise";
}

/**
 * A slug unique in the practice, derived from the title ("impact-letter", "impact-letter-2", …),
 * or with a random suffix when a concurrent insert took the obvious one.
 */
export async function uniqueSlug(db: Database, practiceId: string, title: string, randomSuffix = false) {
  const base = randomSuffix ? `${slugify(title).slice(0, 53)}-${randomBytes(3).toString("hex")}` : slugify(title);
  const taken = await findSlugsLike(db, practiceId, base);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
