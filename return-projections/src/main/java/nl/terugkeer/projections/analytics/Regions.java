package nl.terugkeer.projections.analytics;

import java.util.Map;

/**
 * The region (province) of a municipality, for reports per region. A built-in table of the larger municipalities and
 * the reception locations; every other code is {@value #UNKNOWN}. To be replaced by CBS's table of municipalities
 * and provinces when it is needed in full (ADR 0025).
 */
public final class Regions {

    public static final String UNKNOWN = "ONBEKEND";

    private static final Map<String, String> PROVINCE = Map.ofEntries(
            Map.entry("GM0014", "Groningen"),
            Map.entry("GM1950", "Groningen"),
            Map.entry("GM0080", "Fryslan"),
            Map.entry("GM0106", "Drenthe"),
            Map.entry("GM0193", "Overijssel"),
            Map.entry("GM0153", "Overijssel"),
            Map.entry("GM0150", "Overijssel"),
            Map.entry("GM0034", "Flevoland"),
            Map.entry("GM0200", "Gelderland"),
            Map.entry("GM0202", "Gelderland"),
            Map.entry("GM0268", "Gelderland"),
            Map.entry("GM0344", "Utrecht"),
            Map.entry("GM0307", "Utrecht"),
            Map.entry("GM0363", "Noord-Holland"),
            Map.entry("GM0392", "Noord-Holland"),
            Map.entry("GM0599", "Zuid-Holland"),
            Map.entry("GM0518", "Zuid-Holland"),
            Map.entry("GM0546", "Zuid-Holland"),
            Map.entry("GM0687", "Zeeland"),
            Map.entry("GM0772", "Noord-Brabant"),
            Map.entry("GM0855", "Noord-Brabant"),
            Map.entry("GM0758", "Noord-Brabant"),
            Map.entry("GM0796", "Noord-Brabant"),
            Map.entry("GM1706", "Noord-Brabant"),
            Map.entry("GM0935", "Limburg"),
            Map.entry("GM0983", "Limburg"));

    private Regions() {}

    public static String of(String municipalityCode) {
        return municipalityCode == null ? UNKNOWN : PROVINCE.getOrDefault(municipalityCode, UNKNOWN);
    }
}
