package budget.events;

import budget.model.BudgetKey;
import budget.model.BudgetKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Records built through the handle made once read as Jackson read them, failures included. */
class DirectCreatorsTests {

    public record Checked(String name, BigDecimal amount) {
        public Checked {
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("a negative amount: " + amount);
            }
        }
    }

    record NotPublic(String name, int count) {
    }

    @Test
    void aRecordOfSeveralPropertiesReadsExactly() {
        Checked read = EventJson.read("{\"name\":\"基本支出\",\"amount\":304763448.10}", Checked.class);

        assertThat(read).isEqualTo(new Checked("基本支出", new BigDecimal("304763448.10")));
        assertThat(EventJson.read(EventJson.write(new BudgetKey("dept", BudgetKind.UNIT, 2026)), BudgetKey.class))
                .isEqualTo(new BudgetKey("dept", BudgetKind.UNIT, 2026));
    }

    @Test
    void whatAConstructorThrowsIsReportedAsJacksonReportsItNamingTheType() {
        assertThatThrownBy(() -> EventJson.read("{\"name\":\"x\",\"amount\":-1}", Checked.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasMessageContaining(Checked.class.getName().replace('$', '.').substring(0, 20))
                .hasMessageContaining("a negative amount: -1");
    }

    @Test
    void aRecordWhoseConstructorIsNotPublicStillReads() {
        assertThat(EventJson.read("{\"name\":\"x\",\"count\":3}", NotPublic.class)).isEqualTo(new NotPublic("x", 3));
    }
}
