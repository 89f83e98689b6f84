-- One secondary index on consent instead of two. Every query names the person: a card reading's withdrawals and the
-- medical-information consent check (institution_code, person_key, category), the patient page (person_key). With
-- person_key first, one index serves them all; V4's (institution_code, person_key, category) and (person_key) were
-- each updated on every consent a card reading records — up to four per confirmation, on its hot path.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
CREATE INDEX ix_consent_person_institution ON consent (person_key, institution_code, category);
DROP INDEX ix_consent_lookup;
DROP INDEX ix_consent_person;
