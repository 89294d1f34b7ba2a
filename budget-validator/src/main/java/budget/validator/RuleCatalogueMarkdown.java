package budget.validator;

/** The rule catalogue as a markdown table, for the README (a test keeps the README in step with the code). */
public final class RuleCatalogueMarkdown {

    private RuleCatalogueMarkdown() {
    }

    /** One row per rule: id | severity | 中文 | English. */
    public static String render() {
        StringBuilder out = new StringBuilder();
        out.append("| id | severity | 中文 | English |\n");
        out.append("|---|---|---|---|\n");
        for (RuleDescription rule : BudgetValidator.catalogue()) {
            out.append("| `").append(rule.id()).append("` | ").append(rule.defaultSeverity()).append(" | ")
                    .append(cell(rule.descriptionZh())).append(" | ").append(cell(rule.descriptionEn())).append(" |\n");
        }
        return out.toString();
    }

    /** A pipe inside a description would split the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
