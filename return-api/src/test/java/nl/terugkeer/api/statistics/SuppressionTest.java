package nl.terugkeer.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The suppression function alone (issue 10): primary at the threshold, secondary against the totals. */
class SuppressionTest {

    private static final int THRESHOLD = 10;

    @Test
    void givenACellOf9AndACellOf10_whenSuppressedWithoutRelations_thenThe9IsHiddenAndThe10Shown() {
        boolean[] hidden = Suppression.suppress(new long[] {9, 10, 0}, List.of(), THRESHOLD);

        assertThat(hidden).containsExactly(true, false, false);
    }

    @Test
    void givenATableWithTotals_whenOneCellIsSmall_thenAnotherCellOfItsRowAndColumnIsHiddenToo() {
        // rows: [9, 30 | 39], [20, 40 | 60], totals [29, 70 | 99]
        StatTable table = new StatTable("t", List.of("g"), List.of("A", "B", "TOTAL"));
        table.row(List.of("r1"), 9, 30, 39);
        table.row(List.of("r2"), 20, 40, 60);
        table.columnTotals(0).rowSum(List.of("A", "B"), "TOTAL");

        StatTable.Suppressed answer = table.suppressed(THRESHOLD);

        assertThat(answer.value(0, 0)).isNull();
        assertNothingDerivable(table, answer);
        assertNoLineWithOneHiddenCell(answer);
        // the cells needed for protection only: the grand total stays
        assertThat(answer.value(2, 2)).isEqualTo(99L);
    }

    @Test
    void givenTwoSmallCellsLinkedOnlyThroughTheTotals_whenSuppressed_thenNeitherCanBeSolvedFromTheOthers() {
        // a pattern where every line has two hidden cells after the line rule, but a bridge would still give one back
        StatTable table = new StatTable("t", List.of("g"), List.of("A", "B", "C", "TOTAL"));
        table.row(List.of("r1"), 5, 50, 60, 115);
        table.row(List.of("r2"), 40, 3, 70, 113);
        table.row(List.of("r3"), 80, 90, 100, 270);
        table.columnTotals(0).rowSum(List.of("A", "B", "C"), "TOTAL");

        StatTable.Suppressed answer = table.suppressed(THRESHOLD);

        assertThat(answer.value(0, 0)).isNull();
        assertThat(answer.value(1, 1)).isNull();
        assertNothingDerivable(table, answer);
        assertNoLineWithOneHiddenCell(answer);
    }

