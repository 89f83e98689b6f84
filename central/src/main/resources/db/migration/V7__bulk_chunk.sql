-- 一括照会 / 照会番号一括登録 units stored a chunk at a time: one row holds a JSON array of consecutive units of a
-- request (part REQUEST, written when it is accepted) or of its result (part RESULT, written with status DONE in one
-- transaction). A 一括照会 of 10,000 records was 10,000 inserted and 10,000 updated rows of bulk_unit, three of the
-- record's durable writes on the embedded store (docs/performance.md §3); chunks of 500 are 40 rows.
-- bulk_unit stays: requests accepted before this migration are still read from it (BulkRequestRepository).
-- VARCHAR without a length: unbounded on PostgreSQL, 1,000,000,000 characters on H2.
CREATE TABLE bulk_chunk (
    reception_number VARCHAR(24) NOT NULL,
    part             VARCHAR(8)  NOT NULL,
    chunk            INT         NOT NULL,
    units_json       VARCHAR     NOT NULL,
    PRIMARY KEY (reception_number, part, chunk),
    CONSTRAINT ck_bulk_chunk_part CHECK (part IN ('REQUEST', 'RESULT'))
);
