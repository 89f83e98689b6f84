-- The patient-visible audit trail: one hash-chained row per event (see core org.openoqs.core.audit.AuditChain).
-- sequence is the chain order, from 1 without gaps; hash = SHA-256(canonical entry || previous_hash). Rows are only
-- ever inserted. Times are Japan time at millisecond precision, kept exactly by TIMESTAMP(3) on H2 and PostgreSQL.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
CREATE TABLE audit_entry (
    sequence         BIGINT        PRIMARY KEY,
    recorded_at      TIMESTAMP(3)  NOT NULL,
    action           VARCHAR(40)   NOT NULL,
    institution_code VARCHAR(10),
    person_key       VARCHAR(64),
    subject          VARCHAR(200),
    outcome          VARCHAR(40),
    detail           VARCHAR(1000),
    previous_hash    VARCHAR(64)   NOT NULL,
    hash             VARCHAR(64)   NOT NULL
);

-- The patient page: a person's entries, newest first.
CREATE INDEX ix_audit_entry_person ON audit_entry (person_key, sequence);

-- The chain's head (newest sequence and hash), moved in the same transaction as the entries. Writers append by
-- compare-and-set on this single row, which also serialises writers on several nodes; verification checks the chain
-- against it, so deleting the newest entries is detected.
CREATE TABLE audit_head (
    id         INT          PRIMARY KEY,
    sequence   BIGINT       NOT NULL,
    hash       VARCHAR(64)  NOT NULL,
    updated_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT ck_audit_head_single CHECK (id = 1)
);

INSERT INTO audit_head (id, sequence, hash, updated_at)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', CURRENT_TIMESTAMP);
