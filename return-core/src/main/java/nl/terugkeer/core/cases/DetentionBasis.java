package nl.terugkeer.core.cases;

/** Legal basis of alien detention (vreemdelingenbewaring): Vw art. 59, 59a (Dublin) or 59b (asylum seekers). */
public enum DetentionBasis {
    ART_59,
    ART_59A,
    ART_59B
}
