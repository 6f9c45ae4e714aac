CREATE TABLE "response_scores" (
	"response_id" uuid NOT NULL,
	"couple_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"score_key" text NOT NULL,
	"label" text NOT NULL,
	"value" double precision NOT NULL,
	"range_min" double precision NOT NULL,
	"range_max" double precision NOT NULL,
	"higher_is_better" boolean NOT NULL,
	"due_on" date NOT NULL,
	"scored_at" timestamp with time zone NOT NULL,
	CONSTRAINT "response_scores_pkey" PRIMARY KEY("response_id","score_key")
);
--> statement-breakpoint
DROP INDEX "session_notes_session_id_idx";--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "pinned_for_session_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "response_scores" ADD CONSTRAINT "response_scores_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_scores" ADD CONSTRAINT "response_scores_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_scores" ADD CONSTRAINT "response_scores_template_id_exercise_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."exercise_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_scores" ADD CONSTRAINT "response_scores_author_member_fk" FOREIGN KEY ("couple_id","author_id") REFERENCES "public"."couple_members"("couple_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "response_scores_couple_author_series_idx" ON "response_scores" USING btree ("couple_id","author_id","template_id","score_key","due_on");--> statement-breakpoint
CREATE INDEX "response_scores_template_id_idx" ON "response_scores" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "tasks_couple_due_idx" ON "tasks" USING btree ("couple_id","due_on");--> statement-breakpoint
CREATE INDEX "responses_couple_updated_idx" ON "responses" USING btree ("couple_id","updated_at");--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_session_author_key" UNIQUE("session_id","author_id");