package budget.pipeline;

import budget.events.DocumentValidated;
import budget.events.EventJson;
import budget.model.BudgetSummary;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three consecutive years of one department uploaded out of order (2026, then 2024, then 2025) end with the
 * cross-year findings they would have had in order, and a revised 2025 makes 2026 compared with it. The corpus has
 * no two years of one department, so the years are made from one sample: the 2026 budget of 闵行区医疗保障局
 * (samples/minhang-medical-security-2026.txt) printed as its 2024 and 2025 budgets too, with the same tables. With
 * the same tables the true change is nil: 2024 and 2025 state 与上年预算持平 where the sample states
 * 比2025年预算增加4696.21万元, and 2026 states 比2025年预算增加1万元: a stated change altered by 1 万元, which
 * CROSSYEAR.STATED_CHANGE must find three times (财政拨款收入, 财政拨款支出, 一般公共预算拨款支出) once 2025 is known.
 */
class CrossYearIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String DEPARTMENT = "上海市闵行区医疗保障局|DEPARTMENT|";
    private static Pipeline pipeline;

    @BeforeAll
    static void startPipeline() {
        pipeline = new Pipeline().start();
    }

    @AfterAll
    static void stopPipeline() {
        pipeline.close();
    }

    /** The sample as the budget of {@code year}: 2026 read as the year, 2025 as the year before; its stated change replaced. */
    private static byte[] asYear(int year, String stated, String addendum) throws IOException {
        String sample = Files.readString(SampleVariants.SAMPLES.resolve("minhang-medical-security-2026.txt"),
                StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("202[56]").matcher(sample);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(m.group().equals("2026") ? year : year - 1));
        }
        m.appendTail(out);
        return (out.toString().replace("比" + (year - 1) + "年预算增加4696.21万元", stated) + addendum)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String upload(String name, byte[] text) throws Exception {
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), Map.of(name, text));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = EventJson.mapper().readTree(response.body()).path("documents").get(0).path("documentId").asString();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.database().getCollection("budgets")
                .find(Filters.eq("documentIds", id)).first()).isNotNull());
        return id;
    }

    private static Document current(int year) {
        Document record = pipeline.database().getCollection("budgets").find(Filters.eq("_id", DEPARTMENT + year)).first();
        assertThat(record).as("budget of " + year).isNotNull();
        return record.get("current", Document.class);
    }

    private static List<String> crossYearFindings(int year) {
        List<String> found = new ArrayList<>();
        for (Document finding : current(year).get("report", Document.class).getList("findings", Document.class)) {
            if (finding.getString("ruleId").startsWith("CROSSYEAR.")) {
                found.add(finding.getString("ruleId") + " " + finding.get("location", Document.class).getString("item"));
            }
        }
        return found;
    }

    private static String comparedWith(int year) {
        Document yearOnYear = current(year).get("yearOnYear", Document.class);
        return yearOnYear == null ? null : yearOnYear.getString("previousDocumentId");
    }

    @Test
    void yearsUploadedOutOfOrderEndAsIfInOrderAndARevisionIsComparedWithToo() throws Exception {
        String y2026 = upload("minhang-2026.txt", asYear(2026, "比2025年预算增加1万元", ""));
        assertThat(comparedWith(2026)).as("nothing to compare with yet").isNull();
        assertThat(crossYearFindings(2026)).isEmpty();

        String y2024 = upload("minhang-2024.txt", asYear(2024, "与2023年预算持平", ""));
        String y2025 = upload("minhang-2025.txt", asYear(2025, "与2024年预算持平", ""));

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(comparedWith(2025)).isEqualTo(y2024);
            assertThat(comparedWith(2026)).as("2026 validated again once 2025 arrived").isEqualTo(y2025);
        });
        assertThat(comparedWith(2024)).isNull();
        assertThat(crossYearFindings(2024)).isEmpty();
        assertThat(crossYearFindings(2025)).as("2025 states 持平 and the tables agree").isEmpty();
        assertThat(crossYearFindings(2026)).containsExactly(
                "CROSSYEAR.STATED_CHANGE 财政拨款收入",
                "CROSSYEAR.STATED_CHANGE 一般公共预算拨款支出预算",
                "CROSSYEAR.STATED_CHANGE 财政拨款支出预算");
        Document income = current(2026).get("yearOnYear", Document.class).getList("totals", Document.class).stream()
                .filter(t -> t.getString("item").equals("INCOME_TOTAL")).findFirst().orElseThrow();
        assertThat(income.get("change").toString()).isEqualTo("0.00");

        // a revised 2025 (a new document of the same budget) makes 2026 compared with it
        String revised = upload("minhang-2025-revised.txt", asYear(2025, "与2024年预算持平", "\n（修订稿）\n"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(comparedWith(2026)).isEqualTo(revised));
        assertThat(crossYearFindings(2026)).hasSize(3);
        assertThat(current(2025).getString("documentId")).isEqualTo(revised);

        // the 2026 document was validated three times: alone, against 2025, against the revised 2025
        List<DocumentValidated> validated2026 = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : TopicReader.readAll(pipeline, pipeline.topic("validated"))) {
            DocumentValidated event = EventJson.read(record.value(), DocumentValidated.class);
            if (event.documentId().equals(y2026)) {
                validated2026.add(event);
            }
        }
        assertThat(validated2026).extracting(e -> e.yearOnYear() == null ? null : e.yearOnYear().previousDocumentId())
                .containsExactly(null, y2025, revised);
        assertThat(validated2026).extracting(DocumentValidated::eventId).doesNotHaveDuplicates();

        // the compacted topic holds each budget's latest summary, 2026's compared with the revised 2025
        List<BudgetSummary> summaries = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : TopicReader.readAll(pipeline, pipeline.summariesTopic())) {
            summaries.add(EventJson.read(record.value(), BudgetSummary.class));
        }
        BudgetSummary last2026 = summaries.stream().filter(s -> s.documentId().equals(y2026)).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(last2026.comparedWith()).isEqualTo(revised);
        assertThat(last2026.source()).isNotNull();
    }
}
