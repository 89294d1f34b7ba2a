package budget.parser.title;

import budget.parser.text.Chars;
import budget.parser.text.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The budget units listed in 机构设置: after the sentence "包括…本级以及下属N家预算单位…", the numbered list
 * {@code 1. 上海市闵行区医疗保障局本级}, {@code 2. …}. An introductory line ending in a colon may sit between.
 */
public final class BudgetUnits {

    private static final Pattern ITEM = Pattern.compile(
            "^[-*\\s]*(?:[（(]\\d{1,3}[)）]\\s*|\\d{1,3}(?:\\s*[.、．)）]\\s*|\\s+))(\\S.*)$");

    private BudgetUnits() {
    }

    public static List<String> read(List<SourceLine> lines) {
        int anchor = -1;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.length() < 1_000 && text.contains("预算单位") && text.contains("包括")
                    && (text.contains("下属") || text.contains("本级") || text.contains("本部"))) {
                anchor = i;
                break;
            }
        }
        if (anchor < 0) {
            return List.of();
        }
        List<String> units = new ArrayList<>();
        for (int i = anchor + 1; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher item = ITEM.matcher(text);
            if (item.matches() && text.length() <= 80 && Chars.hasHan(item.group(1))) {
                units.add(item.group(1).strip());
            } else if (!units.isEmpty() || !introducesList(text)) {
                break;
            }
        }
        return units;
    }

    /** "本部门中，行政单位1家，事业单位1家，具体包括：" */
    private static boolean introducesList(String text) {
        return text.endsWith("：") || text.endsWith(":") || text.contains("具体包括");
    }
}
