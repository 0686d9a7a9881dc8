package nl.terugkeer.api.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The page of {@code all} as {@code {entries, _links}} for the collection at {@code path}. */
    public <T> Map<String, Object> of(List<T> all, String path) {
        int from = (int) Math.min(all.size(), firstIndex());
        int to = Math.min(all.size(), from + pageSize);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", link(path, page));
        if (to < all.size()) {
            links.put("next", link(path, page + 1));
        }
        if (page > 1) {
            links.put("prev", link(path, page - 1));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entries", all.subList(from, to));
        body.put("_links", links);
        return body;
    }

    /** The index of the page's first entry, in long: a page near the int maximum must not overflow. */
    public long firstIndex() {
        return (long) (page - 1) * pageSize;
    }

    private Map<String, String> link(String path, int target) {
        return Map.of("href", path + "?page=" + target + "&pageSize=" + pageSize);
    }
}
