package budget.validator.engine;

import budget.model.PrintedAmount;

import java.math.BigDecimal;
import java.util.List;

/**
 * How far a printed, rounded figure may sit from the exact one. Publishers print 万元 figures both rounded
 * and truncated, so: within half a unit of the last printed digit is plain rounding (nothing to say), less
 * than one unit is tolerated (a note: truncation, or rounding up), a whole unit or more is a finding.
 */
public final class Precision {

    /** How a printed figure agrees with what it states. */
    public enum Agreement { EXACT, TOLERATED, BROKEN }

    /** A figure as printed: its value and how many decimals it shows. */
    public record Printed(BigDecimal value, int scale) {

        public static Printed of(PrintedAmount amount) {
            return new Printed(amount.value(), Math.max(0, amount.scale()));
        }

        /** A figure printed as {@code text} (e.g. "1,741.76" or "0.50"); a blank cell reads as 0.00. */
        public static Printed ofText(String text, BigDecimal value) {
            return new Printed(Amounts.orZero(value), decimalsOf(text, value));
        }

        /** One unit of the last printed digit: 0.01 for "3496.59", 1 for "1552". */
        public BigDecimal unit() {
            return BigDecimal.ONE.movePointLeft(scale);
        }

        private static int decimalsOf(String text, BigDecimal value) {
            if (text != null && !text.isBlank()) {
                String digits = text.replace(",", "").replace("，", "").strip();
                int dot = digits.indexOf('.');
                return dot < 0 ? 0 : digits.length() - dot - 1;
            }
            return value == null || value.signum() == 0 ? 2 : Math.max(0, value.scale());
        }
    }

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Precision() {
    }

    /** A printed figure against the exact amount it rounds (both in the printed unit). */
    public static Agreement compare(Printed printed, BigDecimal exact) {
        BigDecimal distance = printed.value().subtract(exact).abs();
        if (distance.compareTo(printed.unit().divide(TWO)) <= 0) {
            return Agreement.EXACT;
        }
        // Truncation leaves less than one unit, never a whole one: 2 printed for an exact 1.00 is a mistake.
        return distance.compareTo(printed.unit()) < 0 ? Agreement.TOLERATED : Agreement.BROKEN;
    }

    /**
     * A printed total against the sum of printed parts: each figure was rounded on its own, so they may
     * disagree by up to half a unit of each; exact agreement says nothing, rounding slack is tolerated.
     */
    public static Agreement compareSum(Printed total, List<Printed> parts) {
        BigDecimal partsSum = parts.stream().map(Printed::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal distance = total.value().subtract(partsSum).abs();
        if (distance.signum() == 0) {
            return Agreement.EXACT;
        }
        BigDecimal slack = parts.stream().map(Printed::unit).reduce(total.unit(), BigDecimal::add).divide(TWO);
        return distance.compareTo(slack) <= 0 ? Agreement.TOLERATED : Agreement.BROKEN;
    }
}
