-- CreateTable
CREATE TABLE "identity"."outbox_event" (
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

-- CreateIndex
CREATE UNIQUE INDEX "outbox_event_id_key" ON "identity"."outbox_event"("id");

-- CreateIndex
CREATE INDEX "outbox_event_published_at_sequence_idx" ON "identity"."outbox_event"("published_at", "sequence");

-- CreateIndex
CREATE INDEX "outbox_event_type_sequence_idx" ON "identity"."outbox_event"("type", "sequence");
