-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "catalog";

-- CreateTable
CREATE TABLE "catalog"."title" (
    "id" UUID NOT NULL,
    "content_type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "original_title" TEXT,
    "original_language" TEXT,
    "overview" TEXT,
    "release_date" DATE,
    "release_year" INTEGER,
    "end_date" DATE,
    "runtime_minutes" INTEGER,
    "genres" TEXT[],
    "rating_system" TEXT,
    "rating" TEXT,
    "rating_rank" INTEGER,
    "popularity" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "average_rating" DOUBLE PRECISION,
    "vote_count" INTEGER NOT NULL DEFAULT 0,
    "quality_score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(6),

    CONSTRAINT "title_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog"."localized_title" (
    "title_id" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "localized_title_pkey" PRIMARY KEY ("title_id","locale","position")
);

-- CreateTable
CREATE TABLE "catalog"."external_id" (
    "system" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "title_id" UUID NOT NULL,

    CONSTRAINT "external_id_pkey" PRIMARY KEY ("system","value")
);

-- CreateTable
CREATE TABLE "catalog"."credit" (
    "id" UUID NOT NULL,
    "title_id" UUID NOT NULL,
    "person_name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "job" TEXT,
    "character" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "credit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog"."platform" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "regions" TEXT[],
    "app_url_template" TEXT,
    "web_url_template" TEXT,
    "search_url_template" TEXT,

    CONSTRAINT "platform_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog"."offer" (
    "id" UUID NOT NULL,
    "title_id" UUID NOT NULL,
    "platform_id" TEXT NOT NULL,
    "platform_title_id" TEXT NOT NULL,
    "regions" TEXT[],
    "availability_type" TEXT NOT NULL,
    "price_amount" DECIMAL(10,2),
    "price_currency" TEXT,
    "quality_tiers" TEXT[],
    "subscription_tier" TEXT,
    "web_url" TEXT,
    "available_from" TIMESTAMPTZ(6),
    "expires_at" TIMESTAMPTZ(6),
    "source" TEXT NOT NULL,
    "added_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog"."source_record" (
    "source" TEXT NOT NULL,
    "source_key" TEXT NOT NULL,
    "title_id" UUID NOT NULL,
    "imported_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_record_pkey" PRIMARY KEY ("source","source_key")
);

-- CreateTable
CREATE TABLE "catalog"."ingestion_run" (
    "id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(6) NOT NULL,
    "finished_at" TIMESTAMPTZ(6),
    "imported" INTEGER NOT NULL DEFAULT 0,
    "merged" INTEGER NOT NULL DEFAULT 0,
    "skipped" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "ingestion_run_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "title_popularity_id_idx" ON "catalog"."title"("popularity" DESC, "id");

-- CreateIndex
CREATE INDEX "title_release_year_idx" ON "catalog"."title"("release_year");

-- CreateIndex
CREATE INDEX "title_genres_idx" ON "catalog"."title" USING GIN ("genres");

-- CreateIndex
CREATE INDEX "external_id_title_id_idx" ON "catalog"."external_id"("title_id");

-- CreateIndex
CREATE INDEX "credit_title_id_idx" ON "catalog"."credit"("title_id");

-- CreateIndex
CREATE INDEX "credit_person_name_idx" ON "catalog"."credit"("person_name");

-- CreateIndex
CREATE INDEX "offer_title_id_idx" ON "catalog"."offer"("title_id");

-- CreateIndex
CREATE INDEX "offer_platform_id_idx" ON "catalog"."offer"("platform_id");

-- CreateIndex
CREATE INDEX "offer_regions_idx" ON "catalog"."offer" USING GIN ("regions");

-- CreateIndex
CREATE INDEX "source_record_title_id_idx" ON "catalog"."source_record"("title_id");

-- CreateIndex
CREATE INDEX "ingestion_run_source_fingerprint_idx" ON "catalog"."ingestion_run"("source", "fingerprint");

-- AddForeignKey
ALTER TABLE "catalog"."localized_title" ADD CONSTRAINT "localized_title_title_id_fkey" FOREIGN KEY ("title_id") REFERENCES "catalog"."title"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."external_id" ADD CONSTRAINT "external_id_title_id_fkey" FOREIGN KEY ("title_id") REFERENCES "catalog"."title"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."credit" ADD CONSTRAINT "credit_title_id_fkey" FOREIGN KEY ("title_id") REFERENCES "catalog"."title"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."offer" ADD CONSTRAINT "offer_title_id_fkey" FOREIGN KEY ("title_id") REFERENCES "catalog"."title"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."offer" ADD CONSTRAINT "offer_platform_id_fkey" FOREIGN KEY ("platform_id") REFERENCES "catalog"."platform"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."source_record" ADD CONSTRAINT "source_record_title_id_fkey" FOREIGN KEY ("title_id") REFERENCES "catalog"."title"("id") ON DELETE CASCADE ON UPDATE CASCADE;
