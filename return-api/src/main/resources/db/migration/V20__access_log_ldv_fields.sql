-- The access log follows the fields of Logius' Logboek Dataverwerkingen (issue 9, ADR 0009): every record is one
-- action (span) of a trace, with its name, start and end, an LDV status, the processing activity it serves and at
-- most one data subject (the pseudonym in person_pseudonym). A search that returns several persons writes one child
-- record per person under the request's record (parent_span_id). The old columns stay: occurred_at is the end time,
-- status the HTTP status, person_pseudonym the data subject id. Rows written before this migration have NULLs here.
ALTER TABLE access_log.entry
    ADD COLUMN span_id                     CHAR(16),
    ADD COLUMN parent_span_id              CHAR(16),
    ADD COLUMN name                        VARCHAR(200),
    ADD COLUMN start_time                  TIMESTAMPTZ,
    ADD COLUMN end_time                    TIMESTAMPTZ,
    ADD COLUMN status_code                 VARCHAR(5),
    ADD COLUMN processing_activity_id      VARCHAR(300),
    ADD COLUMN data_subject_id_type        VARCHAR(100),
    ADD COLUMN foreign_operation_processor VARCHAR(300),
    ADD CONSTRAINT entry_status_code_ldv CHECK (status_code IN ('UNSET', 'OK', 'ERROR'));

CREATE INDEX entry_processing_activity_idx ON access_log.entry (processing_activity_id, id);
