package nl.terugkeer.core.aliens;

/**
 * Why a family member is no longer part of the family (vertrek uit het gezin): left the Netherlands, moved out of the
 * household (e.g. an adult child living on their own, a partner who separated), or died.
 */
public enum FamilyLeaveReason {
    DEPARTED,
    MOVED_OUT,
    DIED
}
