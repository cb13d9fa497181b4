ALTER TABLE "planned_sessions" ADD COLUMN "purpose_code" text;--> statement-breakpoint
ALTER TABLE "planned_sessions" ADD COLUMN "purpose_facts" jsonb;