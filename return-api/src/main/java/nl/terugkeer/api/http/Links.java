package nl.terugkeer.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code _links} of an answer (HAL style, NL API Design Rules): where the resource itself is, and for a page
 * the next and previous pages, for a case its history. Absent links are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Links(Link self, Link next, Link prev, Link history) {

    /** One link. */
    public record Link(String href) {}

    public static Links self(String href) {
        return new Links(new Link(href), null, null, null);
    }

    public Links withHistory(String href) {
        return new Links(self, next, prev, new Link(href));
    }
}
