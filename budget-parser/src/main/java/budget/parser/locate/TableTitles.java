package budget.parser.locate;

import budget.model.TableType;
import budget.parser.text.Chars;

import java.util.Optional;

/**
 * Recognises the title of one of the nine tables by its title words, whatever the decoration: numbering
 * ({@code 1、}), markdown heading marks, spaced years, straight or curly quotes, a dropped final 表.
 */
public final class TableTitles {

    /** Titles are short; a longer line is prose that merely mentions a table. */
    private static final int MAX_TITLE_LENGTH = 60;
    private static final String[] WORDS = new String[TableType.values().length];

    static {
        for (TableType type : TableType.values()) {
            String words = normalise(type.titleWords());
            WORDS[type.ordinal()] = words.endsWith("表") ? words.substring(0, words.length() - 1) : words;
        }
    }

    private TableTitles() {
    }

    /** The table this line is the title of, if it reads like a title. */
    public static Optional<TableType> match(String line) {
        // every title holds 预算; a line without it, or far too long, is never a title
        if (line.length() > MAX_TITLE_LENGTH * 3 || !line.contains("预算")
                || !line.contains("预算表") && !line.contains("总表") && !line.contains("经费预算")
                && !line.contains("预算 表")) {
            return Optional.empty();
        }
        String text = normalise(line);
        if (text.length() > MAX_TITLE_LENGTH || text.startsWith("注") || text.startsWith("备注")
                || text.contains("详见") || hasSentencePunctuation(text)) {
            return Optional.empty();
        }
        TableType best = null;
        for (TableType type : TableType.values()) {
            String words = WORDS[type.ordinal()];
            if (text.contains(words) && (best == null || words.length() > WORDS[best.ordinal()].length())) {
                best = type;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The line without whitespace, quotes and markdown marks: the form titles are compared in. */
    static String normalise(String line) {
        String squeezed = Chars.squeeze(line);
        StringBuilder out = new StringBuilder(squeezed.length());
        for (int i = 0; i < squeezed.length(); i++) {
            char c = squeezed.charAt(i);
            switch (c) {
                case '“', '”', '"', '\'', '‘', '’', '「', '」', '『', '』', '#', '*', '|' -> {
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasSentencePunctuation(String text) {
        return text.indexOf('，') >= 0 || text.indexOf('。') >= 0 || text.indexOf('；') >= 0;
    }
}
