package nl.terugkeer.api.http;

import java.util.List;

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

    /** The page of {@code all} for the collection at {@code path}. */
    public <T> Page<T> of(List<T> all, String path) {
        int from = (int) Math.min(all.size(), firstIndex());
        int to = Math.min(all.size(), from + pageSize);
        return new Page<>(
                all.subList(from, to),
                new Links(
                        link(path, page),
                        to < all.size() ? link(path, page + 1) : null,
                        page > 1 ? link(path, page - 1) : null,
                        null));
    }

    /** The index of the page's first entry, in long: a page near the int maximum must not overflow. */
    public long firstIndex() {
        return (long) (page - 1) * pageSize;
    }

    private Links.Link link(String path, int target) {
        return new Links.Link(path + "?page=" + target + "&pageSize=" + pageSize);
    }
}
