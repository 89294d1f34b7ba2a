package budget.parser.table;

import budget.parser.table.CellStream.Kind;
import budget.parser.table.CellStream.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The codes of a table printed one cell per line, in table order. pdftotext prints most rows' code parts
 * together ({@code 208 05 01}), so the parts are first read row by row; where that reading breaks the grammar
 * (a 款 part with no 类 before it, a code twice, a 款 or 项 whose parent is not above it: the cells of a column
 * printed as a block, a merged {@code 01 name} line printed rows away), the parts of the rows around the break are
 * pooled and every way to rebuild those rows is tried, widening the window a row at a time, within a budget. The
 * caller's scorer (the table's identities) ranks the rebuilt readings over every window tried, up to one row
 * wider than the first window with a perfect reading; codes in which equally good readings differ are uncertain.
 */
final class StreamCodes {

    /** How far around the broken rows the window may widen. */
    private static final int MAX_WIDENING = 2;
    /** Search nodes per window: a few windows of a dozen rows, far below a slow parse. */
    private static final int NODE_BUDGET = 20_000;
    /** Rows a window may hold; beyond it the search is not tried. */
    private static final int MAX_WINDOW = 16;
    /** Rebuilds of one window worth ranking; more means the window says too little to choose. */
    private static final int MAX_SOLUTIONS = 256;

    /** A row's code and the tokens that printed it. */
    record CodeRowTokens(Code code, List<Integer> tokens) {

        String full() {
            return code.full();
        }
    }

    /** Ranks a candidate reading: lower is better, compared element by element. */
    interface Scorer {
        int[] score(List<CodeRowTokens> rows);
    }

    /**
     * @param rows      the codes in table order with their tokens
     * @param uncertain the codes another equally good reading would change
     */
    record Reading(List<CodeRowTokens> rows, Set<String> uncertain) {
    }

    /** A row as read row by row: its parts (null for a stray part), its 类 and its tokens. */
    private static final class Draft {
        final List<String> parts;
        final String cls;
        final List<Integer> tokens = new ArrayList<>(3);
        boolean open;

        Draft(List<String> parts, String cls, int token, boolean open) {
            this.parts = parts;
            this.cls = cls;
            this.tokens.add(token);
            this.open = open;
        }

        String full() {
            return parts == null ? null : String.join("", parts);
        }
    }

    private final int levels;
    private final List<Token> tokens;

    StreamCodes(int levels, List<Token> tokens) {
        this.levels = levels;
        this.tokens = tokens;
    }

    /** How many rows the codes make: one per 类 part or whole code. */
    int rowCount() {
        int count = 0;
        for (Token token : tokens) {
            int length = token.text().length();
            if (token.kind() == Kind.CODE && (length == 3 || length == 5 || length == 7 && levels >= 3)) {
                count++;
            }
        }
        return count;
    }

