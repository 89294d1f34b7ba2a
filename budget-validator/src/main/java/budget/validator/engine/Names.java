package budget.validator.engine;

import budget.model.ClassificationNames;
import budget.text.Spaces;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Comparing the names of classification rows and items as different tables and the narrative print them. */
public final class Names {

    /** Numbering in front of an item: 一、 1、 1. (一) （二） - 1 */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[-•·]\\s*)?(?:[（(][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十百0-9]+\\s*[、.．]|[0-9]+\\s+)\\s*");
    /** The characters {@link #NUMBERING} can start with: a name starting otherwise has none (most do not). */
    private static final String NUMBERING_STARTS = "-•·（(一二三四五六七八九十百0123456789";
    /** The quotes a name is compared without. */
    private static final String QUOTES = "“”\"'‘’「」『』＂";
    /** A level marker after a subject name: 卫生健康支出（类）, 行政运行（01项）. Chains are read by SubjectChain. */
    private static final Pattern LEVEL_MARK = Pattern.compile("[（(][0-9]{0,7}[类款项][)）]$");
    /** Words that say nothing about which line a project is: every project has 经费 and 资金. */
    private static final List<String> FILLER = List.of("项目", "经费", "资金", "支出", "其他", "情况说明", "科目");

    private Names() {
    }

    /**
     * The bare name: no spaces, quotes, numbering, 科目 suffix or level marker; 其它 spelled 其他 (both are
     * printed for the same subject).
     */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        // plain loops and cheap tests before each pattern: every rule that pairs names normalises them
        String bare = withoutQuotes(name.strip());
        if (!startsWithCode(bare) && !bare.isEmpty() && NUMBERING_STARTS.indexOf(bare.charAt(0)) >= 0) {
            bare = NUMBERING.matcher(bare).replaceFirst("");
        }
        bare = Spaces.removed(bare);
        if (bare.indexOf(')') >= 0 || bare.indexOf('）') >= 0) {
            bare = LEVEL_MARK.matcher(bare).replaceFirst("");
        }
        if (bare.endsWith("科目")) {
            bare = bare.substring(0, bare.length() - 2);
        }
        return bare.replace("其它", "其他");
    }

    /** A name that starts with a code (208 社会保障…) keeps its digits: they are not numbering. */
    private static boolean startsWithCode(String name) {
        if (name.length() < 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String withoutQuotes(String name) {
        StringBuilder bare = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                if (bare == null) {
                    bare = new StringBuilder(name.length()).append(name, 0, i);
                }
            } else if (bare != null) {
                bare.append(c);
            }
        }
        return bare == null ? name : bare.toString();
    }

    public static boolean same(String a, String b) {
        return sameBare(normalise(a), normalise(b));
    }

    /** One name is the other with a few more characters (其他医疗救助 / 其他医疗救助支出). */
    public static boolean close(String a, String b) {
        return closeBare(normalise(a), normalise(b));
    }

    /** {@link #same} for names already normalised (hot loops normalise each name once). */
    public static boolean sameBare(String left, String right) {
        return !left.isEmpty() && left.equals(right);
    }

    /** {@link #close} for names already normalised. */
    public static boolean closeBare(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        return left.equals(right) || left.startsWith(right) || right.startsWith(left);
    }

    /**
     * Names already normalised that are two names of one code in different revisions of the classification
     * ({@link ClassificationNames}): 医疗卫生与计划生育支出 and 卫生健康支出 of 210.
     */
    public static boolean renamedBare(String code, String left, String right) {
        return !left.isEmpty() && !right.isEmpty() && ClassificationNames.renamed(code, left, right);
    }

    /** How many two-character pieces the names share once filler words are removed. */
    public static int sharedBigrams(String a, String b) {
        Set<String> left = bigrams(withoutFiller(a));
        left.retainAll(bigrams(withoutFiller(b)));
        return left.size();
    }

    private static String withoutFiller(String name) {
        String bare = normalise(name);
        for (String filler : FILLER) {
            bare = bare.replace(filler, " ");
        }
        return bare;
    }

    private static Set<String> bigrams(String text) {
        Set<String> pieces = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            String piece = text.substring(i, i + 2);
            if (piece.isBlank() || piece.contains(" ")) {
                continue;
            }
            pieces.add(piece);
        }
        return pieces;
    }
}
