CREATE TABLE "wechat_media" (
	"api_base" text NOT NULL,
	"app_id" text NOT NULL,
	"url_hash" text NOT NULL,
	"media_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "wechat_media_api_base_app_id_url_hash_pk" PRIMARY KEY("api_base","app_id","url_hash")
);
