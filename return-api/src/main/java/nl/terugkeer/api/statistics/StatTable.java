package nl.terugkeer.api.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One aggregate answer: rows keyed by one or more dimensions, count columns, the relations between the counts (row
 * sums, column totals, identities) and measures (medians, p90) that belong to a count. {@link #suppressed(int)} applies
 * {@link Suppression} over all of it, so that every answer that leaves the system is suppressed the same way.
 */
final class StatTable {

    static final String TOTAL = "TOTAL";

    /** A row: its key (one value per dimension), counts per column, measures per measure name. */
    static final class Row {
        final List<String> key;
        final long[] counts;
        final Map<String, Double> measures = new LinkedHashMap<>();
        final boolean total;

        Row(List<String> key, long[] counts, boolean total) {
            this.key = List.copyOf(key);
            this.counts = counts;
            this.total = total;
        }
    }

    /** A measure that is shown only when its basis count is shown. */
    record Measure(String name, String basisColumn) {}

    private record Term(List<String> rowKey, String column, int coefficient) {}

    final String name;
    final List<String> dimensions;
    final List<String> columns;
    final List<Row> rows = new ArrayList<>();
    final List<Measure> measures = new ArrayList<>();
    private final List<List<Term>> relations = new ArrayList<>();
    private final List<List<String>> rowSums = new ArrayList<>();

    StatTable(String name, List<String> dimensions, List<String> columns) {
        this.name = name;
        this.dimensions = List.copyOf(dimensions);
        this.columns = List.copyOf(columns);
    }

    Row row(List<String> key, long... counts) {
        if (counts.length != columns.size()) {
            throw new IllegalArgumentException("one count per column");
        }
        Row row = new Row(key, counts, false);
        rows.add(row);
        return row;
    }

    /** In every row (totals included): the {@code parts} add up to {@code total}. */
    StatTable rowSum(List<String> parts, String total) {
        List<String> sum = new ArrayList<>(parts);
        sum.add(total);
        rowSums.add(sum);
        return this;
    }

    StatTable measure(String measure, String basisColumn) {
        measures.add(new Measure(measure, basisColumn));
        return this;
    }

    /** {@code sum(coefficient * cell) = 0} over the given cells: ({@code rowKey}, {@code column}, coefficient). */
    StatTable relate(List<Object[]> terms) {
        relations.add(terms.stream()
                .map(t -> new Term(castKey(t[0]), (String) t[1], (Integer) t[2]))
                .toList());
        return this;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castKey(Object key) {
        return (List<String>) key;
    }

    /**
     * Adds a {@value #TOTAL} row per block of rows that share the first {@code blockDimensions} key values, each the sum
     * of its block, with one relation per column. Call after the rows and before any relation that names a total row.
     */
    StatTable columnTotals(int blockDimensions) {
        Map<List<String>, List<Row>> blocks = new LinkedHashMap<>();
        for (Row row : rows) {
            blocks.computeIfAbsent(row.key.subList(0, blockDimensions), k -> new ArrayList<>())
                    .add(row);
        }
        List<Row> ordered = new ArrayList<>();
        for (Map.Entry<List<String>, List<Row>> block : blocks.entrySet()) {
            long[] sums = new long[columns.size()];
            for (Row row : block.getValue()) {
                for (int c = 0; c < sums.length; c++) {
                    sums[c] += row.counts[c];
                }
            }
            List<String> key = new ArrayList<>(block.getKey());
            while (key.size() < dimensions.size()) {
                key.add(TOTAL);
            }
            Row total = new Row(key, sums, true);
            ordered.addAll(block.getValue());
            ordered.add(total);
            for (String column : columns) {
                List<Object[]> terms = new ArrayList<>();
                for (Row row : block.getValue()) {
                    terms.add(new Object[] {row.key, column, 1});
                }
                terms.add(new Object[] {total.key, column, -1});
                relate(terms);
            }
        }
        rows.clear();
        rows.addAll(ordered);
        return this;
    }

    /** The answer after suppression with {@code threshold}. */
    Suppressed suppressed(int threshold) {
        int width = columns.size();
        long[] values = new long[rows.size() * width];
        Map<List<String>, Integer> index = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            index.put(rows.get(r).key, r);
            System.arraycopy(rows.get(r).counts, 0, values, r * width, width);
        }
        List<Suppression.Relation> all = new ArrayList<>();
        for (List<String> sum : rowSums) {
            for (int r = 0; r < rows.size(); r++) {
                List<Integer> parts = new ArrayList<>();
                for (String part : sum.subList(0, sum.size() - 1)) {
                    parts.add(r * width + columns.indexOf(part));
                }
                all.add(Suppression.Relation.sum(parts, r * width + columns.indexOf(sum.getLast())));
            }
        }
        for (List<Term> relation : relations) {
            List<Term> present =
                    relation.stream().filter(t -> index.containsKey(t.rowKey())).toList();
            if (present.size() < relation.size()) {
                continue; // a relation with a row outside the answer says nothing about it
            }
            int[] cells = new int[present.size()];
            int[] coefficients = new int[present.size()];
            for (int i = 0; i < present.size(); i++) {
                cells[i] = index.get(present.get(i).rowKey()) * width
                        + columns.indexOf(present.get(i).column());
                coefficients[i] = present.get(i).coefficient();
            }
            all.add(new Suppression.Relation(cells, coefficients));
        }
        boolean[] hidden = Suppression.suppress(values, all, threshold);
        return new Suppressed(this, threshold, values, hidden);
    }

    /** A table after suppression: what may leave the system. */
    record Suppressed(StatTable table, int threshold, long[] values, boolean[] hidden) {

        boolean isHidden(int row, int column) {
            return hidden[row * table.columns.size() + column];
        }

        /** The count, or null when suppressed. */
        Long value(int row, int column) {
            return isHidden(row, column) ? null : values[row * table.columns.size() + column];
        }

        /** The measure, or null when its basis count is suppressed, under the threshold, or there is none. */
        Double measure(int row, Measure measure) {
            int basis = table.columns.indexOf(measure.basisColumn());
            Long count = value(row, basis);
            if (count == null || count < threshold) {
                return null;
            }
            return table.rows.get(row).measures.get(measure.name());
        }

        /** The JSON form: rows with their key, values (null when suppressed) and the names of suppressed cells. */
        Map<String, Object> json(Map<String, Object> query) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("statistic", table.name);
            body.put("query", query);
            body.put("suppressionThreshold", threshold);
            body.put(
                    "suppression",
                    "Counts from 1 to " + (threshold - 1) + " are suppressed (value null, named in suppressed), and so"
                            + " are further cells where totals would give a suppressed count back; a measure is"
                            + " shown only when its count is shown.");
            body.put("dimensions", table.dimensions);
            body.put("columns", table.columns);
            body.put("measures", table.measures.stream().map(Measure::name).toList());
            List<Map<String, Object>> out = new ArrayList<>();
            for (int r = 0; r < table.rows.size(); r++) {
                Row row = table.rows.get(r);
                Map<String, Object> json = new LinkedHashMap<>();
                Map<String, Object> key = new LinkedHashMap<>();
                for (int d = 0; d < table.dimensions.size(); d++) {
                    key.put(table.dimensions.get(d), row.key.get(d));
                }
                json.put("key", key);
                json.put("total", row.total);
                Map<String, Object> values = new LinkedHashMap<>();
                List<String> suppressed = new ArrayList<>();
                for (int c = 0; c < table.columns.size(); c++) {
                    values.put(table.columns.get(c), value(r, c));
                    if (isHidden(r, c)) {
                        suppressed.add(table.columns.get(c));
                    }
                }
                json.put("values", values);
                if (!table.measures.isEmpty()) {
                    Map<String, Object> measures = new LinkedHashMap<>();
                    for (Measure measure : table.measures) {
                        measures.put(measure.name(), measure(r, measure));
                    }
                    json.put("measures", measures);
                }
                json.put("suppressed", suppressed);
                out.add(json);
            }
            body.put("rows", out);
            return body;
        }

        /** RFC 4180 with a header row: dimensions, columns, measures; a suppressed cell is {@code x}. */
        void csv(Csv csv) {
            List<String> header = new ArrayList<>(table.dimensions);
            header.addAll(table.columns);
            table.measures.forEach(m -> header.add(m.name()));
            csv.record(header);
            for (int r = 0; r < table.rows.size(); r++) {
                List<String> record = new ArrayList<>(table.rows.get(r).key);
                for (int c = 0; c < table.columns.size(); c++) {
                    Long value = value(r, c);
                    record.add(value == null ? Csv.SUPPRESSED : value.toString());
                }
                for (Measure measure : table.measures) {
                    Double value = measure(r, measure);
                    record.add(value == null ? "" : Csv.number(value));
                }
                csv.record(record);
            }
        }
    }
}
