package budget.validator.engine;

import budget.model.SubjectChain;
import budget.model.SubjectChain.Level;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the function codes a narrative subject names ({@link SubjectChain}): the subject level by name (equal,
 * a former or later name of the same code, or a shorter form) or by its printed code, and every level above it
 * walked 类 → 款 → 项 against the ancestors of each candidate, so that
 * {@code 一般公共服务支出（类）财政事务（款）行政运行（项）} is 2010601 and not the 行政运行 of another 类. When no
 * candidate fits every printed level, one level above the subject may differ if another one fits and the
 * subject's own name does (a 款 printed under an old name); a subject with every level above it wrong is not
 * found.
 * <p>
 * One per validation run ({@link BudgetView#subjects()}), shared by the rule families that look subjects up: it
 * remembers what each label was found to be, so it is not thread-safe.
 */
public final class SubjectLookup {

    /** How well a printed level fits a code, best last. */
    public enum Fit {
        NONE, CODE, CLOSE, RENAMED, SAME
    }

    /**
     * How one printed level was matched.
     *
     * @param level the printed level
     * @param code  the code it was matched to (the subject's code, or one of its ancestors)
     * @param name  the name the tables print for that code, or null
     * @param fit   how the printed name (or code) fits it
     */
    public record LevelMatch(Level level, String code, String name, Fit fit) {
    }

    /**
     * A code the subject may be.
     *
     * @param code   the subject's code
     * @param levels each printed level with the code it was matched to, widest first
     */
    public record Match(String code, List<LevelMatch> levels) {

        public LevelMatch subject() {
            return levels.get(levels.size() - 1);
        }
    }

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> bareNames = new LinkedHashMap<>();
    /** What each label was found to be: several rule families look up the same labels. */
    private final Map<String, List<Match>> found = new HashMap<>();

    /** @param names every code the subject may be, with the name the tables print for it (or null) */
    public SubjectLookup(Map<String, String> names) {
        names.forEach((code, name) -> {
            this.names.put(code, name);
            bareNames.put(code, Names.normalise(name));
        });
    }

    /**
     * The codes of the function tables a subject may be: those of tables 5, 6, 7 and 3, named by the first of
     * tables 5, 6, 7, 3 and 2 that prints a name. Rules take the run's one from {@link BudgetView#subjects()}.
     */
    static SubjectLookup of(BudgetView budget) {
        List<CodeTree> namers = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int number : List.of(5, 6, 7, 3)) {
            CodeTree tree = budget.codeTree(number);
            if (tree.present()) {
                namers.add(tree);
                codes.addAll(tree.codes());
            }
        }
        namers.add(budget.codeTree(2));
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, CodeTree.nameOf(code, namers)));
        return new SubjectLookup(names);
    }

    public Set<String> codes() {
        return names.keySet();
    }

    public String nameOf(String code) {
        return names.get(code);
    }

    /**
     * The codes the subject a label prints ({@link SubjectChain#parse}) fits best, with how each level fits; empty
     * when the tables print no such subject.
     */
    public List<Match> find(String label) {
        List<Match> matches = found.get(label);
        if (matches == null) {
            matches = find(SubjectChain.parse(label));
            found.put(label, matches);
        }
        return matches;
    }

    private List<Match> find(SubjectChain chain) {
        Level subject = chain.subject();
        // each printed level's bare name, once: it is compared with every code
        String bareSubject = Names.normalise(subject.name());
        List<Level> ancestors = chain.ancestors();
        String[] bareAncestors = new String[ancestors.size()];
        for (int i = 0; i < bareAncestors.length; i++) {
            bareAncestors[i] = Names.normalise(ancestors.get(i).name());
        }
        List<Match> strict = new ArrayList<>();
        List<Match> relaxed = new ArrayList<>();
        for (String code : names.keySet()) {
            if (subject.depth() != 0 && code.length() != subject.codeLength()) {
                continue;
            }
            Fit fit = fit(subject, bareSubject, code);
            if (fit == Fit.NONE) {
                continue;
            }
            List<LevelMatch> levels = new ArrayList<>();
            int fitting = 0;
            int failing = 0;
            for (int i = 0; i < bareAncestors.length; i++) {
                Level ancestor = ancestors.get(i);
                int length = ancestor.codeLength();
                if (length == 0 || length >= code.length()) {
                    failing++;
                    continue;
                }
                String above = code.substring(0, length);
                Fit aboveFit = fit(ancestor, bareAncestors[i], above);
                levels.add(new LevelMatch(ancestor, above, names.get(above), aboveFit));
                if (aboveFit == Fit.NONE) {
                    failing++;
                } else {
                    fitting++;
                }
            }
            levels.add(new LevelMatch(subject, code, names.get(code), fit));
            Match match = new Match(code, List.copyOf(levels));
            if (failing == 0) {
                strict.add(match);
            } else if (failing == 1 && fitting >= 1 && fit != Fit.CODE) {
                relaxed.add(match);
            }
        }
        return best(strict.isEmpty() ? relaxed : strict);
    }

    /** The matches whose subject fits best, a printed code that agrees counting for a little more. */
    private static List<Match> best(List<Match> matches) {
        int top = matches.stream().mapToInt(SubjectLookup::score).max().orElse(0);
        return matches.stream().filter(m -> score(m) == top).toList();
    }

    private static int score(Match match) {
        int score = 0;
        for (LevelMatch level : match.levels()) {
            score += level.level().printedCodeOf(level.code()) ? 1 : 0;
        }
        return match.subject().fit().ordinal() * 100 + score;
    }

    /** @param printed the level's name, normalised */
    private Fit fit(Level level, String printed, String code) {
        String bare = bareNames.getOrDefault(code, "");
        if (Names.sameBare(printed, bare)) {
            return Fit.SAME;
        }
        if (Names.renamedBare(code, printed, bare)) {
            return Fit.RENAMED;
        }
        if (Names.closeBare(printed, bare)) {
            return Fit.CLOSE;
        }
        return level.printedCodeOf(code) ? Fit.CODE : Fit.NONE;
    }
}
