package nl.terugkeer.projections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One row per aggregate, written idempotently: an upsert that changes the row only when it comes from a later
 * event than the one it holds ({@code last_sequence}), so replays and redeliveries change nothing.
 */
public final class VersionedRow {

    private final String table;
    private final String key;
    private final Map<String, Object> columns = new LinkedHashMap<>();

    private VersionedRow(String table, String key) {
        this.table = table;
        this.key = key;
    }

    /** A row of {@code table} whose primary key column is {@code key}; it must have a {@code last_sequence}. */
    public static VersionedRow of(String table, String key) {
        return new VersionedRow(table, key);
    }

    public VersionedRow set(String column, Object value) {
        columns.put(column, value);
        return this;
    }

    /** A {@code TEXT[]} column. */
    public VersionedRow setTextArray(String column, List<String> values) {
        columns.put(column, new TextArray("{" + String.join(",", values) + "}"));
        return this;
    }

    public void upsert(JdbcClient jdbc) {
        String names = String.join(", ", columns.keySet());
        String values = columns.entrySet().stream()
                .map(c -> ":" + c.getKey() + (c.getValue() instanceof TextArray ? "::text[]" : ""))
                .collect(Collectors.joining(", "));
        String updates = columns.keySet().stream()
                .filter(c -> !c.equals(key))
                .map(c -> c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
        JdbcClient.StatementSpec statement = jdbc.sql("INSERT INTO " + table + " AS t (" + names + ") VALUES (" + values
                + ") ON CONFLICT (" + key + ") DO UPDATE SET " + updates
                + " WHERE t.last_sequence < EXCLUDED.last_sequence");
        for (Map.Entry<String, Object> column : columns.entrySet()) {
            Object value = column.getValue() instanceof TextArray array ? array.literal() : column.getValue();
            statement = statement.param(column.getKey(), value);
        }
        statement.update();
    }

    private record TextArray(String literal) {}
}
