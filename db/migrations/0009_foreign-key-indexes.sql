CREATE INDEX "planned_sessions_replaces_idx" ON "planned_sessions" USING btree ("replaces_id");--> statement-breakpoint
CREATE INDEX "activities_planned_session_idx" ON "activities" USING btree ("planned_session_id");--> statement-breakpoint
CREATE INDEX "processed_events_athlete_idx" ON "processed_events" USING btree ("athlete_id");--> statement-breakpoint
CREATE INDEX "outbox_athlete_idx" ON "outbox" USING btree ("athlete_id");