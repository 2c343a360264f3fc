ALTER TABLE "messages" DROP CONSTRAINT "messages_workspace_id_workspaces_id_fk";
--> statement-breakpoint
ALTER TABLE "messages" DROP CONSTRAINT "messages_channel_id_channels_id_fk";
--> statement-breakpoint
ALTER TABLE "messages" DROP CONSTRAINT "messages_conversation_id_conversations_id_fk";
--> statement-breakpoint
DROP INDEX "messages_conversation_idx";--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "deployment_revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "in_reply_to" bigint;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "marks" jsonb;--> statement-breakpoint
CREATE INDEX "analytics_conversation_idx" ON "analytics_events" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "messages_contact_idx" ON "messages" USING btree ("contact_id","id");--> statement-breakpoint
CREATE INDEX "outbox_conversation_idx" ON "outbox" USING btree ("conversation_id");