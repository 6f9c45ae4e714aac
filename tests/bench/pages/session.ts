import superjson, { type SuperJSONResult } from "superjson";

/** Cookies by name, as a browser would keep them for one origin (no paths, no expiry: one short run). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";", 1)[0] ?? "";
      const equals = pair.indexOf("=");
      if (equals > 0) this.cookies.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  entries(): { name: string; value: string }[] {
    return [...this.cookies].map(([name, value]) => ({ name, value }));
  }
}

/**
 * Signs in the way the sign-in form does (next-auth's `signIn("credentials", { redirect: false })`):
 * GET /api/auth/csrf for the double-submit token and its cookie, then POST the
 * credentials with `json=true`. Returns the jar holding the session cookie.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(new URL("/api/auth/csrf", baseUrl));
  if (!csrfResponse.ok) throw new Error(`GET /api/auth/csrf answered ${csrfResponse.status}`);
  jar.store(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };

  const response = await fetch(new URL("/api/auth/callback/credentials", baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: new URL("/today", baseUrl).href, json: "true" }),
  });
  jar.store(response);
  const answer = (await response.json().catch(() => ({}))) as { url?: string };
  const failed = !response.ok || (answer.url && new URL(answer.url).searchParams.has("error"));
  if (failed || !jar.header().includes("session-token")) {
    throw new Error(`signing in as ${email} failed (${response.status} ${answer.url ?? ""}); is the demo practice seeded?`);
  }
  return jar;
}

/** A tRPC query over HTTP with the session, as the browser's client sends it. */
export async function trpcQuery<T>(baseUrl: string, jar: CookieJar, path: string): Promise<T> {
  const response = await fetch(new URL(`/api/trpc/${path}`, baseUrl), { headers: { cookie: jar.header() } });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { result: { data: SuperJSONResult } };
  return superjson.deserialize<T>(body.result.data);
}

interface TodayTask {
  id: string;
  title: string;
  dueOn: string;
  status: string;
}

interface TodayData {
  today: string;
  dueToday: TodayTask[];
  overdue: TodayTask[];
  upcoming: TodayTask[];
  recentlyDone: TodayTask[];
}

export interface ChosenTask {
  id: string;
  title: string;
  dueOn: string;
  status: string;
  /** Which list of Today it came from, in order of preference. */
  from: string;
}

const isOpen = (task: TodayTask) => task.status === "not_started" || task.status === "in_progress";

/**
 * A task for the task page, from the partner's Today: an open task due today (the
 * page with the answer form, the heaviest a partner sees), else an open overdue one,
 * else anything listed.
 */
export async function chooseTask(baseUrl: string, jar: CookieJar): Promise<ChosenTask> {
  const today = await trpcQuery<TodayData>(baseUrl, jar, "today.get");
  const candidates: [string, TodayTask | undefined][] = [
    ["open, due today", today.dueToday.find(isOpen)],
    ["open, overdue", today.overdue.find(isOpen)],
    ["due today", today.dueToday[0]],
    ["coming up", today.upcoming[0]],
    ["recently done", today.recentlyDone[0]],
  ];
  for (const [from, task] of candidates) {
    if (task) return { id: task.id, title: task.title, dueOn: task.dueOn, status: task.status, from };
  }
  throw new Error("this partner's Today lists no task; choose another partner with BENCH_EMAIL");
}
