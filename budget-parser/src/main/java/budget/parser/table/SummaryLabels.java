package budget.parser.table;

import budget.model.SummaryItem;
import budget.parser.text.Chars;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The labels of summary tables: their numbering, role, name and side. */
final class SummaryLabels {

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:([一二三四五六七八九十]+)[、.．]|(\\d{1,2})\\s*(?:、|[.．](?!\\d))|[（(](\\d{1,2})[)）]|[（(]([一二三四五六七八九十]+)[)）])\\s*");

    private SummaryLabels() {
    }

    /** Whether a token starts a label by its numbering: 一、 1、 1. (1) （一）. */
    static boolean startsNumbered(String token) {
        return NUMBERING.matcher(token).lookingAt();
    }

    /** Prose, not a label: a sentence, or longer than any label. */
    static boolean isProse(String text) {
        return text.length() > 40 || CodeTableReader.looksLikeProse(text);
    }

    static boolean isTotal(String label) {
        String text = Chars.squeeze(label);
        return text.endsWith("总计") || text.equals("合计");
    }

    static SummaryItem.Role role(String label) {
        if (isTotal(label)) {
            return SummaryItem.Role.TOTAL;
        }
        Matcher m = NUMBERING.matcher(Chars.squeeze(label));
        if (m.lookingAt() && (m.group(2) != null || m.group(3) != null)) {
            return SummaryItem.Role.SUB_ITEM;
        }
        return SummaryItem.Role.ITEM;
    }

    /** The label without its numbering and spaces: 一、社会保障和就业支出 → 社会保障和就业支出. */
    static String name(String label) {
        String text = Chars.squeeze(label);
        Matcher m = NUMBERING.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : text;
    }

    /** The side a label belongs to by its words, for forms that do not keep the columns. */
    static SummaryItem.Side sideByWords(String label) {
        String name = name(label);
        return name.endsWith("支出") || name.contains("支出总计") || name.contains("支出合计") || name.contains("预备费")
                || name.contains("结转下年") || name.contains("年末结转") ? SummaryItem.Side.EXPENSE
                : SummaryItem.Side.INCOME;
    }
}
