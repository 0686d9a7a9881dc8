package nl.terugkeer.projections;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A one-row-per-aggregate read model's columns, named once, in the order of its record's components: how a record is
 * written to its row ({@link #row}, idempotent through {@link VersionedRow}) and read back ({@link #read}). Lists
 * are {@code TEXT[]}, instants timestamps; the version component is the row's {@code last_sequence}.
 *
 * @param <T> the read model's record
 */
public final class Columns<T extends Record> {

    private final String table;
    private final String key;
    private final List<String> names;
    private final RecordComponent[] components;
    private final Constructor<T> constructor;

    private Columns(Class<T> type, String table, String key, List<String> names) {
        this.table = table;
        this.key = key;
        this.names = names;
        this.components = type.getRecordComponents();
        if (components.length != names.size()) {
            throw new IllegalArgumentException(
                    type.getSimpleName() + " has " + components.length + " components, not " + names.size());
        }
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The columns of {@code table} (primary key {@code key}), one per component of {@code type}, in its order. */
    public static <T extends Record> Columns<T> of(Class<T> type, String table, String key, String... names) {
        return new Columns<>(type, table, key, List.of(names));
    }

    /** {@code SELECT <every column> FROM <table>}, to which the caller adds its {@code WHERE}. */
    public String select() {
        return "SELECT " + String.join(", ", names) + " FROM " + table;
    }

    public VersionedRow row(T value) {
        VersionedRow row = VersionedRow.of(table, key);
        for (int i = 0; i < components.length; i++) {
            Object component = valueOf(components[i], value);
            if (component instanceof List<?> list) {
                row.setTextArray(
                        names.get(i), list.stream().map(String::valueOf).toList());
            } else if (component instanceof Instant instant) {
                row.set(names.get(i), Timestamp.from(instant));
            } else {
                row.set(names.get(i), component);
            }
        }
        return row;
    }

    public T read(ResultSet rs) throws SQLException {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = read(rs, names.get(i), components[i].getType());
        }
        try {
            return constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot build a " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    private static Object read(ResultSet rs, String column, Class<?> type) throws SQLException {
        if (type == List.class) {
            Array array = rs.getArray(column);
            return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
        }
        if (type == Instant.class) {
            Timestamp timestamp = rs.getTimestamp(column);
            return timestamp == null ? null : timestamp.toInstant();
        }
        if (type == long.class) {
            return rs.getLong(column);
        }
        if (type == boolean.class) {
            return rs.getBoolean(column);
        }
        return rs.getObject(column, type);
    }

    private static Object valueOf(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
