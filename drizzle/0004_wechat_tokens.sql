CREATE TABLE "wechat_access_tokens" (
	"api_base" text NOT NULL,
	"app_id" text NOT NULL,
	"token_encrypted" text NOT NULL,
	"secret_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"generation" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "wechat_access_tokens_api_base_app_id_pk" PRIMARY KEY("api_base","app_id")
);