    Reading read(Scorer scorer) {
        List<Draft> drafts = rowByRow();
        List<String> fulls = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            fulls.add(draft.full());
        }
        Set<Integer> bad = broken(fulls);
        if (bad.isEmpty()) {
            return new Reading(asRows(drafts), Set.of());
        }
        Ranking ranking = new Ranking(scorer);
        int perfectAt = -1;
        for (int widen = 0; widen <= MAX_WIDENING || widen == perfectAt + 1; widen++) {
            Set<Integer> release = new HashSet<>();
            for (int b : bad) {
                for (int d = -widen; d <= widen; d++) {
                    if (b + d >= 0 && b + d < drafts.size()) {
                        release.add(b + d);
                    }
                }
            }
            if (release.size() > MAX_WINDOW) {
                break;
            }
            try {
                rebuild(drafts, release).forEach(ranking::offer);
            } catch (BudgetExceeded e) {
                break;
            }
            if (perfectAt < 0 && ranking.perfect()) {
                perfectAt = widen;
            } else if (perfectAt >= 0) {
                break; // one row wider than the first perfect reading: an equally good one would show here
            }
        }
        if (ranking.best == null) {
            // no rebuild fits the grammar: keep the row-by-row reading, its broken rows uncertain
            Set<String> uncertain = new HashSet<>();
            List<Draft> kept = new ArrayList<>();
            for (int r = 0; r < drafts.size(); r++) {
                Draft draft = drafts.get(r);
                if (draft.parts == null) {
                    continue; // a stray part: left out, reported by the caller as a cell outside any row
                }
                if (bad.contains(r)) {
                    uncertain.add(draft.full());
                }
                kept.add(draft);
            }
            return new Reading(asRows(kept), uncertain);
        }
        return new Reading(ranking.best, ranking.uncertain());
    }

    /** The parts read row by row: a 类 starts a row, 款 and 项 parts continue it across header words only. */
    private List<Draft> rowByRow() {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.HEADER) {
                continue;
            }
            if (token.kind() != Kind.CODE) {
                current = null;
                continue;
            }
            String text = token.text();
            switch (text.length()) {
                case 3 -> {
                    current = new Draft(new ArrayList<>(List.of(text)), text, i, true);
                    drafts.add(current);
                }
                case 5, 7 -> {
                    List<String> parts = split(text);
                    if (parts.size() > levels) {
                        drafts.add(new Draft(null, null, i, false));
                        current = null;
                    } else {
                        current = new Draft(parts, parts.get(0), i, parts.size() < levels);
                        drafts.add(current);
                    }
                }
                default -> {
                    if (current != null && current.open && current.parts.size() < levels) {
                        current.parts.add(text);
                        current.tokens.add(i);
                        current.open = current.parts.size() < levels;
                    } else {
                        drafts.add(new Draft(null, null, i, false));
                        current = null;
                    }
                }
            }
        }
        return drafts;
    }

    private static List<String> split(String whole) {
        List<String> parts = new ArrayList<>(3);
        parts.add(whole.substring(0, 3));
        parts.add(whole.substring(3, 5));
        if (whole.length() == 7) {
            parts.add(whole.substring(5));
        }
        return parts;
    }

    /**
     * The rows that break the grammar: a stray part, a code printed before, or (when the table prints parents at
     * all) a 款 or 项 whose parent is not the row before it or one of that row's parents. Order is not required:
     * a table printed out of order keeps its order.
     */
    static Set<Integer> broken(List<String> fulls) {
        boolean printsParents = false;
        Set<String> all = new HashSet<>(fulls);
        for (String full : fulls) {
            if (full != null && full.length() > 3 && all.contains(full.substring(0, full.length() - 2))) {
                printsParents = true;
                break;
            }
        }
        Set<Integer> bad = new HashSet<>();
        Set<String> seen = new HashSet<>();
        String previous = null;
        for (int r = 0; r < fulls.size(); r++) {
            String full = fulls.get(r);
            if (full == null || !seen.add(full)) {
                bad.add(r);
                continue;
            }
            if (printsParents && full.length() > 3) {
                String parent = full.substring(0, full.length() - 2);
                if (previous == null || !previous.startsWith(parent)) {
                    bad.add(r);
                }
            }
            previous = full;
        }
        return bad;
    }

    private static final class BudgetExceeded extends Exception {
        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** Every way to give the released rows codes from their pooled parts that leaves the whole list grammatical. */
    private List<List<CodeRowTokens>> rebuild(List<Draft> drafts, Set<Integer> release) throws BudgetExceeded {
        Map<String, Integer> pool = new TreeMap<>();
        List<String> classes = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        for (int r = 0; r < drafts.size(); r++) {
            Draft draft = drafts.get(r);
            if (!release.contains(r)) {
                if (draft.parts != null) {
                    fixed.add(draft.full());
                }
                continue;
            }
            for (int t : draft.tokens) {
                String text = tokens.get(t).text();
                if (text.length() == 2) {
                    pool.merge(text, 1, Integer::sum);
                } else if (draft.cls == null) {
                    continue; // a whole code too long for this table: no row
                } else if (text.length() == 3) {
                    classes.add(text);
                } else {
                    // a whole code keeps its parts: its class starts a row, the rest joins the pool
                    List<String> parts = split(text);
                    classes.add(parts.get(0));
                    for (int p = 1; p < parts.size(); p++) {
                        pool.merge(parts.get(p), 1, Integer::sum);
                    }
                }
            }
        }
        Collections.sort(classes);
        Search search = new Search(classes, pool, new HashSet<>(fixed));
        search.run(0, new ArrayList<>());
        List<List<CodeRowTokens>> out = new ArrayList<>();
        for (List<String> chosen : search.solutions) {
            // the rows from the first released to the last one are put in code order; the others keep their
            // printed order (a table printed out of order stays so)
            int from = Collections.min(release);
            int to = Collections.max(release);
            List<String> span = new ArrayList<>(chosen);
            for (int r = from; r <= to; r++) {
                if (!release.contains(r) && drafts.get(r).parts != null) {
                    span.add(drafts.get(r).full());
                }
            }
            Collections.sort(span);
            List<String> all = new ArrayList<>(drafts.size());
            for (int r = 0; r < drafts.size(); r++) {
                if (r == from) {
                    all.addAll(span);
                }
                if ((r < from || r > to) && drafts.get(r).parts != null) {
                    all.add(drafts.get(r).full());
                }
            }
            if (broken(all).isEmpty()) {
                out.add(withTokens(drafts, release, all, new HashSet<>(chosen)));
            }
        }
        return out;
    }

    /** A depth-first search over the released rows' codes, parents before children, within the node budget. */
    private final class Search {
        final List<String> classes;
        final Map<String, Integer> pool;
        final Set<String> fixed;
        final Set<List<String>> solutions = new HashSet<>();
        int left;
        int nodes;

        Search(List<String> classes, Map<String, Integer> pool, Set<String> fixed) {
            this.classes = classes;
            this.pool = pool;
            this.fixed = fixed;
            for (int count : pool.values()) {
                left += count;
            }
        }

        void run(int row, List<String> chosen) throws BudgetExceeded {
            if (++nodes > NODE_BUDGET) {
                throw new BudgetExceeded();
            }
            if (row == classes.size()) {
                if (left == 0) {
                    solutions.add(List.copyOf(chosen));
                    if (solutions.size() > MAX_SOLUTIONS) {
                        throw new BudgetExceeded();
                    }
                }
                return;
            }
            if (left > (levels - 1) * (classes.size() - row)) {
                return;
            }
            String cls = classes.get(row);
            String last = chosen.isEmpty() ? null : chosen.get(chosen.size() - 1);
            try1(row, chosen, cls, last, cls);
            List<String> parts = new ArrayList<>(pool.keySet());
            for (String k : parts) {
                if (pool.get(k) == 0) {
                    continue;
                }
                take(k);
                try1(row, chosen, cls, last, cls + k);
                if (levels >= 3) {
                    for (String x : parts) {
                        if (pool.get(x) == 0) {
                            continue;
                        }
                        take(x);
                        try1(row, chosen, cls, last, cls + k + x);
                        give(x);
                    }
                }
                give(k);
            }
        }

        private void try1(int row, List<String> chosen, String cls, String last, String code)
                throws BudgetExceeded {
            if (fixed.contains(code) || chosen.contains(code)) {
                return;
            }
            if (last != null && last.startsWith(cls) && code.compareTo(last) < 0) {
                return; // rows of one 类 in ascending order: each set of codes once
            }
            if (code.length() > 3) {
                String parent = code.substring(0, code.length() - 2);
                if (!fixed.contains(parent) && !chosen.contains(parent)) {
                    return;
                }
            }
            chosen.add(code);
            run(row + 1, chosen);
            chosen.remove(chosen.size() - 1);
        }

        private void take(String part) {
            pool.merge(part, -1, Integer::sum);
            left--;
        }

        private void give(String part) {
            pool.merge(part, 1, Integer::sum);
            left++;
        }
    }

    /**
     * The rebuilt list with each row's tokens: kept rows keep theirs; a rebuilt row takes a released token of its
     * 类 and of each part, a merged {@code 01 name} part only as its last part (the column next to the name).
     */
    private List<CodeRowTokens> withTokens(List<Draft> drafts, Set<Integer> release, List<String> all,
                                           Set<String> chosen) {
        Map<String, List<Integer>> kept = new LinkedHashMap<>();
        List<Integer> free = new ArrayList<>();
        for (int r = 0; r < drafts.size(); r++) {
            Draft draft = drafts.get(r);
            if (release.contains(r)) {
                free.addAll(draft.tokens);
            } else if (draft.parts != null) {
                kept.put(draft.full(), draft.tokens);
            }
        }
        Collections.sort(free);
        boolean[] used = new boolean[free.size()];
        List<CodeRowTokens> rows = new ArrayList<>(all.size());
        for (String full : all) {
            List<String> parts = parts(full);
            if (!chosen.contains(full)) {
                rows.add(new CodeRowTokens(new Code(parts), kept.get(full)));
                continue;
            }
            List<Integer> mine = new ArrayList<>(3);
            for (int p = 0; p < parts.size(); p++) {
                boolean lastPart = p == parts.size() - 1;
                int pick = pickToken(free, used, parts.get(p), lastPart && p > 0);
                if (pick < 0 && p == 0) {
                    int whole = pickWhole(free, used, full);
                    if (whole >= 0) {
                        mine.add(free.get(whole));
                        break;
                    }
                }
                if (pick >= 0) {
                    used[pick] = true;
                    mine.add(free.get(pick));
                }
            }
            Collections.sort(mine);
            rows.add(new CodeRowTokens(new Code(parts), mine));
        }
        return rows;
    }

    private int pickToken(List<Integer> free, boolean[] used, String part, boolean mayBeMerged) {
        int fallback = -1;
        for (int f = 0; f < free.size(); f++) {
            Token token = tokens.get(free.get(f));
            if (used[f] || !token.text().equals(part)) {
                continue;
            }
            if (token.merged() == mayBeMerged) {
                return f;
            }
            if (fallback < 0 && !token.merged()) {
                fallback = f;
            }
        }
        return fallback;
    }

    private int pickWhole(List<Integer> free, boolean[] used, String full) {
        for (int f = 0; f < free.size(); f++) {
            String text = tokens.get(free.get(f)).text();
            if (!used[f] && text.length() > 3 && text.startsWith(full.substring(0, 3))) {
                used[f] = true;
                return f;
            }
        }
        return -1;
    }

    private static List<String> parts(String full) {
        return full.length() == 3 ? List.of(full) : split(full);
    }

    /**
     * The best-scoring rebuild over every window tried, and the equally good ones that read other codes: the codes
     * where they differ are uncertain.
     */
    private static final class Ranking {
        final Scorer scorer;
        List<CodeRowTokens> best;
        int[] bestScore;
        final List<List<CodeRowTokens>> ties = new ArrayList<>();

        Ranking(Scorer scorer) {
            this.scorer = scorer;
        }

        void offer(List<CodeRowTokens> rows) {
            if (best != null && sameCodes(rows, best)) {
                return;
            }
            int[] score = scorer.score(rows);
            int order = bestScore == null ? -1 : compare(score, bestScore);
            if (order < 0) {
                best = rows;
                bestScore = score;
                ties.removeIf(tie -> compare(scorer.score(tie), score) > 0);
            } else if (order == 0 && ties.stream().noneMatch(tie -> sameCodes(tie, rows))) {
                ties.add(rows);
            }
        }

        boolean perfect() {
            return bestScore != null && isZero(bestScore);
        }

        Set<String> uncertain() {
            Set<String> uncertain = new HashSet<>();
            Set<String> mine = new HashSet<>();
            best.forEach(row -> mine.add(row.full()));
            for (List<CodeRowTokens> tie : ties) {
                if (compare(scorer.score(tie), bestScore) != 0) {
                    continue;
                }
                Set<String> theirs = new HashSet<>();
                tie.forEach(row -> theirs.add(row.full()));
                for (String code : mine) {
                    if (!theirs.contains(code)) {
                        uncertain.add(code);
                    }
                }
            }
            return uncertain;
        }
    }

    private static boolean sameCodes(List<CodeRowTokens> a, List<CodeRowTokens> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).full().equals(b.get(i).full())) {
                return false;
            }
        }
        return true;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    private static boolean isZero(int[] score) {
        for (int s : score) {
            if (s != 0) {
                return false;
            }
        }
        return true;
    }

    private static List<CodeRowTokens> asRows(List<Draft> drafts) {
        List<CodeRowTokens> rows = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            if (draft.parts != null) {
                rows.add(new CodeRowTokens(new Code(draft.parts), draft.tokens));
            }
        }
        return rows;
    }
}
