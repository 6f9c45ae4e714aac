import { redirect } from "next/navigation";
import { getCurrentViewer } from "@/server/api/request-context";
import { LANDING_PATHS } from "@/server/auth/landing";

/** Everyone lands where their work is: caseload, Today, or the practice page. */
export default async function HomePage() {
  const viewer = await getCurrentViewer();
  redirect(viewer ? LANDING_PATHS[viewer.role] : "/login");
}
