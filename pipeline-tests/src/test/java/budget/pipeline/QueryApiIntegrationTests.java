package budget.pipeline;

import budget.events.EventJson;
import budget.model.ParsedBudget;
import budget.model.TableRow;
import budget.model.validation.ValidationReport;
import budget.parser.BudgetDocuments;
import budget.parser.ParseOutcome;
import budget.validator.BudgetValidator;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every query endpoint over the five samples stored through the pipeline, plus derived records: ten more
 * departments (renamed samples) and two more years of 闵行 (the 2026 document restated as 2024 and 2025).
 */
class QueryApiIntegrationTests {

    private static final String MINHANG = "上海市闵行区医疗保障局";
    private static Pipeline pipeline;
    private static int stored;

    @BeforeAll
    static void storeSamplesAndVariants() throws Exception {
        pipeline = new Pipeline().start();
        Map<String, byte[]> documents = new LinkedHashMap<>(SampleVariants.samples());
        SampleVariants.variants(15).forEach((name, bytes) -> {
            if (!name.startsWith("甲甲")) {
                documents.put(name, bytes);
            }
        });
        String minhang2026 = new String(SampleVariants.samples().get("minhang-medical-security-2026.txt"), StandardCharsets.UTF_8);
        for (String year : List.of("2024", "2025")) {
            documents.put("minhang-" + year + ".txt", minhang2026.replace("2026", year).getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), documents);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        stored = documents.size();
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(pipeline.database().getCollection("documents")
                .countDocuments(Filters.eq("status", "VALIDATED"))).isEqualTo(stored));
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    @Test
    void departmentsListEveryDepartmentWithItsYears() throws Exception {
        JsonNode departments = json("/api/departments");
        // 4 sample departments (闵行 twice) and 2 renamed copies of each
        assertThat(departments).hasSize(12);
        JsonNode minhang = find(departments, "departmentKey", MINHANG);
        assertThat(minhang.path("years").valueStream().map(JsonNode::asInt).toList()).containsExactly(2023, 2024, 2025, 2026);
        assertThat(minhang.path("level").asString()).isEqualTo("DISTRICT");
        assertThat(minhang.path("kinds").get(0).asString()).isEqualTo("DEPARTMENT");
    }

    @Test
    void budgetsAreListedWithFiltersSummaryFieldsAndPages() throws Exception {
        JsonNode year2023 = json("/api/budgets?year=2023");
        assertThat(year2023.path("total").asLong()).as("闵行 2023 and its two renamed copies").isEqualTo(3);
        JsonNode only = find(year2023.path("items"), "departmentKey", MINHANG);
        assertThat(only.path("departmentKey").asString()).isEqualTo(MINHANG);
        ValidationReport expected = new BudgetValidator().validate(parse("minhang-medical-security-2023.txt"));
        assertThat(only.path("status").asString()).isEqualTo(expected.status().name());
        assertThat(only.has("current")).as("lists carry summaries, not whole budgets").isFalse();

        JsonNode page = json("/api/budgets?size=5&page=1");
        assertThat(page.path("items")).hasSize(5);
        assertThat(page.path("total").asLong()).isEqualTo(stored);
        JsonNode city = json("/api/budgets?level=CITY");
        assertThat(city.path("items").valueStream().map(b -> b.path("level").asString()).distinct().toList()).containsExactly("CITY");
        JsonNode minhang2026 = find(json("/api/budgets?department=" + enc(MINHANG) + "&year=2026").path("items"), "year", "2026");
        assertThat(new BigDecimal(minhang2026.path("totals").path("expense").asString())).isEqualByComparingTo("304763448.00");
    }

    @Test
    void oneTableAndOneLineOfABudget() throws Exception {
        JsonNode table = json("/api/budgets/" + enc(MINHANG) + "/2026/tables/3");
        assertThat(table.path("status").asString()).isEqualTo("PRESENT");
        assertThat(table.path("columns").get(0).asString()).isEqualTo("合计");
        assertThat(new BigDecimal(table.path("totals").get(0).asString())).isEqualByComparingTo("304763448.00");

        JsonNode lines = json("/api/budgets/" + enc(MINHANG) + "/2026/lines/2101301");
        assertThat(lines.valueStream().map(l -> l.path("table").asInt()).toList()).contains(2, 3, 5);
        assertThat(lines).allSatisfy(line -> assertThat(new BigDecimal(line.path("amounts").path("合计").asString()))
                .isEqualByComparingTo("34965856.50"));
        assertThat(json("/api/budgets/" + enc(MINHANG) + "/2026/lines/210").get(0).path("name").asString()).isEqualTo("卫生健康支出");
    }

