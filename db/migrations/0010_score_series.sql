CREATE TABLE "response_score_series" (
	"couple_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"score_key" text NOT NULL,
	CONSTRAINT "response_score_series_pkey" PRIMARY KEY("couple_id","author_id","template_id","score_key")
);
--> statement-breakpoint
DROP INDEX "response_scores_couple_author_series_idx";--> statement-breakpoint
ALTER TABLE "response_score_series" ADD CONSTRAINT "response_score_series_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_score_series" ADD CONSTRAINT "response_score_series_template_id_exercise_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."exercise_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_score_series" ADD CONSTRAINT "response_score_series_author_member_fk" FOREIGN KEY ("couple_id","author_id") REFERENCES "public"."couple_members"("couple_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "response_score_series_template_id_idx" ON "response_score_series" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "response_scores_couple_author_series_idx" ON "response_scores" USING btree ("couple_id","author_id","template_id","score_key","due_on","scored_at");
--> statement-breakpoint
-- Every insert into response_scores, from the app or a bulk loader, notes its series;
-- one statement-level trigger per insert, not one per row.
CREATE FUNCTION trellis_note_score_series() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO response_score_series (couple_id, author_id, template_id, score_key)
  SELECT DISTINCT couple_id, author_id, template_id, score_key FROM inserted_scores
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER response_scores_note_series
  AFTER INSERT ON response_scores
  REFERENCING NEW TABLE AS inserted_scores
  FOR EACH STATEMENT EXECUTE FUNCTION trellis_note_score_series();
--> statement-breakpoint
INSERT INTO response_score_series (couple_id, author_id, template_id, score_key)
SELECT DISTINCT couple_id, author_id, template_id, score_key FROM response_scores
ON CONFLICT DO NOTHING;
