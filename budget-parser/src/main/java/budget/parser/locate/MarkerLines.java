package budget.parser.locate;

import budget.parser.text.Chars;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The non-row lines a table carries: 编制部门 / 编制单位 / 预算单位, the unit, the note of an empty table, page
 * numbers and running heads. Each is recognised by its words, never by position.
 */
public final class MarkerLines {

    private static final Pattern PREPARED_BY = Pattern.compile(
            "(编制部门|编制单位|预算单位|预算主管部门)\\s*[：:]\\s*(.*?)(?=\\s{2,}|\\t|\\|\\s|单位\\s*[：:]|$)");
    private static final Pattern UNIT = Pattern.compile("(?:金额)?单位\\s*[：:]\\s*(万元|元)");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－]*\\s*\\d{1,4}\\s*[-—–－]*|第\\s*\\d{1,4}\\s*页(\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}"
                    + "|(?i:page)\\s*\\d{1,4}(\\s*(?i:of)\\s*\\d{1,4})?");

    private MarkerLines() {
    }

    /** The value of a 编制部门：… / 编制单位：… / 预算单位：… line, or null. */
    public static String preparedBy(String line) {
        if (line.length() > 300 || !mentionsPreparer(line)) {
            return null;
        }
        Matcher m = PREPARED_BY.matcher(line);
        if (!m.find() || !"预算主管部门".equals(m.group(1)) && m.start() > 8) {
            return null;
        }
        String value = m.group(2).strip();
        while (value.endsWith("|")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        return value.isEmpty() ? null : value;
    }

    private static boolean mentionsPreparer(String line) {
        boolean compiled = line.contains("编制");
        if (!compiled && !line.contains("预算")) {
            return false; // every table row: two scans and done
        }
        return compiled && (line.contains("编制部门") || line.contains("编制单位")) || line.contains("预算单位")
                || line.contains("预算主管部门");
    }

    /** Which header word introduced the preparer: 编制部门, 编制单位, 预算单位 or 预算主管部门; null if none. */
    public static String preparedByWord(String line) {
        if (line.length() > 300 || !mentionsPreparer(line)) {
            return null;
        }
        Matcher m = PREPARED_BY.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    /** 元 or 万元 when the line states the unit, else null. */
    public static String unit(String line) {
        if (line.length() > 300 || line.indexOf('元') < 0 || !line.contains("单位")) {
            return null;
        }
        Matcher m = UNIT.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    /** The printed note of a table without data: 注：…本表无数据. */
    public static boolean isNote(String line) {
        if (line.indexOf('注') < 0 && !line.contains("本表无")) {
            return false;
        }
        String text = Chars.squeeze(line);
        while (text.startsWith("|") || text.startsWith("-") || text.startsWith("*")) {
            text = text.substring(1);
        }
        return text.startsWith("注：") || text.startsWith("注:") || text.startsWith("备注") || text.contains("本表无数据")
                || text.contains("本表无内容");
    }

    /** Whether a table title is a unit budget's: {@code 单位“三公”…}, {@code 2025年单位…} (after numbering and year). */
    public static boolean startsWithUnitWord(String title) {
        String text = Chars.squeeze(title);
        int i = 0;
        while (i < text.length() && "#0123456789、.．".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (text.startsWith("年度", i)) {
            i += 2;
        } else if (text.startsWith("年", i)) {
            i++;
        }
        return text.startsWith("单位", i);
    }

    /**
     * A bare page number, {@code 7}: only where a page ends (see {@link budget.parser.text.SourceLine#lastOnPage}),
     * since anywhere else a lone number may be a cell.
     */
    public static boolean isBarePageNumber(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > 3) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return text.charAt(0) != '0';
    }

    /** A page number or running page mark: {@code - 3 -}, {@code 第 3 页}, {@code 3/12}. */
    public static boolean isPageMarker(String line) {
        if (Chars.hasHan(line) && line.indexOf('页') < 0) {
            return false; // without allocating: a page mark is a short line, of digits and dashes or 第…页
        }
        String text = line.strip();
        return !text.isEmpty() && text.length() <= 24 && PAGE_NUMBER.matcher(text).matches()
                && (text.indexOf('-') >= 0 || text.indexOf('—') >= 0 || text.indexOf('–') >= 0
                || text.indexOf('－') >= 0 || text.indexOf('页') >= 0 || text.indexOf('/') >= 0
                || text.toLowerCase().startsWith("page"));
    }
}
