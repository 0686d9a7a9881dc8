package nl.terugkeer.api.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.messaging.MetaData;

/**
 * The versions a client's {@code If-Match} accepts (ADR 0014), read once from the header by the controller's
 * argument resolver and carried into the command's metadata, where {@link IfMatchGuard} compares them.
 *
 * @param accepted the versions, comma-separated; {@code *} for any; {@code null} when the request had no If-Match
 */
public record ExpectedVersions(String accepted) {

    /** Metadata key of the accepted versions. */
    public static final String METADATA_KEY = "expectedVersions";

    public static final ExpectedVersions UNCONDITIONAL = new ExpectedVersions(null);

    private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*|\\s*(\\d{1,18})\\s*");

    /** {@code "3"}, {@code W/"3"}, {@code 3}, lists of them, or {@code *}; anything else matches no version. */
    public static ExpectedVersions fromIfMatch(String ifMatch) {
        if (ifMatch == null) {
            return UNCONDITIONAL;
        }
        if (ifMatch.trim().equals("*")) {
            return new ExpectedVersions("*");
        }
        List<String> found = new ArrayList<>();
        for (String part : ifMatch.split(",")) {
            Matcher matcher = ETAG.matcher(part);
            if (matcher.matches()) {
                found.add(
                        Long.toString(Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2))));
            }
        }
        return new ExpectedVersions(found.isEmpty() ? "-1" : String.join(",", found));
    }

    public MetaData asMetaData() {
        return accepted == null ? MetaData.emptyInstance() : MetaData.with(METADATA_KEY, accepted);
    }
}
