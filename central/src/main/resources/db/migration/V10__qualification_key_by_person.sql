-- The unique key leads with person_key, and the index on person_key alone goes: every lookup by person (intake's
-- = ANY(?) lookup of stored keys, 無効（新しい資格あり）'s check, a card reading's records, the medical information's
-- patient) is served by the key's first column, and each row written updates one index fewer. On PostgreSQL a
-- 1,000,000-row load into the four-index table took 14.7 s of the server's time and 10.1 s with this key and without
-- the person index (docs/performance.md, §5). Lookups by insurer alone use ix_qualification_card's first column.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
ALTER TABLE qualification DROP CONSTRAINT uq_qualification_key;
ALTER TABLE qualification ADD CONSTRAINT uq_qualification_key UNIQUE (person_key, insurer_number, qualification_date);
DROP INDEX ix_qualification_person;
