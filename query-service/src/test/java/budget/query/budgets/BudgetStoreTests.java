package budget.query.budgets;

import budget.events.DocumentValidated;
import budget.events.published.Publication;
import budget.events.published.PublishedRow;
import budget.events.published.PublishedTable;
import budget.model.BudgetKey;
import budget.model.BudgetKind;
import budget.model.BudgetMetadata;
import budget.model.BudgetTable;
import budget.model.GovernmentLevel;
import budget.model.ParsedBudget;
import budget.model.RowPlacement;
import budget.model.TableRow;
import budget.model.TableStatus;
import budget.model.validation.ValidationReport;
import budget.query.storage.BsonMapping;
import budget.support.CommitAfterFlush;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The budgets, budget_versions and budget_lines collections through the MongoDB wire protocol. */
class BudgetStoreTests {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static final BudgetKey KEY = new BudgetKey("上海市闵行区医疗保障局", BudgetKind.DEPARTMENT, 2026);

    private MongoServer server;
    private MongoClient client;
    private BudgetStore store;
    private BudgetLines lines;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        MongoDatabase database = client.getDatabase("budget");
        lines = new BudgetLines(database);
        store = new BudgetStore(database, List.of(lines));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void aNewerVersionReplacesTheLinesAndKeepsTheOldVersionWhole() {
        assertThat(store.store(validated("a", T0, "2101301", "100.00", "2101399", "5.00"))).isTrue();
        assertThat(amount("2101301")).isEqualByComparingTo("100.00");

        assertThat(store.store(validated("b", T0.plusSeconds(60), "2101301", "120.00", "2101202", "7.00"))).isTrue();

        assertThat(amount("2101301")).isEqualByComparingTo("120.00");
        assertThat(lines.find(List.of(KEY.id()), List.of(3), "2101202")).hasSize(1);
        assertThat(lines.find(List.of(KEY.id()), List.of(3), "2101399")).as("a line the new version no longer has").isEmpty();
        assertThat(lines.sum(BudgetKind.DEPARTMENT, 2026, 3, "2101301", "合计").total()).isEqualByComparingTo("120.00");
        BudgetRecord record = store.find(KEY).orElseThrow();
        assertThat(record.current().documentId()).isEqualTo("b");
        assertThat(record.history()).extracting(VersionSummary::documentId).containsExactly("a");
        BudgetVersion old = store.version(KEY, "a").orElseThrow();
        assertThat(old.budget().table(3).rows()).extracting(PublishedRow::code).containsExactly("2101301", "2101399");
        assertThat(store.version(KEY, "b").orElseThrow().documentId()).isEqualTo("b");
        assertThat(store.version(KEY, "z")).isEmpty();
    }

    @Test
    void aRedeliveryChangesNothingAndALateOlderVersionLeavesTheLinesAlone() {
        store.store(validated("b", T0.plusSeconds(60), "2101301", "120.00"));

        assertThat(store.store(validated("b", T0.plusSeconds(60), "2101301", "120.00"))).isFalse();
        assertThat(store.store(validated("a", T0, "2101301", "100.00"))).isTrue();

        assertThat(amount("2101301")).isEqualByComparingTo("120.00");
        BudgetRecord record = store.find(KEY).orElseThrow();
        assertThat(record.revision()).isEqualTo(2);
        PublishedTable old = store.version(KEY, "a").orElseThrow().budget().table(3);
        assertThat(old.amount(old.rows().get(0).amounts(), "合计")).isEqualByComparingTo("100.00");
    }

    @Test
    void theLinesAnInterruptedAttemptWroteAreReplacedWhenTheNewBudgetIsStored() {
        // the views are written before the record: an attempt that stopped in between left lines of its own
        lines.write(List.of(new CurrentVersionView.Change(List.of(),
                BudgetRecord.first(validated("a", T0, "2101301", "90.00", "2101399", "1.00")))));
        assertThat(amount("2101301")).isEqualByComparingTo("90.00");

        assertThat(store.store(validated("a", T0, "2101301", "100.00", "2101399", "5.00"))).isTrue();

        assertThat(amount("2101301")).isEqualByComparingTo("100.00");
        assertThat(amount("2101399")).isEqualByComparingTo("5.00");
    }

