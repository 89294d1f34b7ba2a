package budget.parser.narrative;

import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.PrintedAmount;
import budget.parser.text.Chars;
import budget.parser.text.SourceLine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 年度预算 of each project section ({@code …项目经费情况说明}, or {@code 项目名称：…} inside a unit's
 * section): the first amount in 万元 or 元 under its 年度预算安排 heading, labelled with the project.
 */
final class ProjectBudgets {

    private static final Pattern PROJECT_HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\d{1,2}[、.．])?(.*?)项目经费情况说明$");
    private static final Pattern PROJECT_NAME = Pattern.compile("项目名称[：:](.{1,60})$");
    private static final Pattern ORDINAL_HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])");
    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(万元|元)");

    private ProjectBudgets() {
    }

    static void find(List<SourceLine> narrative, long[] words, List<FigurePattern.Found> out) {
        String project = null;
        boolean inBudget = false;
        for (int i = 0; i < narrative.size(); i++) {
            SourceLine line = narrative.get(i);
            String raw = line.text();
            boolean names = (words[i] & (LineWords.PROJECT_HEADING | LineWords.PROJECT_NAME)) != 0;
            boolean budgetWords = (words[i] & LineWords.ANNUAL_BUDGET) != 0;
            if (raw.length() > 20_000 || !names && !budgetWords && !inBudget) {
                continue; // most prose: nothing to do, and not worth normalising
            }
            String text = heading(raw);
            if (names && text.length() <= 60) {
                Matcher heading = PROJECT_HEADING.matcher(text);
                if (heading.matches()) {
                    project = heading.group(1).isEmpty() ? null : heading.group(1);
                    inBudget = false;
                    continue;
                }
                Matcher name = PROJECT_NAME.matcher(text);
                if (name.find()) {
                    project = name.group(1);
                    inBudget = false;
                    continue;
                }
            }
            String from = text;
            int at = budgetWords ? text.indexOf("年度预算") : -1;
            if (project != null && at >= 0 && at < 12) {
                inBudget = true;
                from = text.substring(at);
            } else if (inBudget && ORDINAL_HEADING.matcher(text).lookingAt()) {
                inBudget = false;
            }
            if (inBudget) {
                Matcher amount = AMOUNT.matcher(from);
                if (amount.find()) {
                    out.add(new FigurePattern.Found(0, new NarrativeFact(FactKind.PROJECT_ANNUAL_BUDGET, project,
                            PrintedAmount.of(amount.group(1), amount.group(2)), null, null, line.number())));
                    inBudget = false;
                }
            }
        }
    }

    /** The line without heading marks, list marks and spaces. */
    static String heading(String line) {
        String text = Chars.squeeze(line);
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '#' || text.charAt(i) == '-' || text.charAt(i) == '*')) {
            i++;
        }
        return text.substring(i);
    }
}
