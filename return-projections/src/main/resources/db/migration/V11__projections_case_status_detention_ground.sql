-- Issue 8: detention per ground. The case status shows the ground and the order date of the current detention.
-- Whether a detention is past its maximum end is not stored: it depends on the day it is asked, so it is computed at
-- read time from detention_max_end_on (already here) against the service clock (ADR 10, ADR 17).
--
-- Existing rows keep NULL in the new columns until their case's next event or a rebuild of the case-status
-- projection (docs/runbooks/rebuild-a-projection.md); detentions recorded before issue 8 have no ground and keep NULL.
ALTER TABLE projections.case_status
    ADD COLUMN detention_ground     VARCHAR(20),
    ADD COLUMN detention_ordered_on DATE;
