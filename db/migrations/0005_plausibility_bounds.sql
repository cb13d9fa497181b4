ALTER TABLE "athletes" DROP CONSTRAINT "athletes_max_hr_check";--> statement-breakpoint
ALTER TABLE "athletes" DROP CONSTRAINT "athletes_lthr_check";--> statement-breakpoint
ALTER TABLE "activities" DROP CONSTRAINT "activities_avg_hr_check";--> statement-breakpoint
ALTER TABLE "activities" DROP CONSTRAINT "activities_max_hr_check";--> statement-breakpoint
ALTER TABLE "checkins" DROP CONSTRAINT "checkins_sleep_check";--> statement-breakpoint
ALTER TABLE "checkins" DROP CONSTRAINT "checkins_resting_hr_check";--> statement-breakpoint
-- Values outside the shared plausibility bounds (coach/rules/plausibility.ts) were never usable: the rules refuse them, so a runner with one could not replan. They become unknown (null), as the rules treat them.
UPDATE "athletes" SET "max_hr" = null WHERE "max_hr" not between 100 and 230;--> statement-breakpoint
UPDATE "athletes" SET "lthr" = null WHERE "lthr" not between 80 and 220;--> statement-breakpoint
UPDATE "activities" SET "avg_hr" = null WHERE "avg_hr" not between 40 and 230;--> statement-breakpoint
UPDATE "activities" SET "max_hr" = null WHERE "max_hr" not between 40 and 230;--> statement-breakpoint
UPDATE "checkins" SET "sleep_hours" = null WHERE "sleep_hours" not between 0 and 16;--> statement-breakpoint
UPDATE "checkins" SET "resting_hr" = null WHERE "resting_hr" not between 25 and 120;--> statement-breakpoint
ALTER TABLE "athletes" ADD CONSTRAINT "athletes_max_hr_check" CHECK ("athletes"."max_hr" is null or "athletes"."max_hr" between 100 and 230);--> statement-breakpoint
ALTER TABLE "athletes" ADD CONSTRAINT "athletes_lthr_check" CHECK ("athletes"."lthr" is null or "athletes"."lthr" between 80 and 220);--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_avg_hr_check" CHECK ("activities"."avg_hr" is null or "activities"."avg_hr" between 40 and 230);--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_max_hr_check" CHECK ("activities"."max_hr" is null or "activities"."max_hr" between 40 and 230);--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_sleep_check" CHECK ("checkins"."sleep_hours" is null or "checkins"."sleep_hours" between 0 and 16);--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_resting_hr_check" CHECK ("checkins"."resting_hr" is null or "checkins"."resting_hr" between 25 and 120);