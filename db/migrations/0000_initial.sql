CREATE TABLE "athletes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"units" text DEFAULT 'km' NOT NULL,
	"persona" text DEFAULT 'neutral' NOT NULL,
	"birth_year" integer,
	"sex" text,
	"max_hr" integer,
	"resting_hr" integer,
	"lthr" integer,
	"phone_e164" text,
	"telegram_chat_id" bigint,
	"profile" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "athletes_phone_e164_unique" UNIQUE("phone_e164"),
	CONSTRAINT "athletes_telegram_chat_id_unique" UNIQUE("telegram_chat_id"),
	CONSTRAINT "athletes_units_check" CHECK ("athletes"."units" in ('km', 'mi')),
	CONSTRAINT "athletes_sex_check" CHECK ("athletes"."sex" is null or "athletes"."sex" in ('female', 'male', 'other')),
	CONSTRAINT "athletes_max_hr_check" CHECK ("athletes"."max_hr" is null or "athletes"."max_hr" between 100 and 240),
	CONSTRAINT "athletes_resting_hr_check" CHECK ("athletes"."resting_hr" is null or "athletes"."resting_hr" between 25 and 120),
	CONSTRAINT "athletes_lthr_check" CHECK ("athletes"."lthr" is null or "athletes"."lthr" between 80 and 230),
	CONSTRAINT "athletes_birth_year_check" CHECK ("athletes"."birth_year" is null or "athletes"."birth_year" between 1900 and 2100)
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"distance" text NOT NULL,
	"distance_meters" integer,
	"race_date" date,
	"target_seconds" integer,
	"priority" text DEFAULT 'A' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goals_priority_check" CHECK ("goals"."priority" in ('A', 'B', 'C')),
	CONSTRAINT "goals_target_check" CHECK ("goals"."target_seconds" is null or "goals"."target_seconds" > 0)
);
--> statement-breakpoint
CREATE TABLE "fitness_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"on_date" date NOT NULL,
	"vdot" double precision NOT NULL,
	"source" text NOT NULL,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fitness_vdot_check" CHECK ("fitness_snapshots"."vdot" between 10 and 100),
	CONSTRAINT "fitness_source_check" CHECK ("fitness_snapshots"."source" in ('race', 'workout', 'estimate', 'detraining'))
);
--> statement-breakpoint
CREATE TABLE "planned_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"hard" boolean DEFAULT false NOT NULL,
	"minutes" double precision NOT NULL,
	"km" double precision NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"targets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"replaces_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planned_sessions_status_check" CHECK ("planned_sessions"."status" in ('planned', 'done', 'missed', 'adapted', 'skipped')),
	CONSTRAINT "planned_sessions_minutes_check" CHECK ("planned_sessions"."minutes" >= 0),
	CONSTRAINT "planned_sessions_km_check" CHECK ("planned_sessions"."km" >= 0)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"rules_version" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_athlete_version_unique" UNIQUE("athlete_id","version")
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"planned_session_id" uuid,
	"started_at" timestamp with time zone,
	"local_date" date NOT NULL,
	"distance_meters" double precision,
	"duration_seconds" double precision,
	"avg_hr" integer,
	"max_hr" integer,
	"cadence" integer,
	"elevation_gain_meters" double precision,
	"rpe" integer,
	"feel" text,
	"laps" jsonb,
	"source" text NOT NULL,
	"raw_file_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_source_check" CHECK ("activities"."source" in ('manual', 'chat', 'voice', 'fit', 'gpx', 'tcx', 'api')),
	CONSTRAINT "activities_rpe_check" CHECK ("activities"."rpe" is null or "activities"."rpe" between 1 and 10),
	CONSTRAINT "activities_distance_check" CHECK ("activities"."distance_meters" is null or "activities"."distance_meters" > 0),
	CONSTRAINT "activities_duration_check" CHECK ("activities"."duration_seconds" is null or "activities"."duration_seconds" > 0),
	CONSTRAINT "activities_avg_hr_check" CHECK ("activities"."avg_hr" is null or "activities"."avg_hr" between 30 and 240),
	CONSTRAINT "activities_max_hr_check" CHECK ("activities"."max_hr" is null or "activities"."max_hr" between 30 and 250),
	CONSTRAINT "activities_cadence_check" CHECK ("activities"."cadence" is null or "activities"."cadence" between 60 and 260)
);
--> statement-breakpoint
CREATE TABLE "checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"date" date NOT NULL,
	"sleep_hours" double precision,
	"sleep_quality" integer,
	"resting_hr" integer,
	"hrv" double precision,
	"soreness" integer,
	"stress" integer,
	"mood" integer,
	"illness" boolean,
	"pain_location" text,
	"pain_score" integer,
	"red_flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkins_sleep_check" CHECK ("checkins"."sleep_hours" is null or "checkins"."sleep_hours" between 0 and 24),
	CONSTRAINT "checkins_sleep_quality_check" CHECK ("checkins"."sleep_quality" is null or "checkins"."sleep_quality" between 1 and 5),
	CONSTRAINT "checkins_resting_hr_check" CHECK ("checkins"."resting_hr" is null or "checkins"."resting_hr" between 25 and 150),
	CONSTRAINT "checkins_soreness_check" CHECK ("checkins"."soreness" is null or "checkins"."soreness" between 0 and 10),
	CONSTRAINT "checkins_stress_check" CHECK ("checkins"."stress" is null or "checkins"."stress" between 0 and 10),
	CONSTRAINT "checkins_mood_check" CHECK ("checkins"."mood" is null or "checkins"."mood" between 1 and 5),
	CONSTRAINT "checkins_pain_check" CHECK ("checkins"."pain_score" is null or "checkins"."pain_score" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"date" date NOT NULL,
	"action" text NOT NULL,
	"inputs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'applied' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_status_check" CHECK ("decisions"."status" in ('applied', 'proposed', 'accepted', 'kept_original'))
);
--> statement-breakpoint
CREATE TABLE "processed_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"athlete_id" uuid,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_source_key_unique" UNIQUE("source","key")
);
--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fitness_snapshots" ADD CONSTRAINT "fitness_snapshots_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_sessions" ADD CONSTRAINT "planned_sessions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_sessions" ADD CONSTRAINT "planned_sessions_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_sessions" ADD CONSTRAINT "planned_sessions_replaces_id_planned_sessions_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."planned_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_planned_session_id_planned_sessions_id_fk" FOREIGN KEY ("planned_session_id") REFERENCES "public"."planned_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goals_athlete_idx" ON "goals" USING btree ("athlete_id");--> statement-breakpoint
CREATE INDEX "fitness_athlete_date_idx" ON "fitness_snapshots" USING btree ("athlete_id","on_date");--> statement-breakpoint
CREATE INDEX "planned_sessions_athlete_date_idx" ON "planned_sessions" USING btree ("athlete_id","date");--> statement-breakpoint
CREATE INDEX "planned_sessions_plan_idx" ON "planned_sessions" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "activities_athlete_date_idx" ON "activities" USING btree ("athlete_id","local_date");--> statement-breakpoint
CREATE INDEX "checkins_athlete_date_idx" ON "checkins" USING btree ("athlete_id","date");--> statement-breakpoint
CREATE INDEX "decisions_athlete_date_idx" ON "decisions" USING btree ("athlete_id","date");