CREATE TABLE "inbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"chat" text,
	"sequence" bigserial NOT NULL,
	"payload" jsonb,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"claimed_by" text,
	"claimed_until" timestamp with time zone,
	"received_at" timestamp with time zone NOT NULL,
	"handled_at" timestamp with time zone,
	CONSTRAINT "inbox_source_key_unique" UNIQUE("source","key"),
	CONSTRAINT "inbox_status_check" CHECK ("inbox"."status" in ('pending', 'handling', 'done', 'failed', 'dead')),
	CONSTRAINT "inbox_attempts_check" CHECK ("inbox"."attempts" >= 0)
);
--> statement-breakpoint
CREATE INDEX "inbox_due_idx" ON "inbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "inbox_chat_idx" ON "inbox" USING btree ("source","chat","sequence");