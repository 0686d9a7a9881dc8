package nl.terugkeer.api.security;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.messaging.MetaData;

/**
 * Who asks for a command and in which chain of work, as it travels in the command's metadata into every event
 * it causes. The API takes the actor from the bearer token (see nl.terugkeer.api.security.Actor).
 *
 * @param userId the acting user's id (pseudonymous account id, never a name)
 * @param role the role the user acts in
 * @param organisation the organisation the user acts for (e.g. DTenV, IND, or a municipality's CBS code)
 * @param correlationId the id that ties together everything done for one request
 */
public record CommandMetadata(String userId, Role role, String organisation, String correlationId) {

    public static final String USER_ID = "userId";
    public static final String ROLE = "role";
    public static final String ORGANISATION = "organisation";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

    public CommandMetadata {
        requireSafe("userId", userId);
        requireSafe("organisation", organisation);
        if (role == null) {
            throw new InvalidActor("role is required");
        }
        correlationId = correlationId == null ? UUID.randomUUID().toString() : correlationId;
        requireSafe("correlationId", correlationId);
    }

    public MetaData asMetaData() {
        Map<String, Object> values = new HashMap<>();
        values.put(USER_ID, userId);
        values.put(ROLE, role.name());
        values.put(ORGANISATION, organisation);
        values.put(CORRELATION_ID, correlationId);
        return MetaData.from(values);
    }

    private static void requireSafe(String name, String value) {
        if (value == null || !SAFE_TOKEN.matcher(value).matches()) {
            throw new InvalidActor(name + " must be 1-100 characters of letters, digits and . _ : @ -");
        }
    }

    /** The request does not say who acts, or says it in a form this API does not accept. */
    public static final class InvalidActor extends RuntimeException {
        public InvalidActor(String message) {
            super(message, null, false, false);
        }
    }
}
