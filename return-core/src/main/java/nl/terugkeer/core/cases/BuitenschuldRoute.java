package nl.terugkeer.core.cases;

/**
 * The route by which DTenV establishes buitenschuld (Vc B8/4): it decides which criteria apply. An event stored
 * before the route existed reads as {@link #REGULAR}.
 */
public enum BuitenschuldRoute {
    /** Vc B8/4.1: the five criteria and the three exclusions. */
    REGULAR,
    /** Vc B8/4, B8/4.3: BMA finds the person permanently unable to travel. */
    MEDICAL,
    /** Vc B8/4 (amv): first application before the 15th birthday, no adequate reception in the country of origin. */
    UNACCOMPANIED_MINOR,
    /** Vc B8/4 (family members): the bond existed before entry; every plausible country tried for the family. */
    FAMILY;

    /** The route an event or command names, {@link #REGULAR} when it names none. */
    public static BuitenschuldRoute orRegular(BuitenschuldRoute route) {
        return route == null ? REGULAR : route;
    }
}