    @Test
    void aCodeAcrossYearsAndAcrossDepartments() throws Exception {
        JsonNode series = json("/api/departments/" + enc(MINHANG) + "/series/2101301");
        assertThat(series.valueStream().map(l -> l.path("year").asInt()).toList()).containsExactly(2023, 2024, 2025, 2026);

        JsonNode across = json("/api/years/2026/codes/210");
        assertThat(across.size()).isGreaterThanOrEqualTo(5);
        BigDecimal expected = across.valueStream().map(l -> new BigDecimal(l.path("amounts").path("合计").asString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonNode sum = json("/api/years/2026/codes/210/sum");
        assertThat(new BigDecimal(sum.path("total").asString())).isEqualByComparingTo(expected);
        assertThat(sum.path("departments").asInt()).isEqualTo(across.size());
        assertThat(sum.path("unit").asString()).isEqualTo("元");

        JsonNode top = json("/api/years/2026/codes/210/top?n=3&column=" + enc("基本支出"));
        assertThat(top).hasSize(3);
        List<BigDecimal> amounts = top.valueStream().map(l -> new BigDecimal(l.path("amounts").path("基本支出").asString())).toList();
        assertThat(amounts).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void yearOnYearChangesPerCode() throws Exception {
        JsonNode changes = json("/api/departments/" + enc(MINHANG) + "/changes?from=2023&to=2026");
        JsonNode rescue = find(changes, "code", "2101301");
        assertThat(rescue.path("presence").asString()).isEqualTo("BOTH");
        BigDecimal from = new BigDecimal(rescue.path("fromAmount").asString());
        BigDecimal to = new BigDecimal(rescue.path("toAmount").asString());
        assertThat(new BigDecimal(rescue.path("change").asString())).isEqualByComparingTo(to.subtract(from));
        // every code of table 3 in either year, marked by the years it is in
        Set<String> in2023 = codes(parse("minhang-medical-security-2023.txt"), 3);
        Set<String> in2026 = codes(parse("minhang-medical-security-2026.txt"), 3);
        Map<String, String> presence = new TreeMap<>();
        in2023.forEach(code -> presence.put(code, in2026.contains(code) ? "BOTH" : "ONLY_FROM"));
        in2026.forEach(code -> presence.putIfAbsent(code, "ONLY_TO"));
        Map<String, String> answered = new TreeMap<>();
        changes.forEach(c -> answered.put(c.path("code").asString(), c.path("presence").asString()));
        assertThat(answered).isEqualTo(presence);

        JsonNode same = json("/api/departments/" + enc(MINHANG) + "/changes?from=2025&to=2026");
        assertThat(same).allSatisfy(c -> assertThat(new BigDecimal(c.path("change").asString())).isZero());
        // without from: against the latest year held before to (2025 of 2023–2026), as the charts page asks at once
        assertThat(json("/api/departments/" + enc(MINHANG) + "/changes?to=2026")).isEqualTo(same);
        assertThat(json("/api/departments/" + enc(MINHANG) + "/changes?to=2024").toString())
                .isEqualTo(json("/api/departments/" + enc(MINHANG) + "/changes?from=2023&to=2024").toString());
        assertThat(json("/api/departments/" + enc(MINHANG) + "/changes?to=2023")).isEmpty();
    }

    @Test
    void breakdownByFunctionAndEconomicClass() throws Exception {
        JsonNode function = json("/api/budgets/" + enc(MINHANG) + "/2026/breakdown?by=function");
        assertThat(function.valueStream().map(l -> l.path("code").asString()).toList()).containsExactlyInAnyOrder("208", "210", "221");
        JsonNode economic = json("/api/budgets/" + enc(MINHANG) + "/2026/breakdown?by=economic");
        assertThat(economic.valueStream().map(l -> l.path("code").asString()).toList()).contains("301", "302", "303", "310");
    }

    @Test
    void classesAtEveryLevelWithParentsAndShares() throws Exception {
        JsonNode classes = json("/api/budgets/" + enc(MINHANG) + "/2026/classes?by=function");
        JsonNode rescue = find(classes, "code", "2101301");
        assertThat(rescue.path("parentCode").asString()).isEqualTo("21013");
        assertThat(rescue.path("level").asInt()).isEqualTo(3);
        assertThat(new BigDecimal(rescue.path("amounts").path("合计").asString())).isEqualByComparingTo("34965856.50");
        assertThat(find(classes, "code", "21013").path("parentCode").asString()).isEqualTo("210");
        assertThat(find(classes, "code", "210").path("parentCode").isNull()).isTrue();
        // the 类 shares add up to the whole, within their rounding
        BigDecimal shares = classes.valueStream().filter(c -> c.path("level").asInt() == 1)
                .map(c -> new BigDecimal(c.path("share").asString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(shares).isBetween(new BigDecimal("99.97"), new BigDecimal("100.03"));
        // a child's 合计 never exceeds its parent's
        for (JsonNode c : classes) {
            if (!c.path("parentCode").isNull()) {
                assertThat(new BigDecimal(c.path("amounts").path("合计").asString()))
                        .isLessThanOrEqualTo(new BigDecimal(find(classes, "code", c.path("parentCode").asString())
                                .path("amounts").path("合计").asString()));
            }
        }
        JsonNode economic = json("/api/budgets/" + enc(MINHANG) + "/2026/classes?by=economic");
        assertThat(find(economic, "code", "30101").path("parentCode").asString()).isEqualTo("301");
        assertProblem("/api/budgets/" + enc(MINHANG) + "/2026/classes?by=colour", 400, "by");
        assertProblem("/api/budgets/" + enc(MINHANG) + "/1999/classes", 404, "1999");
    }

    @Test
    void aCodeInEveryDepartmentAndYear() throws Exception {
        JsonNode series = json("/api/codes/2101301/series");
        List<String> minhang = series.valueStream().filter(l -> l.path("departmentKey").asString().equals(MINHANG))
                .map(l -> l.path("year").asString()).toList();
        assertThat(minhang).containsExactly("2023", "2024", "2025", "2026");
        assertThat(series.valueStream().map(l -> l.path("departmentKey").asString()).distinct().count()).isGreaterThan(4);
        assertThat(series).allSatisfy(l -> assertThat(l.path("code").asString()).isEqualTo("2101301"));
        assertProblem("/api/codes/21x/series", 400, "code");
    }

    @Test
    void theWebInterfaceIsServedWithItsSettingsAndItsChartsLibrary() throws Exception {
        HttpResponse<String> page = Uploads.get(pipeline.queryUrl(), "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"zh-CN\"").containsPattern("\"/ui/[0-9a-f]{12}/main.js\"");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String modules = page.body().replaceFirst("(?s).*\"(/ui/[0-9a-f]{12}/)main.js\".*", "$1");
        assertThat(json("/api/ui/settings").path("ingestUrl").asString()).isEqualTo(pipeline.ingestUrl().toString());
        HttpResponse<String> echarts = Uploads.get(pipeline.queryUrl(), modules + "vendor/echarts.min.js");
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.body()).startsWith("/*! Apache ECharts 5.3.1").contains("var echarts=");
        // a versioned path is kept a year and never asked for again; an unversioned one is asked for each time
        assertThat(echarts.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        HttpResponse<String> module = Uploads.get(pipeline.queryUrl(), modules + "charts.js");
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.body()).contains("export async function mount");
        assertThat(module.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        HttpResponse<String> unversioned = Uploads.get(pipeline.queryUrl(), "/ui/charts.js");
        assertThat(unversioned.body()).isEqualTo(module.body());
        assertThat(unversioned.headers().firstValue("Cache-Control")).hasValue("no-cache");
        // and sent compressed to a browser that takes gzip: ECharts' 550 KB as about a third of it
        HttpResponse<byte[]> gzipped = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(pipeline.queryUrl().resolve(modules + "vendor/echarts.min.js"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(echarts.body().length() / 2);
        assertThat(new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(echarts.body());
        // the browser's preflight of an upload from the interface's origin is answered by ingest-service
        HttpResponse<String> preflight = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(pipeline.ingestUrl().resolve("/api/documents"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", pipeline.queryUrl().toString()).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(pipeline.queryUrl().toString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase()).contains("x-api-key");
    }

    @Test
    void findingsAcrossBudgetsFilterByRuleSeverityAndDepartment() throws Exception {
        JsonNode all = json("/api/findings?limit=500");
        JsonNode minhang = json("/api/findings?department=" + enc(MINHANG) + "&year=2026&limit=500");
        assertThat(minhang.valueStream().map(f -> f.path("departmentKey").asString()).distinct().toList())
                .containsAnyOf(MINHANG).hasSizeLessThanOrEqualTo(1);
        assertThat(all.size()).isGreaterThanOrEqualTo(minhang.size());
        if (!all.isEmpty()) {
            String rule = all.get(0).path("ruleId").asString();
            JsonNode byRule = json("/api/findings?rule=" + enc(rule) + "&limit=500");
            assertThat(byRule).isNotEmpty().allSatisfy(f -> assertThat(f.path("ruleId").asString()).isEqualTo(rule));
            JsonNode errors = json("/api/findings?severity=ERROR&limit=500");
            assertThat(errors).allSatisfy(f -> assertThat(f.path("severity").asString()).isEqualTo("ERROR"));
        }
    }

    @Test
    void everyListIsAvailableAsCsvForExcel() throws Exception {
        for (String path : List.of("/api/departments", "/api/budgets", "/api/years/2026/codes/210",
                "/api/departments/" + enc(MINHANG) + "/changes?from=2023&to=2026", "/api/findings",
                "/api/budgets/" + enc(MINHANG) + "/2026/classes?by=function", "/api/codes/210/series",
                "/api/budgets/" + enc(MINHANG) + "/2026/tables/3")) {
            HttpResponse<String> csv = Uploads.get(pipeline.queryUrl(), path + (path.contains("?") ? "&" : "?") + "format=csv");
            assertThat(csv.statusCode()).as(path + ": " + csv.body()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            assertThat(csv.body()).as(path).startsWith("\uFEFF");
            assertThat(csv.body().lines().count()).as(path).isGreaterThan(1);
        }
        String table = Uploads.get(pipeline.queryUrl(), "/api/budgets/" + enc(MINHANG) + "/2026/tables/3?format=csv").body();
        assertThat(table.lines().findFirst().orElseThrow()).contains("code", "amounts.合计");
        assertThat(table).contains("2101301").contains("34965856.50");
    }

    @Test
    void badParametersAndUnknownBudgetsAnswerProblems() throws Exception {
        assertProblem("/api/budgets/" + enc("上海市无此局") + "/2026", 404, "上海市无此局");
        assertProblem("/api/departments/" + enc("上海市无此局") + "/series/210", 404, "上海市无此局");
        assertProblem("/api/departments/" + enc(MINHANG) + "/changes?from=2019&to=2026", 404, "2019");
        assertProblem("/api/years/2026/codes/21x", 400, "code");
        assertProblem("/api/years/2026/codes/210/sum?column=" + enc("$where"), 400, "column");
        assertProblem("/api/budgets?size=100000", 400, "size");
        assertProblem("/api/budgets?year=abc", 400, "year");
        assertProblem("/api/budgets/" + enc(MINHANG) + "/2026/tables/12", 400, "table");
        assertProblem("/api/budgets/" + enc(MINHANG) + "/2026/breakdown?by=colour", 400, "by");
        assertProblem("/api/budgets?department=" + enc("{\"$ne\":null}"), 200, "\"total\":0");
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
        JsonNode paths = json("/v3/api-docs").path("paths");
        assertThat(paths.propertyNames()).contains(
                "/api/departments", "/api/budgets", "/api/budgets/{departmentKey}/{year}",
                "/api/budgets/{departmentKey}/{year}/tables/{table}", "/api/budgets/{departmentKey}/{year}/lines/{code}",
                "/api/budgets/{departmentKey}/{year}/breakdown", "/api/budgets/{departmentKey}/{year}/classes",
                "/api/codes/{code}/series", "/api/ui/settings",
                "/api/budgets/{departmentKey}/{year}/versions/{documentId}", "/api/departments/{departmentKey}/series/{code}",
                "/api/departments/{departmentKey}/changes", "/api/years/{year}/codes/{code}",
                "/api/years/{year}/codes/{code}/sum", "/api/years/{year}/codes/{code}/top", "/api/findings",
                "/api/documents/{documentId}", "/api/ops/topics", "/api/ops/dlq", "/api/ops/dlq/replay", "/asyncapi.yaml");
        assertThat(Uploads.get(pipeline.queryUrl(), "/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    private static void assertProblem(String path, int status, String mention) throws Exception {
        HttpResponse<String> response = Uploads.get(pipeline.queryUrl(), path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        assertThat(response.body()).as(path).contains(mention);
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = Uploads.get(pipeline.queryUrl(), path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return EventJson.mapper().readTree(response.body());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        List<JsonNode> matches = new ArrayList<>();
        array.forEach(item -> {
            if (item.path(field).asString().equals(value)) {
                matches.add(item);
            }
        });
        assertThat(matches).as(field + "=" + value).isNotEmpty();
        return matches.get(0);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static ParsedBudget parse(String sample) {
        return ((ParseOutcome.Parsed) new BudgetDocuments().read(SampleVariants.samples().get(sample))).budget();
    }

    /** The codes of one table of a budget, as the read model keys its lines. */
    private static Set<String> codes(ParsedBudget budget, int table) {
        return budget.tables().stream().filter(t -> t.number() == table).flatMap(t -> t.rows().stream())
                .map(TableRow::code).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
