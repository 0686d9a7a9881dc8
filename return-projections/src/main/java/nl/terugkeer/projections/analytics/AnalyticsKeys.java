package nl.terugkeer.projections.analytics;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonymous keys of the analytics schema (ADR 0025): HMAC-SHA256 of a person's or case's id with a secret of
 * the analytics' own ({@code return.analytics.pseudonym-secret}), never the access log's, so that an analyst's key
 * cannot be matched with the access log's pseudonyms. 32 hex characters (128 bits).
 */
public final class AnalyticsKeys {

    private final SecretKeySpec key;

    public AnalyticsKeys(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("return.analytics.pseudonym-secret needs at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String person(UUID alienId) {
        return hmac("person:" + alienId);
    }

    public String caseKey(UUID caseId) {
        return hmac("case:" + caseId);
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
