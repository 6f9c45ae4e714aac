import { accountRouter } from "./routers/account";
import { assignmentRouter } from "./routers/assignment";
import { coupleRouter } from "./routers/couple";
import { libraryRouter } from "./routers/library";
import { notificationRouter } from "./routers/notification";
import { auditRouter } from "./routers/audit";
import { concernRouter } from "./routers/concern";
import { consentRouter } from "./routers/consent";
import { flagRouter } from "./routers/flag";
import { helpRouter } from "./routers/help";
import { invitationRouter } from "./routers/invitation";
import { practiceRouter } from "./routers/practice";
import { prepRouter } from "./routers/prep";
import { remindersRouter } from "./routers/reminders";
import { reviewRouter } from "./routers/review";
import { sessionRouter } from "./routers/session";
import { taskRouter } from "./routers/task";
import { todayRouter } from "./routers/today";
import { viewerRouter } from "./routers/viewer";
import { createCallerFactory, createRouter } from "./trpc";

export const appRouter = createRouter({
  viewer: viewerRouter,
  account: accountRouter,
  couple: coupleRouter,
  assignment: assignmentRouter,
  today: todayRouter,
  task: taskRouter,
  review: reviewRouter,
  prep: prepRouter,
  session: sessionRouter,
  flag: flagRouter,
  concern: concernRouter,
  consent: consentRouter,
  help: helpRouter,
  audit: auditRouter,
  library: libraryRouter,
  practice: practiceRouter,
  reminders: remindersRouter,
  notification: notificationRouter,
  invitation: invitationRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
