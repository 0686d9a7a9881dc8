package nl.terugkeer.projections;

/**
 * Which part of a list a query returns, so that paging happens in SQL: from {@code offset}, at most {@code limit}
 * rows ({@code null}: all of them).
 */
public record Slice(long offset, Integer limit) {

    public static final Slice ALL = new Slice(0, null);

    public Slice {
        if (offset < 0 || (limit != null && limit < 0)) {
            throw new IllegalArgumentException("offset and limit are zero or more");
        }
    }
}