    @Test
    void givenRandomTables_whenSuppressed_thenNoCellUnderTheThresholdIsShownAndNoneHiddenIsDerivable() {
        Random random = new Random(20261130);
        for (int round = 0; round < 200; round++) {
            int rows = 1 + random.nextInt(5);
            int columns = 1 + random.nextInt(4);
            List<String> names = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                names.add("c" + c);
            }
            List<String> withTotal = new ArrayList<>(names);
            withTotal.add("TOTAL");
            StatTable table = new StatTable("t", List.of("g"), withTotal);
            for (int r = 0; r < rows; r++) {
                long[] counts = new long[columns + 1];
                for (int c = 0; c < columns; c++) {
                    counts[c] = random.nextInt(4) == 0 ? random.nextInt(10) : random.nextInt(40);
                    counts[columns] += counts[c];
                }
                table.row(List.of("r" + r), counts);
            }
            table.columnTotals(0).rowSum(names, "TOTAL");

            StatTable.Suppressed answer = table.suppressed(THRESHOLD);

            for (int r = 0; r < table.rows.size(); r++) {
                for (int c = 0; c < withTotal.size(); c++) {
                    Long shown = answer.value(r, c);
                    assertThat(shown == null || shown == 0 || shown >= THRESHOLD)
                            .as("round %d cell %d,%d", round, r, c)
                            .isTrue();
                }
            }
            assertNothingDerivable(table, answer);
            assertNoLineWithOneHiddenCell(answer);
        }
    }

    @Test
    void givenOutcomesWithZeros_whenSmallClosuresAreSuppressed_thenTheZerosStayShown() {
        StatTable table = new StatTable("outcomes", List.of("region"), StatisticsQueries.OUTCOME_COLUMNS);
        table.row(List.of("Noord-Holland"), 12, 0, 0, 0, 2, 2, 14);
        table.row(List.of("Zuid-Holland"), 10, 0, 0, 0, 3, 3, 13);
        table.columnTotals(0)
                .rowSum(StatisticsQueries.OUTCOMES, "CLOSED")
                .rowSum(List.of("OPEN", "CLOSED"), StatTable.TOTAL);

        StatTable.Suppressed answer = table.suppressed(THRESHOLD);

        for (int r = 0; r < table.rows.size(); r++) {
            for (int c = 1; c <= 3; c++) {
                assertThat(answer.value(r, c)).as("a zero outcome in row %d", r).isEqualTo(0L);
            }
            assertThat(answer.value(r, 4))
                    .as("administrative closures in row %d", r)
                    .isNull();
        }
        assertThat(answer.value(0, 6)).isEqualTo(14L);
        assertThat(Suppression.firstDerivable(answer.hidden(), relationsOfOutcomes(table)))
                .isEqualTo(-1);
    }

    private static List<Suppression.Relation> relationsOfOutcomes(StatTable table) {
        int width = table.columns.size();
        List<Suppression.Relation> relations = new ArrayList<>();
        for (int r = 0; r < table.rows.size(); r++) {
            int base = r * width;
            relations.add(Suppression.Relation.sum(List.of(base + 1, base + 2, base + 3, base + 4), base + 5));
            relations.add(Suppression.Relation.sum(List.of(base, base + 5), base + 6));
        }
        int last = table.rows.size() - 1;
        for (int c = 0; c < width; c++) {
            List<Integer> parts = new ArrayList<>();
            for (int r = 0; r < last; r++) {
                parts.add(r * width + c);
            }
            relations.add(Suppression.Relation.sum(parts, last * width + c));
        }
        return relations;
    }

    @Test
    void givenAStockAndFlowIdentity_whenTheOutflowIsSmall_thenItCannotBeComputedFromTheStocks() {
        // open at end = open at start + inflow - outflow: 57 = 50 + 12 - 5
        long[] values = {50, 12, 5, 57};
        List<Suppression.Relation> relations =
                List.of(new Suppression.Relation(new int[] {3, 0, 1, 2}, new int[] {1, -1, -1, 1}));

        boolean[] hidden = Suppression.suppress(values, relations, THRESHOLD);

        assertThat(hidden[2]).isTrue();
        assertThat(hidden).contains(true, true);
        assertThat(Suppression.firstDerivable(hidden, relations)).isEqualTo(-1);
    }

    /** Independent of the function's own test: no row or column (with its total) has exactly one hidden cell. */
    static void assertNoLineWithOneHiddenCell(StatTable.Suppressed answer) {
        StatTable table = answer.table();
        for (int r = 0; r < table.rows.size(); r++) {
            int hidden = 0;
            for (int c = 0; c < table.columns.size(); c++) {
                hidden += answer.isHidden(r, c) ? 1 : 0;
            }
            assertThat(hidden).as("hidden cells in row %d", r).isNotEqualTo(1);
        }
        for (int c = 0; c < table.columns.size(); c++) {
            int hidden = 0;
            for (int r = 0; r < table.rows.size(); r++) {
                hidden += answer.isHidden(r, c) ? 1 : 0;
            }
            assertThat(hidden).as("hidden cells in column %d", c).isNotEqualTo(1);
        }
    }

    /**
     * No hidden cell can be solved: for each, a second table that agrees with every shown cell and every relation but
     * differs in that cell exists (a circulation through it in the null space, found by the rank test).
     */
    static void assertNothingDerivable(StatTable table, StatTable.Suppressed answer) {
        boolean[] hidden = answer.hidden();
        for (int cell = 0; cell < hidden.length; cell++) {
            if (hidden[cell]) {
                assertThat(derivableByBruteForce(table, answer, cell))
                        .as("cell %d derivable", cell)
                        .isFalse();
            }
        }
    }

    /**
     * Brute force over small alternatives: shift the hidden cells by -2..2 each (up to 8 hidden cells) and look for a
     * change of {@code cell} that keeps every row sum and column total.
     */
    private static boolean derivableByBruteForce(StatTable table, StatTable.Suppressed answer, int cell) {
        int width = table.columns.size();
        List<Integer> unknowns = new ArrayList<>();
        for (int i = 0; i < answer.hidden().length; i++) {
            if (answer.hidden()[i]) {
                unknowns.add(i);
            }
        }
        if (unknowns.size() > 8) {
            return Suppression.derivable(answer.hidden(), relationsOf(table), cell);
        }
        int[] shift = new int[unknowns.size()];
        int combinations = (int) Math.pow(5, unknowns.size());
        for (int k = 0; k < combinations; k++) {
            int rest = k;
            for (int i = 0; i < shift.length; i++) {
                shift[i] = rest % 5 - 2;
                rest /= 5;
            }
            if (shift[unknowns.indexOf(cell)] == 0) {
                continue;
            }
            long[] values = answer.values().clone();
            for (int i = 0; i < shift.length; i++) {
                values[unknowns.get(i)] += shift[i];
            }
            if (consistent(table, values, width)) {
                return false;
            }
        }
        return true;
    }

    private static boolean consistent(StatTable table, long[] values, int width) {
        int rows = table.rows.size();
        int total = width - 1;
        for (int r = 0; r < rows; r++) {
            long sum = 0;
            for (int c = 0; c < total; c++) {
                sum += values[r * width + c];
            }
            if (sum != values[r * width + total]) {
                return false;
            }
        }
        for (int c = 0; c < width; c++) {
            long sum = 0;
            for (int r = 0; r < rows - 1; r++) {
                sum += values[r * width + c];
            }
            if (sum != values[(rows - 1) * width + c]) {
                return false;
            }
        }
        return true;
    }

    private static List<Suppression.Relation> relationsOf(StatTable table) {
        int width = table.columns.size();
        int rows = table.rows.size();
        List<Suppression.Relation> relations = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Integer> parts = new ArrayList<>();
            for (int c = 0; c < width - 1; c++) {
                parts.add(r * width + c);
            }
            relations.add(Suppression.Relation.sum(parts, r * width + width - 1));
        }
        for (int c = 0; c < width; c++) {
            List<Integer> parts = new ArrayList<>();
            for (int r = 0; r < rows - 1; r++) {
                parts.add(r * width + c);
            }
            relations.add(Suppression.Relation.sum(parts, (rows - 1) * width + c));
        }
        return relations;
    }
}
