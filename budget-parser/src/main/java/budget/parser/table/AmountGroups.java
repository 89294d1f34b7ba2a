package budget.parser.table;

import budget.parser.table.CellStream.Kind;
import budget.parser.table.CellStream.Token;
import budget.parser.text.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts the amounts of a table printed one cell per line into one group per row, in order. A group holds one to
 * as many numbers as the table has columns (a blank cell prints nothing, or 0.00), and its first number, the
 * 合计, equals the sum of the others. A number pdftotext printed rows away from its own row (the one value of a
 * column block, printed below) is taken back by the row whose 合计 it completes, the nearest before it. Among
 * cuts that break as few identities, the one with fewest such moves and with its boundaries where the stream
 * prints other cells wins; cuts equally good that give rows different numbers leave those rows uncertain.
 */
final class AmountGroups {

    /** A displaced number is looked for within this many rows' worth of numbers after its row. */
    private static final int LOOKAHEAD_ROWS = 8;
    /** Deficits a cut may carry at once while it waits for their numbers. */
    private static final int MAX_OPEN = 3;
    /** Costs: a broken identity outweighs any number of moves, a move any number of boundaries inside a run. */
    private static final long BROKEN = 1_000_000L;
    private static final long MOVED = 1_000L;
    private static final long INFEASIBLE = Long.MAX_VALUE / 4;
    /** Tie points on the chosen cut whose alternatives are compared. */
    private static final int MAX_TIES = 16;
    /** Numbers beyond which a table is not cut (a hostile stream, not a budget table). */
    private static final int MAX_NUMBERS = 1_500;
    /** States the cut may visit: a budget table of a hundred rows and five columns needs about 40,000. */
    private static final int MAX_STATES = 60_000;

    /**
     * @param tokens    the stream indices of the group's numbers, printed order
     * @param displaced the stream indices of numbers printed elsewhere that complete its 合计
     */
    record Group(List<Integer> tokens, List<Integer> displaced) {
    }

    /**
     * @param groups    one per row (and the total row), in order; null when the numbers cannot be cut so
     * @param uncertain indices of groups another equally good cut fills differently
     * @param unread    stream indices of numbers no group took
     */
    record Cut(List<Group> groups, Set<Integer> uncertain, List<Integer> unread) {
    }

    /**
     * Where the cut stands: numbers taken, groups made, and the deficits of earlier groups still waiting for their
     * displaced number (values only, normalised: which group waits is tracked along the chosen path).
     */
    private record State(int position, int group, List<Long> open) {

        @Override
        public int hashCode() {
            long mixed = (position * 0x9E3779B97F4A7C15L) ^ (group * 0xC2B2AE3D27D4EB4FL);
            return Long.hashCode(mixed ^ (mixed >>> 29)) + 31 * open.hashCode();
        }
    }

    /**
     * One decision: a group of {@code size} numbers (pushing its deficit when {@code pushed}), or (size 0) the
     * next number as the displaced one of open deficit {@code repairs}, or unread when that is -1.
     */
    private record Step(long cost, int size, boolean pushed, int repairs, List<Long> open) {
    }

    private final List<Integer> amounts = new ArrayList<>();
    /** The numbers at one common scale, so the search adds longs; null when they do not fit one. */
    private final long[] values;
    private final boolean[] boundary;
    private final int width;
    private final int groups;
    private final boolean totalFirst;
    /** Per state: its cost from there on and its decisions, best first. */
    private final Map<State, Decisions> memo = new HashMap<>();

    private record Decisions(long cost, List<Step> steps) {
    }

