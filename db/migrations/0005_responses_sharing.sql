ALTER TABLE "disclosures" ADD COLUMN "response_version" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "response_fields" ADD COLUMN "paired_reveal" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "response_fields" ADD COLUMN "release_withdrawn_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "share_requests_open_key" ON "share_requests" USING btree ("response_id","field_key") WHERE "share_requests"."status" = 'open';