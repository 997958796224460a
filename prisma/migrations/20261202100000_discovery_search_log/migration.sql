-- discovery (PRODUCT_SPEC §4): the anonymised search log behind popular queries, zero-result queries and latency
-- percentiles. No column can name a person: queries are anonymised before they are written (see
-- subgraphs/discovery/src/analytics/anonymizeQuery.ts), and rows are purged after the retention period.

-- CreateTable
CREATE TABLE "discovery"."search_log" (
    "id" BIGSERIAL NOT NULL,
    "query" TEXT NOT NULL,
    "strategy" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "result_count" INTEGER NOT NULL,
    "latency_ms" DOUBLE PRECISION NOT NULL,
    "cached" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "search_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "search_log_at_idx" ON "discovery"."search_log"("at");
