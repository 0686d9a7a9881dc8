-- Searching persons by V-number or surname (POST /v1/aliens/_zoek, /v1/cases/_zoek) reads the registrations in
-- the case history; these indexes keep it a lookup instead of a scan.
CREATE INDEX case_history_v_number_idx ON projections.case_history ((payload ->> 'vNumber'))
    WHERE event_type = 'AlienRegistered';
CREATE INDEX case_history_surname_idx ON projections.case_history (lower(payload -> 'name' ->> 'surname'))
    WHERE event_type = 'AlienRegistered';
