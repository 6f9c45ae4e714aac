/** The background queues and when the scheduler starts each one. */
export const QUEUES = {
  /** Sends what waits in email_deliveries; nudged after a commit that queued mail, and every minute. */
  mailFlush: "mail.flush",
  /** Plans due-today, overdue and digest reminders for everyone whose local time has come. */
  remindersTick: "reminders.tick",
} as const;

export const SCHEDULES: ReadonlyArray<{ queue: string; cron: string }> = [
  { queue: QUEUES.mailFlush, cron: "* * * * *" },
  { queue: QUEUES.remindersTick, cron: "*/5 * * * *" },
];
