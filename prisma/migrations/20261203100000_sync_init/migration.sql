-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "sync";

-- CreateTable
CREATE TABLE "sync"."device" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "device_type" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "app_version" TEXT,
    "capabilities" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(6),

    CONSTRAINT "device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync"."library" (
    "user_id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "pruned_through" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "library_pkey" PRIMARY KEY ("user_id","profile_id")
);

-- CreateTable
CREATE TABLE "sync"."watchlist_tag" (
    "user_id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "title_id" UUID NOT NULL,
    "tag" TEXT NOT NULL,
    "added" BOOLEAN NOT NULL DEFAULT false,
    "tombstoned" BOOLEAN NOT NULL DEFAULT false,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT,
    "device_id" UUID,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "watchlist_tag_pkey" PRIMARY KEY ("user_id","profile_id","title_id","tag")
);

-- CreateTable
CREATE TABLE "sync"."progress" (
    "user_id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "title_id" UUID NOT NULL,
    "position_seconds" DOUBLE PRECISION NOT NULL,
    "duration_seconds" DOUBLE PRECISION NOT NULL,
    "completed" BOOLEAN NOT NULL,
    "hlc" TEXT NOT NULL,
    "device_id" UUID NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "progress_pkey" PRIMARY KEY ("user_id","profile_id","title_id")
);

-- CreateTable
CREATE TABLE "sync"."preference" (
    "user_id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "hlc" TEXT NOT NULL,
    "device_id" UUID NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "preference_pkey" PRIMARY KEY ("user_id","profile_id","key")
);

-- CreateTable
CREATE TABLE "sync"."operation" (
    "sequence" BIGSERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "op_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "device_id" UUID NOT NULL,
    "hlc" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "operation_pkey" PRIMARY KEY ("sequence")
);

-- CreateTable
CREATE TABLE "sync"."outbox_event" (
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
CREATE TABLE "sync"."consumer_offset" (
    "consumer_group" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "last_sequence" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consumer_offset_pkey" PRIMARY KEY ("consumer_group","source")
);

-- CreateIndex
CREATE INDEX "device_user_id_idx" ON "sync"."device"("user_id");

-- CreateIndex
CREATE INDEX "operation_user_id_profile_id_sequence_idx" ON "sync"."operation"("user_id", "profile_id", "sequence");

-- CreateIndex
CREATE INDEX "operation_created_at_idx" ON "sync"."operation"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "operation_user_id_profile_id_op_key_key" ON "sync"."operation"("user_id", "profile_id", "op_key");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_event_id_key" ON "sync"."outbox_event"("id");

-- CreateIndex
CREATE INDEX "outbox_event_published_at_sequence_idx" ON "sync"."outbox_event"("published_at", "sequence");

-- CreateIndex
CREATE INDEX "outbox_event_type_sequence_idx" ON "sync"."outbox_event"("type", "sequence");
