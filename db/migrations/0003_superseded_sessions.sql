ALTER TABLE "planned_sessions" DROP CONSTRAINT "planned_sessions_status_check";--> statement-breakpoint
UPDATE "planned_sessions" SET "status" = 'superseded' WHERE "id" IN (SELECT "replaces_id" FROM "planned_sessions" WHERE "replaces_id" IS NOT NULL);--> statement-breakpoint
UPDATE "planned_sessions" SET "status" = 'adapted' WHERE "replaces_id" IS NOT NULL AND "status" = 'planned';--> statement-breakpoint
ALTER TABLE "planned_sessions" ADD CONSTRAINT "planned_sessions_status_check" CHECK ("planned_sessions"."status" in ('planned', 'done', 'missed', 'adapted', 'skipped', 'superseded'));
