-- Terminal (資格確認端末) client certificates issued by the OpenOQS CA. Central accepts a TLS client only while its
-- certificate's row exists, is unrevoked and within validity. serial_number is the certificate serial in lower-case
-- hex. Times are Japan time, like the rest of the schema. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
CREATE TABLE terminal_certificate (
    serial_number            VARCHAR(40)  PRIMARY KEY,
    medical_institution_code VARCHAR(10)  NOT NULL,
    terminal_id              VARCHAR(100) NOT NULL,
    subject                  VARCHAR(400) NOT NULL,
    not_before               TIMESTAMP    NOT NULL,
    not_after                TIMESTAMP    NOT NULL,
    issued_at                TIMESTAMP    NOT NULL,
    revoked_at               TIMESTAMP,
    revocation_reason        VARCHAR(200)
);

CREATE INDEX ix_terminal_certificate_institution ON terminal_certificate (medical_institution_code);
