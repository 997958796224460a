-- playback (PRODUCT_SPEC §10, §13 VPPA): the resume / continue-watching projection, the copies of catalog offers
-- and of the viewer's subscriptions and history consent that launching needs (all fed by events), the opt-in watch
-- history, the outbox and the consumers' offsets. Playback sessions live in Redis, not here.

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "playback";

-- CreateTable
CREATE TABLE "playback"."resume_point" (
    "user_id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "title_id" UUID NOT NULL,
    "position_seconds" DOUBLE PRECISION NOT NULL,
    "duration_seconds" DOUBLE PRECISION NOT NULL,
    "completed" BOOLEAN NOT NULL,
    "hlc" TEXT NOT NULL,
    "device_id" UUID NOT NULL,
    "last_watched_at" TIMESTAMPTZ(6) NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "resume_point_pkey" PRIMARY KEY ("user_id","profile_id","title_id")
);

-- CreateTable
CREATE TABLE "playback"."catalog_title" (
    "title_id" UUID NOT NULL,
    "runtime_minutes" INTEGER,
    "document_version" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "catalog_title_pkey" PRIMARY KEY ("title_id")
);

-- CreateTable
CREATE TABLE "playback"."title_offer" (
    "title_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "platform_id" TEXT NOT NULL,
    "availability_type" TEXT NOT NULL,
    "regions" TEXT[],
    "available_from" TIMESTAMPTZ(6),
    "expires_at" TIMESTAMPTZ(6),
    "app_url" TEXT,
    "web_url" TEXT,

    CONSTRAINT "title_offer_pkey" PRIMARY KEY ("title_id","position")
);

-- CreateTable
CREATE TABLE "playback"."viewer" (
    "user_id" UUID NOT NULL,
    "subscribed_platforms" TEXT[],
    "history_consent" BOOLEAN NOT NULL DEFAULT false,
    "preferences_version" BIGINT NOT NULL,
    "consents_version" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "viewer_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "playback"."watch_history" (
    "id" BIGSERIAL NOT NULL,
    "session_id" UUID,
    "user_id" UUID,
    "profile_id" UUID,
    "title_id" UUID NOT NULL,
    "device_id" UUID,
    "position_seconds" DOUBLE PRECISION NOT NULL,
    "duration_seconds" DOUBLE PRECISION NOT NULL,
    "completed" BOOLEAN NOT NULL,
    "watched_at" TIMESTAMPTZ(6) NOT NULL,
    "anonymized_at" TIMESTAMPTZ(6),

    CONSTRAINT "watch_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "playback"."outbox_event" (
    "sequence" BIGSERIAL NOT NULL,
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "aggregate_id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "schema_version" INTEGER NOT NULL,
    "occurred_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(6),

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("sequence")
);

-- CreateTable
CREATE TABLE "playback"."consumer_offset" (
    "consumer_group" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "last_sequence" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consumer_offset_pkey" PRIMARY KEY ("consumer_group","source")
);

-- CreateIndex
CREATE INDEX "resume_point_user_id_profile_id_last_watched_at_idx" ON "playback"."resume_point"("user_id", "profile_id", "last_watched_at");

-- CreateIndex
CREATE UNIQUE INDEX "watch_history_session_id_key" ON "playback"."watch_history"("session_id");

-- CreateIndex
CREATE INDEX "watch_history_user_id_watched_at_id_idx" ON "playback"."watch_history"("user_id", "watched_at", "id");

-- CreateIndex
CREATE INDEX "watch_history_watched_at_idx" ON "playback"."watch_history"("watched_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_event_id_key" ON "playback"."outbox_event"("id");

-- CreateIndex
CREATE INDEX "outbox_event_published_at_sequence_idx" ON "playback"."outbox_event"("published_at", "sequence");

-- CreateIndex
CREATE INDEX "outbox_event_type_sequence_idx" ON "playback"."outbox_event"("type", "sequence");

-- AddForeignKey
ALTER TABLE "playback"."title_offer" ADD CONSTRAINT "title_offer_title_id_fkey" FOREIGN KEY ("title_id") REFERENCES "playback"."catalog_title"("title_id") ON DELETE CASCADE ON UPDATE CASCADE;
