ALTER TABLE "plans" ADD COLUMN "revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- A plan's revision moves after every statement that writes its sessions, whoever runs it (the service, the
-- nightly pass, an operator): a cached copy of the plan is checked against it (db/plan-cache.ts).
CREATE FUNCTION "bump_plan_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		UPDATE "plans" SET "revision" = "revision" + 1 WHERE "id" IN (SELECT "plan_id" FROM "new_sessions");
	ELSIF TG_OP = 'DELETE' THEN
		UPDATE "plans" SET "revision" = "revision" + 1 WHERE "id" IN (SELECT "plan_id" FROM "old_sessions");
	ELSE
		UPDATE "plans" SET "revision" = "revision" + 1
		WHERE "id" IN (SELECT "plan_id" FROM "new_sessions" UNION SELECT "plan_id" FROM "old_sessions");
	END IF;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "planned_sessions_inserted" AFTER INSERT ON "planned_sessions"
	REFERENCING NEW TABLE AS "new_sessions" FOR EACH STATEMENT EXECUTE FUNCTION "bump_plan_revision"();--> statement-breakpoint
CREATE TRIGGER "planned_sessions_updated" AFTER UPDATE ON "planned_sessions"
	REFERENCING OLD TABLE AS "old_sessions" NEW TABLE AS "new_sessions" FOR EACH STATEMENT EXECUTE FUNCTION "bump_plan_revision"();--> statement-breakpoint
CREATE TRIGGER "planned_sessions_deleted" AFTER DELETE ON "planned_sessions"
	REFERENCING OLD TABLE AS "old_sessions" FOR EACH STATEMENT EXECUTE FUNCTION "bump_plan_revision"();
