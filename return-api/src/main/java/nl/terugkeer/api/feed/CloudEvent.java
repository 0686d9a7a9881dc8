package nl.terugkeer.api.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One integration event in the JSON format of CloudEvents 1.0, NL GOV profile (ADR 24). Written as a record: the
 * CloudEvents Java SDK's JSON format module is built on Jackson 2, this service on Jackson 3.
 *
 * @param id deterministic: UUID v5 of the source event's id and the type, so a replay gives the same id
 * @param source this service, as a URN
 * @param subject the case or person id (never a V-number or BSN)
 * @param time when the source event was recorded
 * @param dataref the REST resource that holds the full current state
 * @param sequence the feed position, zero-padded so that it orders as text
 * @param correlationid the correlation id of the request that caused the change (extension attribute)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String dataschema,
        String dataref,
        String sequence,
        String correlationid,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String MEDIA_TYPE = "application/cloudevents+json";
}
