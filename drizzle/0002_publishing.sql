CREATE TYPE "public"."flow_kind" AS ENUM('canvas', 'auto-reply');--> statement-breakpoint
ALTER TABLE "deployments" ADD COLUMN "trigger_priorities" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "flow_versions" ADD COLUMN "draft_revision" integer;--> statement-breakpoint
ALTER TABLE "flows" ADD COLUMN "kind" "flow_kind" DEFAULT 'canvas' NOT NULL;--> statement-breakpoint
ALTER TABLE "flows" ADD COLUMN "account_id" uuid;--> statement-breakpoint
ALTER TABLE "flows" ADD CONSTRAINT "flows_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "flows_auto_reply_account_uq" ON "flows" USING btree ("account_id") WHERE "flows"."kind" = 'auto-reply';--> statement-breakpoint
-- Versions compiled before triggers carried their priority get it from their document's node.
UPDATE "flow_versions" v SET "compiled" = jsonb_set(v."compiled", '{triggers}', (
  SELECT coalesce(jsonb_agg(t.value || jsonb_build_object('priority', coalesce((
      SELECT (n.value -> 'data' ->> 'priority')::int FROM jsonb_array_elements(v."document" -> 'nodes') n
      WHERE n.value ->> 'id' = t.value ->> 'nodeId' LIMIT 1), 0)) ORDER BY t.ordinality), '[]'::jsonb)
  FROM jsonb_array_elements(v."compiled" -> 'triggers') WITH ORDINALITY t
))
WHERE jsonb_typeof(v."compiled" -> 'triggers') = 'array'
  AND NOT coalesce(v."compiled" -> 'triggers' -> 0 ? 'priority', false);--> statement-breakpoint
-- Published versions are immutable: conversations, deployments and the history rely on it.
CREATE FUNCTION "flow_versions_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'flow versions are immutable (version % of flow %)', OLD.number, OLD.flow_id
    USING ERRCODE = 'restrict_violation';
END
$$;--> statement-breakpoint
CREATE TRIGGER "flow_versions_no_update" BEFORE UPDATE ON "flow_versions"
  FOR EACH ROW EXECUTE FUNCTION "flow_versions_immutable"();
