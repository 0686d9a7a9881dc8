package nl.terugkeer.api.http;

import java.util.List;
import nl.terugkeer.projections.Slice;

/**
 * One page of a collection with {@code _links} to self, next and prev (NL API Design Rules, pagination by
 * {@code page} and {@code pageSize}). Invalid values are refused with a 400 by the caller.
 */
public record Paging(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 500;

    public boolean valid() {
        return page >= 1 && pageSize >= 1 && pageSize <= MAX_PAGE_SIZE;
    }

    public static String rule() {
        return "page must be 1 or more and pageSize between 1 and " + MAX_PAGE_SIZE;
    }

    /** A page of entries with the links to itself and its neighbours. */
    public record Page<T>(List<T> entries, Links _links) {}

    /** What to fetch for this page: its entries and one more, which tells whether a next page exists. */
    public Slice slice() {
        return new Slice(firstIndex(), pageSize + 1);
    }

    /** The page from the rows fetched for {@link #slice()}, for the collection at {@code path}. */
    public <T> Page<T> of(List<T> fetched, String path) {
        boolean more = fetched.size() > pageSize;
        return new Page<>(
                more ? fetched.subList(0, pageSize) : fetched,
                new Links(
                        link(path, page),
                        more ? link(path, page + 1) : null,
                        page > 1 ? link(path, page - 1) : null,
                        null));
    }

    /** The index of the page's first entry, in long: a page near the int maximum must not overflow. */
    public long firstIndex() {
        return (long) (page - 1) * pageSize;
    }

    private Links.Link link(String path, int target) {
        return new Links.Link(path + (path.contains("?") ? "&" : "?") + "page=" + target + "&pageSize=" + pageSize);
    }
}
