-- Reordered by hand after generation: the UNIQUE constraints must exist before the
-- composite foreign keys that reference them.
CREATE TABLE "user_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip_address" text,
	"user_agent" text
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_id_couple_key" UNIQUE("id","couple_id");--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_id_couple_key" UNIQUE("id","couple_id");--> statement-breakpoint
ALTER TABLE "couple_members" ADD CONSTRAINT "couple_members_couple_user_key" UNIQUE("couple_id","user_id");--> statement-breakpoint
DROP INDEX "tasks_couple_id_idx";--> statement-breakpoint
DROP INDEX "responses_couple_id_idx";--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_sessions_user_id_idx" ON "user_sessions" USING btree ("user_id","revoked_at");--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignment_same_couple_fk" FOREIGN KEY ("assignment_id","couple_id") REFERENCES "public"."assignments"("id","couple_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_member_fk" FOREIGN KEY ("couple_id","assignee_id") REFERENCES "public"."couple_members"("couple_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_task_same_couple_fk" FOREIGN KEY ("task_id","couple_id") REFERENCES "public"."tasks"("id","couple_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_author_member_fk" FOREIGN KEY ("couple_id","author_id") REFERENCES "public"."couple_members"("couple_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_author_member_fk" FOREIGN KEY ("couple_id","author_id") REFERENCES "public"."couple_members"("couple_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tasks_assignment_couple_idx" ON "tasks" USING btree ("assignment_id","couple_id");--> statement-breakpoint
CREATE INDEX "tasks_couple_assignee_idx" ON "tasks" USING btree ("couple_id","assignee_id","due_on");--> statement-breakpoint
CREATE INDEX "responses_task_couple_idx" ON "responses" USING btree ("task_id","couple_id");--> statement-breakpoint
CREATE INDEX "responses_couple_author_idx" ON "responses" USING btree ("couple_id","author_id");--> statement-breakpoint
CREATE INDEX "flags_couple_author_idx" ON "flags" USING btree ("couple_id","author_id");
