package budget.validator.narrative;

import budget.model.NarrativeFact;
import budget.model.PrintedAmount;
import budget.validator.engine.Amounts;
import budget.validator.engine.Precision.Printed;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers shared by the narrative rules: one fact per printed figure, and amounts in the printed unit. */
final class StatedFigures {

    private StatedFigures() {
    }

    /**
     * The facts that carry an amount, each printed figure once: documents repeat paragraphs (a narrative
     * sentence copied into a table region), and one broken figure is reported once, at its first line.
     */
    static List<NarrativeFact> distinct(List<NarrativeFact> facts) {
        Map<String, NarrativeFact> first = new LinkedHashMap<>();
        for (NarrativeFact fact : facts) {
            if (fact.kind() == null || fact.amount() == null || fact.amount().value() == null
                    || !knownUnit(fact.amount())) {
                continue;
            }
            String key = fact.kind() + "|" + fact.label() + "|" + fact.amount().value().stripTrailingZeros().toPlainString()
                    + fact.amount().unit();
            first.putIfAbsent(key, fact);
        }
        return List.copyOf(first.values());
    }

    static boolean knownUnit(PrintedAmount amount) {
        return Amounts.TEN_THOUSAND_YUAN.equals(amount.unit()) || Amounts.YUAN.equals(amount.unit());
    }

    /** A yuan amount expressed in the unit the narrative printed (万元 or 元), exactly. */
    static BigDecimal inUnitOf(PrintedAmount printed, BigDecimal yuan) {
        return Amounts.TEN_THOUSAND_YUAN.equals(printed.unit()) ? Amounts.toTenThousand(yuan) : Amounts.yuan(yuan);
    }

    static Printed printed(PrintedAmount amount) {
        return Printed.of(amount);
    }

    /** "3496.59 万元" as printed. */
    static String shown(PrintedAmount amount) {
        return (amount.text() == null ? amount.value().toPlainString() : amount.text()) + " " + amount.unit();
    }

    static String label(NarrativeFact fact, String fallback) {
        return fact.label() == null || fact.label().isBlank() ? fallback : fact.label().strip();
    }
}
