-- The access log's chain covers the Logboek Dataverwerkingen fields of V20 too (issue 9): V25's hash named only the
-- columns of V5, so a changed span, name, time, LDV status or processing activity went unnoticed. An entry whose
-- LDV fields are all NULL (written before V20) hashes exactly as before, so every existing link still verifies.
CREATE OR REPLACE FUNCTION integrity.access_log_hash(previous bytea, e access_log.entry) RETURNS bytea
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT sha256(coalesce(previous, integrity.genesis())
        || sha256(convert_to((jsonb_build_array(
               e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.user_id, e.role,
               e.organisation, e.action, e.http_method, e.resource, e.person_pseudonym, e.trace_id, e.status)
            || CASE WHEN num_nonnulls(e.span_id, e.parent_span_id, e.name, e.start_time, e.end_time, e.status_code,
                                      e.processing_activity_id, e.data_subject_id_type,
                                      e.foreign_operation_processor) = 0
                    THEN '[]'::jsonb
                    ELSE jsonb_build_array(
                        e.span_id, e.parent_span_id, e.name,
                        to_char(e.start_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                        to_char(e.end_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                        e.status_code, e.processing_activity_id, e.data_subject_id_type,
                        e.foreign_operation_processor)
               END)::text,
               'UTF8')))
$$;
