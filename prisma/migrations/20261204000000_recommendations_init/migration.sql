-- recommendations (PRODUCT_SPEC §5, issue 7): the copies of catalog titles and of the viewer's consent and onboarding
-- genres that recommending needs (fed by events), the consented interaction log, per-profile adapters, A/B
-- experiments with their exposures and conversions, and the consumers' offsets. Models are rebuilt in memory.

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "recommendations";

-- CreateTable
CREATE TABLE "recommendations"."catalog_item" (
    "title_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "genres" TEXT[],
    "directors" TEXT[],
    "lead_cast" TEXT[],
    "release_year" INTEGER,
    "runtime_minutes" INTEGER,
    "popularity" DOUBLE PRECISION NOT NULL,
    "rating_level" INTEGER,
    "regions" TEXT[],
    "worldwide" BOOLEAN NOT NULL DEFAULT false,
    "document_version" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "catalog_item_pkey" PRIMARY KEY ("title_id")
);

-- CreateTable
CREATE TABLE "recommendations"."viewer" (
    "user_id" UUID NOT NULL,
    "personalization" BOOLEAN NOT NULL DEFAULT false,
    "onboarding_genres" TEXT[],
    "preferences_version" BIGINT NOT NULL,
    "consents_version" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "viewer_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "recommendations"."interaction" (
    "id" BIGSERIAL NOT NULL,
    "event_id" UUID,
    "user_id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "title_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "completion" DOUBLE PRECISION,
    "rating" INTEGER,
    "at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "interaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recommendations"."user_adapter" (
    "user_id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,
    "rank" INTEGER NOT NULL,
    "dims" INTEGER NOT NULL,
    "alpha" DOUBLE PRECISION NOT NULL,
    "bytes" BYTEA NOT NULL,
    "version" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "user_adapter_pkey" PRIMARY KEY ("user_id","profile_id")
);

-- CreateTable
CREATE TABLE "recommendations"."experiment" (
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "allocation" DOUBLE PRECISION NOT NULL,
    "variants" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "experiment_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "recommendations"."experiment_assignment" (
    "experiment_name" TEXT NOT NULL,
    "profile_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "variant" TEXT NOT NULL,
    "recommended" UUID[],
    "exposed_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "experiment_assignment_pkey" PRIMARY KEY ("experiment_name","profile_id")
);

-- CreateTable
CREATE TABLE "recommendations"."experiment_conversion" (
    "experiment_name" TEXT NOT NULL,
    "profile_id" UUID NOT NULL,
    "title_id" UUID NOT NULL,
    "metric" TEXT NOT NULL,
    "variant" TEXT NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "experiment_conversion_pkey" PRIMARY KEY ("experiment_name","profile_id","title_id","metric")
);

-- CreateTable
CREATE TABLE "recommendations"."consumer_offset" (
    "consumer_group" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "last_sequence" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consumer_offset_pkey" PRIMARY KEY ("consumer_group","source")
);

-- CreateIndex
CREATE UNIQUE INDEX "interaction_event_id_key" ON "recommendations"."interaction"("event_id");

-- CreateIndex
CREATE INDEX "interaction_user_id_profile_id_at_idx" ON "recommendations"."interaction"("user_id", "profile_id", "at");

-- CreateIndex
CREATE INDEX "experiment_assignment_profile_id_idx" ON "recommendations"."experiment_assignment"("profile_id");
