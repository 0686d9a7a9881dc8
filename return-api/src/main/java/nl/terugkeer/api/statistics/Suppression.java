package nl.terugkeer.api.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Small-cell suppression (issue 10, ADR 0025), in plain Java. Primary: every count from 1 to {@code threshold - 1} is
 * suppressed (a zero singles no one out and is shown). Secondary: the answer's linear relations (row and column totals,
 * stock-and-flow identities) must not give a suppressed cell back. A suppressed cell is derivable from the shown cells
 * exactly when its unit vector lies in the row space of the relations restricted to the suppressed cells; while one is,
 * another cell of a relation it takes part in is suppressed (the cheapest: fewest, then non-zero and smallest first).
 */
public final class Suppression {

    private static final double EPSILON = 1e-9;
    private static final int PAIR_CANDIDATES = 16;
    private static final long ZERO_COST = 1L << 40;

    /** A linear relation between cells that holds in the answer: {@code sum(coefficients[i] * cell[cells[i]]) = 0}. */
    public record Relation(int[] cells, int[] coefficients) {

        public Relation {
            if (cells.length != coefficients.length) {
                throw new IllegalArgumentException("one coefficient per cell");
            }
        }

        /** {@code sum(parts) - total = 0}. */
        public static Relation sum(List<Integer> parts, int total) {
            int[] cells = new int[parts.size() + 1];
            int[] coefficients = new int[parts.size() + 1];
            for (int i = 0; i < parts.size(); i++) {
                cells[i] = parts.get(i);
                coefficients[i] = 1;
            }
            cells[parts.size()] = total;
            coefficients[parts.size()] = -1;
            return new Relation(cells, coefficients);
        }

        boolean involves(int cell) {
            return Arrays.stream(cells).anyMatch(c -> c == cell);
        }
    }

    private Suppression() {}

