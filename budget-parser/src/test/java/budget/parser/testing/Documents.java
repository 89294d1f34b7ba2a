package budget.parser.testing;

import budget.model.ParsedBudget;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;

/** Small documents for tests: a title block around table snippets. */
public final class Documents {

    public static final String TITLE_BLOCK = "闵行区2026年区级部门预算\n\n预算主管部门：上海市闵行区医疗保障局（汇总）\n\n";

    private Documents() {
    }

    /** A table: its title, 编制部门 and unit lines, then the given lines. */
    public static String table(String title, String unit, String body) {
        return title + "\n\n编制部门：上海市闵行区医疗保障局（汇总）\n\n单位：" + unit + "\n\n" + body + "\n";
    }

    public static ParsedBudget parse(String... parts) {
        ParseOutcome outcome = new BudgetParser().parse(TITLE_BLOCK + String.join("\n", parts));
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            return parsed.budget();
        }
        throw new AssertionError("not read as a budget: " + outcome);
    }
}
