-- Every "until" of an entitlement is now the last day included (docs/domain/entitlement.md, "Days"), and the policy
-- counts in episodes. The periods are derived data: empty them and drop the processor's token, so that the
-- entitlement-periods projection replays every event on the next start and writes them anew.
COMMENT ON COLUMN projections.entitlement_period.valid_until IS 'last day included; NULL = open-ended';
TRUNCATE projections.entitlement_period, projections.entitlement_case;
DELETE FROM tokenentry WHERE processorname = 'entitlement-periods';
