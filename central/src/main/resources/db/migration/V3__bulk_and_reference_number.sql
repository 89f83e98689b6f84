-- 一括照会 (OQSmuquc) and 照会番号一括登録 (OQSmuimm): a request is accepted under a ReceptionNumber, processed in the
-- background, and downloaded later. Everything is owned by the institution that sent it.
CREATE TABLE bulk_request (
    reception_number                VARCHAR(24)  PRIMARY KEY,
    medical_institution_code        VARCHAR(10)  NOT NULL,
    message_kind                    VARCHAR(16)  NOT NULL,
    request_id                      VARCHAR(64),
    arbitrary_file_identifier       VARCHAR(200),
    qualification_confirmation_date DATE,
    received_at                     TIMESTAMP    NOT NULL,
    status                          VARCHAR(12)  NOT NULL,
    completed_at                    TIMESTAMP,
    unit_count                      INT          NOT NULL
);
-- The terminal sends an idempotency key; a resubmitted request gets its first ReceptionNumber back.
CREATE UNIQUE INDEX ux_bulk_request_idempotency ON bulk_request (medical_institution_code, request_id);

CREATE TABLE bulk_unit (
    reception_number VARCHAR(24)    NOT NULL,
    seq              INT            NOT NULL,
    request_json     VARCHAR(4000)  NOT NULL,
    result_json      VARCHAR(60000),
    PRIMARY KEY (reception_number, seq)
);

-- 照会番号: an institution's own patient id tied to the person behind a card, returned only to that institution.
CREATE TABLE reference_number (
    medical_institution_code VARCHAR(10) NOT NULL,
    person_key               VARCHAR(64) NOT NULL,
    reference_number         VARCHAR(50) NOT NULL,
    registered_at            TIMESTAMP   NOT NULL,
    PRIMARY KEY (medical_institution_code, person_key)
);
