import { listPracticeCounselors } from "@/db/queries/practice";
import type { AdminViewer } from "../../auth/viewer";
import type { ServiceContext } from "../context";

/** Counselor accounts of the admin's own practice; admins see no clinical content. */
export async function listCounselors(ctx: ServiceContext<AdminViewer>) {
  return listPracticeCounselors(ctx.db, ctx.viewer.practiceId);
}
