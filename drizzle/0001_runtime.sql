ALTER TABLE "messages" ADD COLUMN "in_reply_to" bigint;--> statement-breakpoint
CREATE INDEX "messages_contact_idx" ON "messages" USING btree ("contact_id","id");--> statement-breakpoint
CREATE INDEX "messages_in_reply_to_idx" ON "messages" USING btree ("in_reply_to") WHERE "messages"."in_reply_to" is not null;