    /** Which cells to suppress so that none under the threshold is shown or derivable from the relations. */
    public static boolean[] suppress(long[] values, List<Relation> relations, int threshold) {
        boolean[] suppressed = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            suppressed[i] = values[i] > 0 && values[i] < threshold;
        }
        for (int guard = 0; guard <= values.length; guard++) {
            int exposed = firstDerivable(suppressed, relations);
            if (exposed < 0) {
                return suppressed;
            }
            protect(exposed, values, suppressed, relations);
        }
        throw new IllegalStateException("suppression did not converge");
    }

    /**
     * Suppresses more cells so that {@code exposed} is no longer derivable: the cheapest single cell that does it, else
     * the cheapest pair among the cheapest candidates, else the cheapest cell (and the caller looks again). Candidates are
     * the shown cells of every relation that involves a suppressed cell.
     */
    private static void protect(int exposed, long[] values, boolean[] suppressed, List<Relation> relations) {
        List<Integer> candidates = new ArrayList<>();
        for (Relation relation : relations) {
            boolean touchesSuppressed = false;
            for (int cell : relation.cells()) {
                touchesSuppressed |= suppressed[cell];
            }
            if (touchesSuppressed) {
                for (int cell : relation.cells()) {
                    if (!suppressed[cell] && !candidates.contains(cell)) {
                        candidates.add(cell);
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalStateException("cell " + exposed + " cannot be protected");
        }
        candidates.sort(Comparator.<Integer>comparingInt(c -> values[c] == 0 ? 1 : 0)
                .thenComparingLong(c -> values[c])
                .thenComparingInt(c -> c));
        for (int candidate : candidates) {
            suppressed[candidate] = true;
            if (!derivable(suppressed, relations, exposed)) {
                return;
            }
            suppressed[candidate] = false;
        }
        List<Integer> cheapest = candidates.subList(0, Math.min(PAIR_CANDIDATES, candidates.size()));
        int[] best = null;
        long bestCost = Long.MAX_VALUE;
        for (int i = 0; i < cheapest.size(); i++) {
            for (int j = i + 1; j < cheapest.size(); j++) {
                int a = cheapest.get(i);
                int b = cheapest.get(j);
                long cost = cost(values[a]) + cost(values[b]);
                if (cost >= bestCost) {
                    continue;
                }
                suppressed[a] = true;
                suppressed[b] = true;
                if (!derivable(suppressed, relations, exposed)) {
                    best = new int[] {a, b};
                    bestCost = cost;
                }
                suppressed[a] = false;
                suppressed[b] = false;
            }
        }
        if (best != null) {
            suppressed[best[0]] = true;
            suppressed[best[1]] = true;
            return;
        }
        suppressed[candidates.getFirst()] = true;
    }

    /** A shown zero is the last choice: hiding it protects little and hides a fact no one can be singled out by. */
    private static long cost(long value) {
        return value == 0 ? ZERO_COST : value;
    }

    /** The first suppressed cell that the relations give back from the shown cells, or -1. */
    public static int firstDerivable(boolean[] suppressed, List<Relation> relations) {
        boolean[] derivable = derivableCells(suppressed, relations);
        for (int cell = 0; cell < suppressed.length; cell++) {
            if (derivable[cell]) {
                return cell;
            }
        }
        return -1;
    }

    /** Whether the suppressed {@code cell} follows from the shown cells and the relations. */
    public static boolean derivable(boolean[] suppressed, List<Relation> relations, int cell) {
        return derivableCells(suppressed, relations)[cell];
    }

    /**
     * The suppressed cells that follow from the shown cells: those whose unit vector is in the row space of the
     * relations restricted to the suppressed cells (in reduced row echelon form: the row of its pivot has no other
     * entry).
     */
    public static boolean[] derivableCells(boolean[] suppressed, List<Relation> relations) {
        int[] column = new int[suppressed.length];
        Arrays.fill(column, -1);
        int unknowns = 0;
        List<Integer> cellOf = new ArrayList<>();
        for (int i = 0; i < suppressed.length; i++) {
            if (suppressed[i]) {
                column[i] = unknowns++;
                cellOf.add(i);
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (Relation relation : relations) {
            double[] row = new double[unknowns];
            boolean any = false;
            for (int i = 0; i < relation.cells().length; i++) {
                int c = column[relation.cells()[i]];
                if (c >= 0) {
                    row[c] += relation.coefficients()[i];
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        double[][] m = rows.toArray(double[][]::new);
        int[] pivotOfRow = new int[m.length];
        int pivotRow = 0;
        for (int c = 0; c < unknowns && pivotRow < m.length; c++) {
            int best = -1;
            for (int r = pivotRow; r < m.length; r++) {
                if (Math.abs(m[r][c]) > EPSILON && (best < 0 || Math.abs(m[r][c]) > Math.abs(m[best][c]))) {
                    best = r;
                }
            }
            if (best < 0) {
                continue;
            }
            double[] swap = m[pivotRow];
            m[pivotRow] = m[best];
            m[best] = swap;
            double pivot = m[pivotRow][c];
            for (int k = 0; k < unknowns; k++) {
                m[pivotRow][k] /= pivot;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != pivotRow && Math.abs(m[r][c]) > EPSILON) {
                    double factor = m[r][c];
                    for (int k = 0; k < unknowns; k++) {
                        m[r][k] -= factor * m[pivotRow][k];
                    }
                }
            }
            pivotOfRow[pivotRow] = c;
            pivotRow++;
        }
        boolean[] derivable = new boolean[suppressed.length];
        for (int r = 0; r < pivotRow; r++) {
            int entries = 0;
            for (int k = 0; k < unknowns; k++) {
                if (Math.abs(m[r][k]) > EPSILON) {
                    entries++;
                }
            }
            if (entries == 1) {
                derivable[cellOf.get(pivotOfRow[r])] = true;
            }
        }
        return derivable;
    }
}