    /**
     * @param totalFirst whether the first column is 合计 = Σ the others (every code table); without it no
     *                   identity guides the cut
     */
    private AmountGroups(List<Token> tokens, int width, int groups, boolean totalFirst) {
        List<BigDecimal> parsed = new ArrayList<>();
        int scale = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.AMOUNT) {
                amounts.add(i);
                BigDecimal value = Amounts.parse(tokens.get(i).text());
                parsed.add(value);
                scale = Math.max(scale, value.scale());
            }
        }
        values = scaled(parsed, scale);
        int n = amounts.size();
        boundary = new boolean[n + 1];
        boundary[0] = true;
        boundary[n] = true;
        for (int p = 1; p < n; p++) {
            boundary[p] = amounts.get(p) != amounts.get(p - 1) + 1;
        }
        this.width = width;
        this.groups = groups;
        this.totalFirst = totalFirst;
    }

    static Cut cut(List<Token> tokens, int width, int groups, boolean totalFirst) {
        AmountGroups cutter = new AmountGroups(tokens, width, groups, totalFirst);
        if (cutter.values == null || cutter.amounts.size() > MAX_NUMBERS || groups > MAX_NUMBERS / 2 || groups <= 0) {
            return new Cut(null, Set.of(), List.of());
        }
        try {
            return cutter.run();
        } catch (TooLarge | StackOverflowError e) {
            // the search recurses once per number: past its budgets (or a thread's stack) the stream is not cut
            return new Cut(null, Set.of(), List.of());
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private Cut run() {
        State start = new State(0, 0, List.of());
        if (best(start) >= INFEASIBLE) {
            return new Cut(null, Set.of(), List.of());
        }
        List<Group> chosen = new ArrayList<>();
        List<Integer> unread = new ArrayList<>();
        List<State> ties = new ArrayList<>();
        follow(start, chosen, unread, ties, null, 0);
        Set<Integer> uncertain = new HashSet<>();
        for (State tie : ties) {
            List<Step> steps = memo.get(tie).steps();
            for (int alternative = 1; alternative < steps.size() && steps.get(alternative).cost() == steps.get(0).cost();
                 alternative++) {
                List<Group> other = new ArrayList<>();
                follow(start, other, new ArrayList<>(), null, tie, alternative);
                differing(chosen, other, uncertain);
            }
        }
        return new Cut(chosen, uncertain, unread);
    }

    /**
     * Walks the best cut and rebuilds its groups; at the given tie state it takes the given alternative instead.
     * Records the tie states it passes when asked to.
     */
    private void follow(State start, List<Group> out, List<Integer> unread, List<State> ties, State tie,
                        int alternative) {
        State state = start;
        List<List<Integer>> displaced = new ArrayList<>();
        List<Integer> waiting = new ArrayList<>();
        while (state.position() < amounts.size()) {
            List<Step> steps = memo.get(state).steps();
            int pick = 0;
            if (state.equals(tie)) {
                pick = alternative;
            } else if (ties != null && steps.size() > 1 && steps.get(1).cost() == steps.get(0).cost()
                    && ties.size() < MAX_TIES) {
                ties.add(state);
            }
            Step step = steps.get(pick);
            if (step.size() > 0) {
                List<Integer> members = new ArrayList<>(step.size());
                for (int q = state.position(); q < state.position() + step.size(); q++) {
                    members.add(amounts.get(q));
                }
                out.add(new Group(members, new ArrayList<>()));
                displaced.add(out.get(out.size() - 1).displaced());
                if (step.pushed()) {
                    waiting.add(state.group());
                    while (waiting.size() > MAX_OPEN) {
                        waiting.remove(0);
                    }
                }
                state = new State(state.position() + step.size(), state.group() + 1, step.open());
            } else {
                if (step.repairs() >= 0) {
                    displaced.get(waiting.remove(step.repairs())).add(amounts.get(state.position()));
                } else {
                    unread.add(amounts.get(state.position()));
                }
                state = new State(state.position() + 1, state.group(), step.open());
            }
        }
    }

    private static void differing(List<Group> chosen, List<Group> other, Set<Integer> uncertain) {
        for (int g = 0; g < chosen.size(); g++) {
            if (g >= other.size() || !chosen.get(g).equals(other.get(g))) {
                uncertain.add(g);
            }
        }
    }

    /** The cost of the best cut of the numbers from this state on. */
    private long best(State state) {
        Decisions known = memo.get(state);
        if (known != null) {
            return known.cost();
        }
        int n = amounts.size();
        int p = state.position();
        int g = state.group();
        List<Step> steps = new ArrayList<>(width + 1);
        if (p == n) {
            long cost = g == groups ? 0 : INFEASIBLE;
            memo.put(state, new Decisions(cost, List.of()));
            return cost;
        }
        if (memo.size() > MAX_STATES) {
            throw new TooLarge();
        }
        if (n - p > (long) (groups - g) * width + MAX_OPEN + 2 || groups - g > n - p) {
            // more numbers than the rows left can hold however they are moved, or fewer than they need
            memo.put(state, new Decisions(INFEASIBLE, List.of()));
            return INFEASIBLE;
        }
        if (g < groups) {
            long parts = 0;
            for (int size = 1; size <= width && p + size <= n; size++) {
                if (size > 1) {
                    parts += values[p + size - 1];
                }
                long deficit = values[p] - parts;
                boolean holds = !totalFirst || deficit == 0;
                long cost = 0;
                List<Long> open = state.open();
                boolean pushed = false;
                if (!holds) {
                    cost += BROKEN;
                    if (deficit > 0 && size >= 2 && size < width && boundary[p] && boundary[p + size]
                            && appearsLater(deficit, p + size)) {
                        open = push(open, deficit);
                        pushed = true;
                    }
                }
                for (int q = p + 1; q < p + size; q++) {
                    if (boundary[q]) {
                        cost++; // the row's numbers interrupted by other cells
                    }
                }
                if (!boundary[p + size]) {
                    cost++; // a row ending inside a run of numbers
                }
                long rest = best(new State(p + size, g + 1, open));
                steps.add(new Step(rest >= INFEASIBLE ? INFEASIBLE : rest + cost, size, pushed, -1, open));
            }
        }
        long value = values[p];
        int match = -1;
        boolean alone = boundary[p] && boundary[p + 1];
        for (int k = state.open().size() - 1; k >= 0 && alone; k--) {
            if (state.open().get(k) == value) {
                match = k;
                break;
            }
        }
        if (match >= 0) {
            List<Long> open = new ArrayList<>(state.open());
            open.remove(match);
            long rest = best(new State(p + 1, g, List.copyOf(open)));
            steps.add(new Step(rest >= INFEASIBLE ? INFEASIBLE : rest - BROKEN + MOVED, 0, false, match,
                    List.copyOf(open)));
        } else {
            long rest = best(new State(p + 1, g, state.open()));
            steps.add(new Step(rest >= INFEASIBLE ? INFEASIBLE : rest + 2 * BROKEN + MOVED, 0, false, -1,
                    state.open()));
        }
        steps.sort((a, b) -> Long.compare(a.cost(), b.cost()));
        memo.put(state, new Decisions(steps.get(0).cost(), steps));
        return steps.get(0).cost();
    }

    /** Whether the number is printed on its own a little later: the only way a displaced number shows. */
    private boolean appearsLater(long deficit, int from) {
        int until = Math.min(values.length, from + LOOKAHEAD_ROWS * width);
        for (int q = from; q < until; q++) {
            if (boundary[q] && boundary[q + 1] && values[q] == deficit) {
                return true;
            }
        }
        return false;
    }

    /** The numbers as longs at the given scale; null when one would not fit (no budget prints such numbers). */
    private static long[] scaled(List<BigDecimal> parsed, int scale) {
        if (scale > 6) {
            return null;
        }
        long[] out = new long[parsed.size()];
        for (int i = 0; i < out.length; i++) {
            BigDecimal value = parsed.get(i).setScale(scale);
            if (value.precision() > 17) {
                return null;
            }
            out[i] = value.unscaledValue().longValueExact();
        }
        return out;
    }

    private static List<Long> push(List<Long> open, long deficit) {
        List<Long> more = new ArrayList<>(open);
        more.add(deficit);
        while (more.size() > MAX_OPEN) {
            more.remove(0);
        }
        return List.copyOf(more);
    }
}
