CREATE TABLE "nightly_adaptations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"local_date" date NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"claimed_by" text,
	"claimed_until" timestamp with time zone,
	"decisions" integer,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	CONSTRAINT "nightly_adaptations_athlete_date_unique" UNIQUE("athlete_id","local_date"),
	CONSTRAINT "nightly_adaptations_status_check" CHECK ("nightly_adaptations"."status" in ('pending', 'adapting', 'done', 'failed', 'dead')),
	CONSTRAINT "nightly_adaptations_attempts_check" CHECK ("nightly_adaptations"."attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "athletes" ADD COLUMN "last_message_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "nightly_adaptations" ADD CONSTRAINT "nightly_adaptations_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "nightly_adaptations_due_idx" ON "nightly_adaptations" USING btree ("status","next_attempt_at");