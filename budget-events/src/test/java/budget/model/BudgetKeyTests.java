package budget.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetKeyTests {

    @Test
    void anIdReadsBackAsTheSameKey() {
        BudgetKey key = new BudgetKey("上海市闵行区医疗保障局", BudgetKind.DEPARTMENT, 2026);

        assertThat(key.id()).isEqualTo("上海市闵行区医疗保障局|DEPARTMENT|2026");
        assertThat(BudgetKey.parse(key.id())).isEqualTo(key);
    }

    @Test
    void aDepartmentKeyMayContainTheSeparator() {
        BudgetKey key = new BudgetKey("甲|乙", BudgetKind.DEPARTMENT, 2025);

        assertThat(BudgetKey.parse(key.id())).isEqualTo(key);
    }

    @Test
    void somethingElseIsRefusedByName() {
        assertThatThrownBy(() -> BudgetKey.parse("2026")).hasMessageContaining("not a budget key id: 2026");
    }
}
