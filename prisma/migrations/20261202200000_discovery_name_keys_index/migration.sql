-- Known-item search looks a query up among every title's name keys on each search ("godfather" → The Godfather);
-- without an index that was a sequential scan of the read model (~10 ms at 11,666 titles).

-- CreateIndex
CREATE INDEX "search_document_name_keys_idx" ON "discovery"."search_document" USING GIN ("name_keys");
