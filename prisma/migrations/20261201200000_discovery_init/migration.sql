-- discovery (PRODUCT_SPEC §4): the search read model, fed by catalog events. Written in the shape `prisma migrate`
-- generates for the discovery models of schema.prisma, plus pg_trgm, which the trigram indexes need (PGlite loads
-- it too; see libs/db startEmbeddedPostgres).
--
-- `search_vector` is maintained by the store's upsert SQL (subgraphs/discovery/src/store/sql/upsertSearchDocumentsSql.ts),
-- not a generated column: its inputs are prepared in TypeScript (Unicode folding, which Postgres lacks without
-- `unaccent`; genre labels and synonyms; content type words), and `array_to_string` is only STABLE, so a generated
-- column would need an IMMUTABLE wrapper that misstates it. Re-weighting later means re-applying the documents
-- (the catalog's outbox keeps them for replay) or an UPDATE from the stored columns.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "discovery";

-- CreateTable
CREATE TABLE "discovery"."search_document" (
    "title_id" UUID NOT NULL,
    "content_type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "original_name" TEXT,
    "localized_names" TEXT[],
    "overview" TEXT,
    "genres" TEXT[],
    "directors" TEXT[],
    "cast_members" TEXT[],
    "release_year" INTEGER,
    "release_date" DATE,
    "runtime_minutes" INTEGER,
    "rating_system" TEXT,
    "rating" TEXT,
    "rating_rank" INTEGER,
    "popularity" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "average_rating" DOUBLE PRECISION,
    "vote_count" INTEGER,
    "quality_score" DOUBLE PRECISION,
    "external_ids" JSONB NOT NULL DEFAULT '{}',
    "name_keys" TEXT[],
    "names_text" TEXT NOT NULL,
    "people_keys" TEXT[],
    "search_vector" tsvector NOT NULL,
    "document_version" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_document_pkey" PRIMARY KEY ("title_id")
);

-- CreateTable
CREATE TABLE "discovery"."search_offer" (
    "title_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "platform_id" TEXT NOT NULL,
    "availability_type" TEXT NOT NULL,
    "regions" TEXT[],
    "available_from" TIMESTAMPTZ(6),
    "expires_at" TIMESTAMPTZ(6),
    "source" TEXT NOT NULL,

    CONSTRAINT "search_offer_pkey" PRIMARY KEY ("title_id","position")
);

-- CreateTable
CREATE TABLE "discovery"."autocomplete_term" (
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "norm" TEXT NOT NULL,
    "title_id" UUID,
    "genre" TEXT,
    "weight" DOUBLE PRECISION NOT NULL,
    "title_count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "autocomplete_term_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "discovery"."consumer_offset" (
    "consumer_group" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "last_sequence" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consumer_offset_pkey" PRIMARY KEY ("consumer_group","source")
);

-- CreateIndex
CREATE INDEX "search_document_search_vector_idx" ON "discovery"."search_document" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "search_document_names_text_idx" ON "discovery"."search_document" USING GIN ("names_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "search_document_genres_idx" ON "discovery"."search_document" USING GIN ("genres");

-- CreateIndex
CREATE INDEX "search_document_people_keys_idx" ON "discovery"."search_document" USING GIN ("people_keys");

-- CreateIndex
CREATE INDEX "search_offer_platform_id_availability_type_idx" ON "discovery"."search_offer"("platform_id", "availability_type");

-- CreateIndex
CREATE INDEX "autocomplete_term_norm_idx" ON "discovery"."autocomplete_term"("norm" text_pattern_ops);

-- CreateIndex
CREATE INDEX "autocomplete_term_norm_trgm_idx" ON "discovery"."autocomplete_term" USING GIN ("norm" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "autocomplete_term_title_id_idx" ON "discovery"."autocomplete_term"("title_id");

-- AddForeignKey
ALTER TABLE "discovery"."search_offer" ADD CONSTRAINT "search_offer_title_id_fkey" FOREIGN KEY ("title_id") REFERENCES "discovery"."search_document"("title_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discovery"."autocomplete_term" ADD CONSTRAINT "autocomplete_term_title_id_fkey" FOREIGN KEY ("title_id") REFERENCES "discovery"."search_document"("title_id") ON DELETE CASCADE ON UPDATE CASCADE;