    @Test
    void aTableIsCutOutOfTheCurrentVersion() {
        store.store(validated("a", T0, "2101301", "100.00"));

        assertThat(store.table(KEY, 3).orElseThrow().rows()).extracting(PublishedRow::code).containsExactly("2101301");
        assertThat(store.table(KEY, 6).orElseThrow().status()).isEqualTo(TableStatus.MISSING);
        assertThat(store.table(new BudgetKey("上海市无此局", BudgetKind.DEPARTMENT, 2026), 3)).isEmpty();
        assertThat(store.exists(KEY)).isTrue();
    }

    @Test
    void theBudgetsNewInAPollAreWrittenTogetherBeforeItIsCommittedAndEachIsToldOnceStored() {
        BudgetKey second = new BudgetKey("上海市闵行区卫生健康委员会", BudgetKind.DEPARTMENT, 2026);
        BudgetKey third = new BudgetKey("上海市闵行区医疗保障局", BudgetKind.DEPARTMENT, 2025);
        List<String> told = new ArrayList<>();
        try (Poll poll = new Poll()) {
            assertThat(store.store(validated(KEY, "a", T0, "2101301", "100.00"), stored -> told.add("a " + stored)))
                    .as("deferred").isEmpty();
            assertThat(store.store(validated(second, "w", T0, "2100101", "7.00"), stored -> told.add("w " + stored)))
                    .isEmpty();
            assertThat(store.store(validated(third, "p", T0, "2101301", "90.00"), stored -> told.add("p " + stored)))
                    .isEmpty();
            assertThat(store.exists(KEY)).as("nothing written before the poll ends").isFalse();
            assertThat(told).isEmpty();
            // a second version of a budget new in the same poll: the first is written before this one reads it
            assertThat(store.store(validated(KEY, "b", T0.plusSeconds(60), "2101301", "120.00"),
                    stored -> told.add("b " + stored))).contains(true);
            assertThat(told).containsExactly("a true", "w true", "p true");
            assertThat(store.exists(second)).isTrue();
            // another instance stores a later version of this budget before the poll ends: the insert meets its
            // record, and the views this poll wrote for its earlier version are put back to the current one
            BudgetKey raced = new BudgetKey("上海市闵行区民政局", BudgetKind.DEPARTMENT, 2026);
            assertThat(store.store(validated(raced, "early", T0, "2101301", "5.00"),
                    stored -> told.add("early " + stored))).isEmpty();
            Thread other = new Thread(() -> store.store(validated(raced, "late", T0.plusSeconds(60),
                    "2101301", "8.00", "2101399", "1.00")));
            other.start();
            other.join();

            poll.commit();

            assertThat(told).containsExactly("a true", "w true", "p true", "early true");
            BudgetRecord racedRecord = store.find(raced).orElseThrow();
            assertThat(racedRecord.current().documentId()).as("the later version current").isEqualTo("late");
            assertThat(racedRecord.documentIds()).containsExactlyInAnyOrder("early", "late");
            assertThat(lines.find(List.of(raced.id()), BudgetLine.CODE_TABLES, "2101399"))
                    .as("the lines of the current version").hasSize(1);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(amount("2101301")).isEqualByComparingTo("120.00");
        assertThat(store.find(KEY).orElseThrow().documentIds()).containsExactlyInAnyOrder("a", "b");
        assertThat(store.find(third).orElseThrow().current().documentId()).isEqualTo("p");
        assertThat(lines.find(List.of(second.id()), BudgetLine.CODE_TABLES, "2100101")).hasSize(1);
    }

    /** The thread polling a stage's consumer, as the binder's listener container does: its work is deferred. */
    private static final class Poll implements AutoCloseable {
        private static final TopicPartition PARTITION = new TopicPartition("budget.documents.validated", 0);
        private final MockConsumer<byte[], byte[]> kafka = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
        private final Consumer<byte[], byte[]> consumer = CommitAfterFlush.wrap(kafka);

        Poll() {
            kafka.assign(List.of(PARTITION));
            kafka.updateBeginningOffsets(Map.of(PARTITION, 0L));
            kafka.addRecord(new ConsumerRecord<>(PARTITION.topic(), 0, 0, new byte[0], new byte[0]));
            consumer.poll(Duration.ZERO);
        }

        void commit() {
            consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(1)));
            assertThat(kafka.committed(Set.of(PARTITION)).get(PARTITION).offset()).as("committed").isEqualTo(1);
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    private BigDecimal amount(String code) {
        List<BudgetLine> found = lines.find(List.of(KEY.id()), BudgetLine.CODE_TABLES, code);
        assertThat(found).hasSize(1);
        return found.get(0).amounts().get("合计");
    }

    @Test
    void aRecordStoredAsTheReadersModelByAnEarlierReleaseIsUpgradedOnceAtStartUp() {
        store.store(validated("a", T0, "2101301", "100.00"));
        store.store(validated("b", T0.plusSeconds(60), "2101301", "120.00"));
        long revision = store.find(KEY).orElseThrow().revision();
        ParsedBudget asRead = budget("2101301", "120.00");
        ParsedBudget superseded = budget("2101301", "100.00");
        MongoDatabase database = client.getDatabase("budget");
        // a store the release before wrote: no pass has run on it yet
        database.getCollection("read_model_shape").deleteMany(new Document());
        // what the release before wrote: the reader's model (events version 1) as each version's budget
        database.getCollection("budgets").updateOne(new Document("_id", KEY.id()),
                new Document("$set", new Document("current.budget", BsonMapping.toDocument(asRead))));
        database.getCollection("budget_versions").updateOne(new Document("_id", "a"),
                new Document("$set", new Document("budget", BsonMapping.toDocument(superseded))));

        BudgetStore restarted = new BudgetStore(database, List.of(lines));

        BudgetRecord record = restarted.find(KEY).orElseThrow();
        assertThat(record.current().budget()).isEqualTo(Publication.publish(asRead));
        assertThat(record.revision()).as("the record's own revision is kept").isEqualTo(revision);
        assertThat(restarted.version(KEY, "a").orElseThrow().budget()).isEqualTo(Publication.publish(superseded));
        assertThat(restarted.table(KEY, 3).orElseThrow().total("合计")).isEmpty();
        assertThat(database.getCollection("budgets").countDocuments(new Document("current.budget.diagnostics",
                new Document("$exists", true)))).as("nothing of the old shape left").isZero();
        assertThat(database.getCollection("read_model_shape").find(new Document("_id", "budgets")).first()
                .getInteger("shape")).as("the pass is not run again at the next start").isEqualTo(StoredBudgetUpgrade.SHAPE);
    }

    /** A version whose table 3 has one 项 row per code/amount pair. */
    private static DocumentValidated validated(String documentId, Instant receivedAt, String... codesAndAmounts) {
        return validated(KEY, documentId, receivedAt, codesAndAmounts);
    }

    private static DocumentValidated validated(BudgetKey key, String documentId, Instant receivedAt,
                                               String... codesAndAmounts) {
        ParsedBudget budget = budget(key, codesAndAmounts);
        return new DocumentValidated("e-" + documentId, DocumentValidated.TYPE, 2, receivedAt.plusSeconds(1), documentId,
                documentId + ".txt", receivedAt, receivedAt, budget.metadata().key(), ValidationReport.of(List.of(), 10),
                Publication.publish(budget));
    }

    /** A budget whose table 3 has one 项 row per code/amount pair, as the reader gives it. */
    private static ParsedBudget budget(String... codesAndAmounts) {
        return budget(KEY, codesAndAmounts);
    }

    private static ParsedBudget budget(BudgetKey key, String... codesAndAmounts) {
        BudgetMetadata metadata = new BudgetMetadata(key.departmentKey().replace("上海市", "") + "（汇总）",
                key.departmentKey(), null, true, key.kind(), GovernmentLevel.DISTRICT, "上海市闵行区", key.year(),
                List.of(), 3);
        List<TableRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < codesAndAmounts.length; i += 2) {
            String code = codesAndAmounts[i];
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            amounts.put("合计", new BigDecimal(codesAndAmounts[i + 1]));
            rows.add(new TableRow(code, Arrays.asList(code.substring(0, 3), code.substring(3, 5), code.substring(5)),
                    "项" + code, false, amounts, List.of(10 + i), RowPlacement.DELIMITED));
        }
        BudgetTable expenses = new BudgetTable(3, key.year() + "年部门支出预算总表", TableStatus.PRESENT, null, null, key.year(), "元",
                List.of("合计", "基本支出", "项目支出"), rows, Map.of(), null, List.of(), List.of(), null);
        return new ParsedBudget(metadata, List.of(expenses), List.of(), List.of());
    }
}
