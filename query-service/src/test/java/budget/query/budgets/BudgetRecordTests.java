package budget.query.budgets;

import budget.events.DocumentValidated;
import budget.events.published.Publication;
import budget.model.BudgetKind;
import budget.model.BudgetMetadata;
import budget.model.BudgetTable;
import budget.model.GovernmentLevel;
import budget.model.ParsedBudget;
import budget.model.TableStatus;
import budget.model.validation.ValidationReport;
import budget.query.storage.BsonMapping;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetRecordTests {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void theFirstVersionIsCurrentWithNoHistory() {
        BudgetRecord record = BudgetRecord.first(validated("a", T0));

        assertThat(record.id()).isEqualTo("上海市闵行区医疗保障局|DEPARTMENT|2026");
        assertThat(record.current().documentId()).isEqualTo("a");
        assertThat(record.history()).isEmpty();
        assertThat(record.documentIds()).containsExactly("a");
        assertThat(record.revision()).isEqualTo(1);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        BudgetRecord record = BudgetRecord.first(validated("a", T0));

        assertThat(record.apply(validated("a", T0))).isEmpty();
    }

    @Test
    void aLaterUploadBecomesCurrentAndTheOldOneMovesToHistory() {
        BudgetRecord record = BudgetRecord.first(validated("a", T0));

        BudgetRecord.Change change = record.apply(validated("b", T0.plusSeconds(60))).orElseThrow();
        BudgetRecord next = change.next();

        assertThat(next.current().documentId()).isEqualTo("b");
        assertThat(next.history()).extracting(VersionSummary::documentId).containsExactly("a");
        assertThat(change.superseded().documentId()).as("kept whole elsewhere").isEqualTo("a");
        assertThat(change.currentChanged(record)).isTrue();
        assertThat(next.documentIds()).containsExactlyInAnyOrder("a", "b");
        assertThat(next.revision()).isEqualTo(2);
        assertThat(next.apply(validated("a", T0))).as("a replay of the old version").isEmpty();
    }

    @Test
    void anOlderVersionArrivingLateOnlyJoinsTheHistory() {
        BudgetRecord record = BudgetRecord.first(validated("b", T0.plusSeconds(60)));

        BudgetRecord.Change change = record.apply(validated("a", T0)).orElseThrow();
        BudgetRecord next = change.next();

        assertThat(next.current().documentId()).isEqualTo("b");
        assertThat(next.history()).extracting(VersionSummary::documentId).containsExactly("a");
        assertThat(change.superseded().documentId()).isEqualTo("a");
        assertThat(change.currentChanged(record)).as("the views keep the current version").isFalse();
    }

    @Test
    void theCurrentVersionValidatedAgainTakesTheNewVerdictOnce() {
        BudgetRecord record = BudgetRecord.first(validated("a", T0));
        DocumentValidated first = validated("a", T0);
        budget.model.validation.ValidationFinding crossYear = new budget.model.validation.ValidationFinding(
                "CROSSYEAR.STATED_CHANGE", budget.model.validation.Severity.WARNING, "上年", "previous year",
                new budget.model.validation.FindingLocation(null, null, "财政拨款收入", null, List.of(74)),
                BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, "万元");
        budget.model.YearOnYear yearOnYear = new budget.model.YearOnYear(2025, "p", List.of(), List.of());
        DocumentValidated again = new DocumentValidated("e-a-again", DocumentValidated.TYPE, 1,
                first.occurredAt().plusSeconds(30), "a", "a.txt", first.receivedAt(), first.parsedAt(), first.budgetKey(),
                ValidationReport.of(List.of(crossYear), 12), first.budget(), yearOnYear);

        BudgetRecord.Change change = record.apply(again).orElseThrow();

        assertThat(change.superseded()).as("no version leaves").isNull();
        assertThat(change.currentChanged(record)).as("the findings view must follow").isTrue();
        assertThat(change.next().current().yearOnYear()).isEqualTo(yearOnYear);
        assertThat(change.next().warnings()).isEqualTo(1);
        assertThat(change.next().history()).isEmpty();
        assertThat(change.next().apply(again)).as("the same re-evaluation again").isEmpty();
        assertThat(change.next().apply(first)).as("the earlier evaluation redelivered").isEmpty();
    }

    @Test
    void amountsSurviveTheTripThroughBsonExactly() {
        BudgetRecord record = BudgetRecord.first(validated("a", T0));

        Document stored = Document.parse(BsonMapping.toDocument(record).toJson());
        Object total = stored.get("current", Document.class).get("budget", Document.class)
                .getList("tables", Document.class).get(0).getList("totals", Object.class).get(0);
        BudgetRecord back = BsonMapping.fromDocument(stored, BudgetRecord.class);

        assertThat(total).as("stored as Decimal128, so MongoDB sums it exactly")
                .isEqualTo(new Decimal128(new BigDecimal("304763448.05")));
        assertThat(back.current().budget().table(3).total("合计")).contains(new BigDecimal("304763448.05"));
        assertThat(back).isEqualTo(record);
    }

    static DocumentValidated validated(String documentId, Instant receivedAt) {
        BudgetMetadata metadata = new BudgetMetadata("闵行区医疗保障局（汇总）", "上海市闵行区医疗保障局", null, true,
                BudgetKind.DEPARTMENT, GovernmentLevel.DISTRICT, "上海市闵行区", 2026, List.of(), 3);
        BudgetTable expenses = new BudgetTable(3, "2026年部门支出预算总表", TableStatus.PRESENT, null, "上海市闵行区医疗保障局（汇总）",
                2026, "元", List.of("合计", "基本支出", "项目支出"), List.of(),
                Map.of("合计", new BigDecimal("304763448.05")), 167, List.of(), List.of(), null);
        ParsedBudget budget = new ParsedBudget(metadata, List.of(expenses), List.of(), List.of());
        return new DocumentValidated("e-" + documentId, DocumentValidated.TYPE, 1, receivedAt.plusSeconds(1), documentId,
                documentId + ".txt", receivedAt, receivedAt, metadata.key(), ValidationReport.of(List.of(), 10),
                Publication.publish(budget));
    }
}
