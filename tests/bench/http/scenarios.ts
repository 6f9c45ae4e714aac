import { randomUUID } from "node:crypto";
import { addDays } from "date-fns";
import type { Actors, OpenTask } from "./actors";
import type { BenchUser } from "./auth";

/** One request as both the load generator (over HTTP) and the floor (in-process) make it. */
export interface BenchCall {
  user: BenchUser;
  procedure: string;
  input?: unknown;
}

export interface Target {
  p95Ms: number;
  minRps?: number;
}

/** Per-connection memory: a connection that autosaves keeps its own draft and its version. */
export type ConnectionState = Record<string, unknown>;

export interface Scenario {
  key: string;
  label: string;
  method: "GET" | "POST";
  /** Requests the browser makes on its own (autosave, polling) say so, as the real client does. */
  background?: boolean;
  target?: Target;
  /** A server-rendered page rather than a procedure: measured over HTTP only, with no floor of its own. */
  page?: boolean;
  /** Scenarios that use something up per request (a submit) run a fixed number of requests instead of a duration. */
  consumes?: boolean;
  next(state: ConnectionState): BenchCall;
  /** Reads what the server answered to carry state into the next request (the new draft version). */
  onResponse?(state: ConnectionState, data: unknown): void;
}

function cycle<T>(items: T[]): () => T {
  let index = 0;
  return () => items[index++ % items.length]!;
}

function queue<T>(items: T[], what: string): () => T {
  let index = 0;
  return () => {
    const item = items[index++];
    if (!item) throw new Error(`ran out of ${what}: generate more data or run fewer requests`);
    return item;
  };
}

/**
 * The endpoints issue 8 names, each as a real user of the generated data would call it.
 * Open tasks are split: autosave and submit never touch the same draft.
 */
export function buildScenarios(actors: Actors, today: Date, options: { reuseOpenTasks?: boolean } = {}): { scenarios: Scenario[]; submitBudget: number } {
  const half = Math.floor(actors.openTasks.length / 2);
  const draftTasks = actors.openTasks.slice(0, half);
  const submitTasks = actors.openTasks.slice(half);
  const nextPartner = cycle(actors.partners);
  const nextPast = cycle(actors.pastTasks);
  // Work that is rolled back (the floor and plan captures) may reuse a task; load may not.
  const take = <T>(items: T[], what: string) => (options.reuseOpenTasks ? cycle(items.length > 0 ? items : actors.openTasks as T[]) : queue(items, what));
  const nextDraft = take(draftTasks, "open tasks for autosave");
  const nextSubmit = take(submitTasks, "open tasks to submit");
  const nextCounselor = cycle(actors.counselors);
  const nextPrepCounselor = cycle(actors.counselors);
  let prepIndex = 0;
  let assignIndex = 0;
  const dueOn = addDays(today, 14).toISOString().slice(0, 10);
  // Tomorrow is in the future in every zone a couple may live in.
  const startsOn = addDays(today, 1).toISOString().slice(0, 10);

  const scenarios: Scenario[] = [
    { key: "today", label: "Partner Today (today.get)", method: "GET", target: { p95Ms: 30 }, next: () => ({ user: nextPartner(), procedure: "today.get" }) },
    {
      key: "todayPage",
      label: "Partner Today page (HTML, /today)",
      method: "GET",
      page: true,
      next: () => ({ user: nextPartner(), procedure: "/today" }),
    },
    {
      key: "openTask",
      label: "Open a task (task.get)",
      method: "GET",
      next: () => {
        const past = nextPast();
        return { user: past.partner, procedure: "task.get", input: { taskId: past.taskId } };
      },
    },
    {
      key: "autosave",
      label: "Draft autosave (task.saveDraft)",
      method: "POST",
      background: true,
      target: { p95Ms: 50, minRps: 300 },
      next: (state) => {
        state.task ??= nextDraft();
        const task = state.task as OpenTask;
        state.version ??= task.baseVersion;
        return { user: task.partner, procedure: "task.saveDraft", input: { taskId: task.taskId, baseVersion: state.version, answers: task.answers } };
      },
      onResponse: (state, data) => {
        const version = (data as { version?: unknown } | undefined)?.version;
        if (typeof version === "number") state.version = version;
      },
    },
    {
      key: "submit",
      label: "Submit a task (task.submit)",
      method: "POST",
      consumes: true,
      target: { p95Ms: 50 },
      next: () => {
        const task = nextSubmit();
        return { user: task.partner, procedure: "task.submit", input: { taskId: task.taskId, baseVersion: task.baseVersion, answers: task.answers, submitKey: randomUUID() } };
      },
    },
    { key: "caseload", label: "Counselor caseload (prep.caseload)", method: "GET", target: { p95Ms: 80 }, next: () => ({ user: nextCounselor(), procedure: "prep.caseload" }) },
    {
      key: "prep",
      label: "Couple prep view (prep.couple)",
      method: "GET",
      target: { p95Ms: 80 },
      next: () => {
        const counselor = nextPrepCounselor();
        const coupleId = counselor.coupleIds[prepIndex++ % counselor.coupleIds.length]!;
        return { user: counselor, procedure: "prep.couple", input: { coupleId } };
      },
    },
    {
      key: "assign",
      label: "Assign an exercise (assignment.create)",
      method: "POST",
      next: () => {
        const counselor = actors.counselors[assignIndex % actors.counselors.length]!;
        const coupleId = counselor.coupleIds[Math.floor(assignIndex / actors.counselors.length) % counselor.coupleIds.length]!;
        assignIndex += 1;
        return {
          user: counselor,
          procedure: "assignment.create",
          input: { coupleId, templateId: actors.templateId, audience: "each", startsOn, schedule: { kind: "once", dueOn }, visibilityOverrides: {} },
        };
      },
    },
    {
      key: "unread",
      label: "Notification poll (notification.unreadCount)",
      method: "GET",
      background: true,
      next: () => ({ user: nextPartner(), procedure: "notification.unreadCount" }),
    },
  ];
  return { scenarios, submitBudget: submitTasks.length };
}
