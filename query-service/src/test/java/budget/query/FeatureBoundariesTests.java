package budget.query;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * query-service's three jobs keep to their own storage: each collection is opened by the feature that owns it
 * alone, and the read model and the operator console reach the status tracker only through its public API
 * ({@code DocumentStatuses}) or its event ({@code BudgetStored}), never its store. Read from the sources, so a
 * new reach across shows here.
 */
class FeatureBoundariesTests {

    private static final Path SOURCES = Path.of("src", "main", "java", "budget", "query");
    private static final Pattern COLLECTION = Pattern.compile("getCollection\\(\"([^\"]+)\"\\)");
    private static final Pattern IMPORT = Pattern.compile("^import (budget\\.query\\.[a-z]+)\\.([A-Za-z]+);", Pattern.MULTILINE);

    /** The owner of each collection query-service opens: the feature package that alone may open it. */
    private static final Map<String, String> OWNERS = Map.of(
            "budgets", "budgets+catalog",
            "budget_versions", "budgets",
            "read_model_shape", "budgets",
            "budget_lines", "budgets",
            "findings", "findings",
            "departments", "catalog",
            "documents", "documents",
            "replays", "ops");

    /** What the other features may use of the status tracker: its API and its consumer entry point. */
    private static final List<String> TRACKER_API = List.of("DocumentStatuses", "DocumentTracking");

    @Test
    void eachCollectionIsOpenedByTheFeatureThatOwnsItAndNoneOpensIngestsUploads() throws IOException {
        Map<String, TreeSet<String>> openedBy = new TreeMap<>();
        for (Path file : sources()) {
            Matcher matcher = COLLECTION.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (matcher.find()) {
                openedBy.computeIfAbsent(matcher.group(1), c -> new TreeSet<>()).add(feature(file));
            }
        }
        Map<String, String> owners = new TreeMap<>();
        openedBy.forEach((collection, features) -> owners.put(collection, String.join("+", features)));
        assertThat(owners).isEqualTo(new TreeMap<>(OWNERS));
    }

    @Test
    void noFeatureReachesIntoTheStatusTrackerButThroughItsApi() throws IOException {
        TreeSet<String> reaches = new TreeSet<>();
        for (Path file : sources()) {
            if (feature(file).equals("documents")) {
                continue;
            }
            Matcher matcher = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (matcher.find()) {
                if (matcher.group(1).equals("budget.query.documents") && !TRACKER_API.contains(matcher.group(2))) {
                    reaches.add(SOURCES.relativize(file) + " uses " + matcher.group(2));
                }
            }
        }
        assertThat(reaches).isEmpty();
    }

    @Test
    void theReadModelKnowsNothingOfTheTrackerOrTheConsole() throws IOException {
        TreeSet<String> reaches = new TreeSet<>();
        for (Path file : sources()) {
            if (!List.of("budgets", "catalog", "analysis", "findings").contains(feature(file))) {
                continue;
            }
            Matcher matcher = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (matcher.find()) {
                if (List.of("budget.query.documents", "budget.query.ops").contains(matcher.group(1))) {
                    reaches.add(SOURCES.relativize(file) + " uses " + matcher.group(1) + "." + matcher.group(2));
                }
            }
        }
        assertThat(reaches).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertThat(found).as("the sources of query-service, read from " + SOURCES.toAbsolutePath()).hasSizeGreaterThan(40);
            return found;
        }
    }

    /** The feature package of a source file: its first package under budget.query ("" for the application). */
    private static String feature(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
    }
}
