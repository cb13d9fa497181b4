CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_sid" text NOT NULL,
	"athlete_id" uuid NOT NULL,
	"session_date" date NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"run_started_at" timestamp with time zone,
	"step_index" integer DEFAULT 0 NOT NULL,
	"previous_cue" text,
	"retries" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"reports" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"last_messages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"checkin_id" uuid,
	"end_status" text,
	"duration_seconds" integer,
	"ended_at" timestamp with time zone,
	"rpe" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calls_call_sid_unique" UNIQUE("call_sid"),
	CONSTRAINT "calls_status_check" CHECK ("calls"."status" in ('active', 'stopped', 'red-flag', 'ended')),
	CONSTRAINT "calls_retries_check" CHECK ("calls"."retries" >= 0),
	CONSTRAINT "calls_rpe_check" CHECK ("calls"."rpe" is null or "calls"."rpe" between 1 and 10)
);
--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calls_athlete_date_idx" ON "calls" USING btree ("athlete_id","session_date","started_at");