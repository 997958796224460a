-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "identity";

-- CreateTable
CREATE TABLE "identity"."user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "password_hash" TEXT,
    "display_name" TEXT NOT NULL,
    "avatar_url" TEXT,
    "email_verified_at" TIMESTAMPTZ(6),
    "role" TEXT NOT NULL DEFAULT 'free',
    "status" TEXT NOT NULL DEFAULT 'active',
    "password_changed_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_active_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity"."linked_identity" (
    "id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "email" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "linked_identity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity"."profile" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "is_kids" BOOLEAN NOT NULL DEFAULT false,
    "avatar_url" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity"."parental_controls" (
    "profile_id" UUID NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "rating_limit_rank" INTEGER,
    "blocked_genres" TEXT[],
    "viewing_start" TEXT,
    "viewing_end" TEXT,
    "time_zone" TEXT,
    "pin_hash" TEXT,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "parental_controls_pkey" PRIMARY KEY ("profile_id")
);

-- CreateTable
CREATE TABLE "identity"."preferences" (
    "user_id" UUID NOT NULL,
    "favorite_genres" TEXT[],
    "disliked_genres" TEXT[],
    "preferred_languages" TEXT[],
    "subscribed_platforms" TEXT[],
    "max_content_rating" TEXT,
    "preferred_video_quality" TEXT,
    "autoplay_next" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "preferences_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "identity"."privacy_consent" (
    "user_id" UUID NOT NULL,
    "purpose" TEXT NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "policy_version" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "privacy_consent_pkey" PRIMARY KEY ("user_id","purpose")
);

-- CreateTable
CREATE TABLE "identity"."email_token" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,
    "used_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity"."mail_outbox" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text_body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(6),

    CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity"."mfa_secret" (
    "user_id" UUID NOT NULL,
    "secret_ciphertext" TEXT NOT NULL,
    "enabled_at" TIMESTAMPTZ(6),
    "last_used_step" BIGINT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mfa_secret_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "identity"."backup_code" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "code_hash" TEXT NOT NULL,
    "used_at" TIMESTAMPTZ(6),

    CONSTRAINT "backup_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity"."api_key" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "scopes" TEXT[],
    "rate_limit_per_minute" INTEGER NOT NULL DEFAULT 60,
    "expires_at" TIMESTAMPTZ(6),
    "last_used_at" TIMESTAMPTZ(6),
    "revoked_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity"."audit_log" (
    "id" UUID NOT NULL,
    "seq" BIGINT NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" TEXT,
    "action" TEXT NOT NULL,
    "resource_type" TEXT,
    "resource_id" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "ip" TEXT,
    "user_agent" TEXT,
    "prev_hash" TEXT,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "identity"."oidc_model" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "grant_id" TEXT,
    "user_code" TEXT,
    "uid" TEXT,
    "expires_at" TIMESTAMPTZ(6),
    "consumed_at" TIMESTAMPTZ(6),

    CONSTRAINT "oidc_model_pkey" PRIMARY KEY ("id","type")
);

-- CreateTable
CREATE TABLE "identity"."signing_key" (
    "kid" TEXT NOT NULL,
    "alg" TEXT NOT NULL,
    "public_jwk" JSONB NOT NULL,
    "private_jwk" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activates_at" TIMESTAMPTZ(6) NOT NULL,
    "retires_at" TIMESTAMPTZ(6),

    CONSTRAINT "signing_key_pkey" PRIMARY KEY ("kid")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "identity"."user"("email");

-- CreateIndex
CREATE INDEX "user_status_created_at_idx" ON "identity"."user"("status", "created_at");

-- CreateIndex
CREATE INDEX "user_deleted_at_idx" ON "identity"."user"("deleted_at");

-- CreateIndex
CREATE INDEX "linked_identity_user_id_idx" ON "identity"."linked_identity"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "linked_identity_provider_subject_key" ON "identity"."linked_identity"("provider", "subject");

-- CreateIndex
CREATE INDEX "profile_user_id_idx" ON "identity"."profile"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "email_token_token_hash_key" ON "identity"."email_token"("token_hash");

-- CreateIndex
CREATE INDEX "email_token_user_id_kind_created_at_idx" ON "identity"."email_token"("user_id", "kind", "created_at");

-- CreateIndex
CREATE INDEX "mail_outbox_sent_at_created_at_idx" ON "identity"."mail_outbox"("sent_at", "created_at");

-- CreateIndex
CREATE INDEX "backup_code_user_id_idx" ON "identity"."backup_code"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_prefix_key" ON "identity"."api_key"("prefix");

-- CreateIndex
CREATE INDEX "api_key_user_id_idx" ON "identity"."api_key"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "audit_log_seq_key" ON "identity"."audit_log"("seq");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "identity"."audit_log"("at");

-- CreateIndex
CREATE INDEX "audit_log_user_id_at_idx" ON "identity"."audit_log"("user_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_action_at_idx" ON "identity"."audit_log"("action", "at");

-- CreateIndex
CREATE INDEX "audit_log_resource_type_resource_id_idx" ON "identity"."audit_log"("resource_type", "resource_id");

-- CreateIndex
CREATE INDEX "oidc_model_grant_id_idx" ON "identity"."oidc_model"("grant_id");

-- CreateIndex
CREATE INDEX "oidc_model_user_code_idx" ON "identity"."oidc_model"("user_code");

-- CreateIndex
CREATE INDEX "oidc_model_uid_idx" ON "identity"."oidc_model"("uid");

-- CreateIndex
CREATE INDEX "oidc_model_expires_at_idx" ON "identity"."oidc_model"("expires_at");

-- AddForeignKey
ALTER TABLE "identity"."linked_identity" ADD CONSTRAINT "linked_identity_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity"."profile" ADD CONSTRAINT "profile_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity"."parental_controls" ADD CONSTRAINT "parental_controls_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "identity"."profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity"."preferences" ADD CONSTRAINT "preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity"."privacy_consent" ADD CONSTRAINT "privacy_consent_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity"."email_token" ADD CONSTRAINT "email_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity"."mfa_secret" ADD CONSTRAINT "mfa_secret_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity"."backup_code" ADD CONSTRAINT "backup_code_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "identity"."api_key" ADD CONSTRAINT "api_key_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity"."user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
