package budget.pipeline;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** docker-compose.yml runs the real thing: it must parse, and wire every service to healthy infrastructure. */
class ComposeFileTests {

    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");
    private static final List<String> SERVICES = List.of("ingest-service", "parse-service", "validate-service", "query-service");

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceWaitsForHealthyKafkaAndMongoAndHasAHealthcheck() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE, StandardCharsets.UTF_8));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsKeys("kafka", "mongodb", "kafka-ui");
        assertThat(services).containsKeys(SERVICES.toArray(String[]::new));
        assertThat((String) services.get("kafka").get("image")).startsWith("apache/kafka:");
        assertThat((String) services.get("mongodb").get("image")).isEqualTo("mongo:8");
        assertThat((String) services.get("kafka-ui").get("image")).startsWith("ghcr.io/kafbat/kafka-ui");
        services.forEach((name, service) -> assertThat(service).as(name).containsKey("healthcheck"));
        assertThat(Path.of("..", "Dockerfile")).exists();
        for (String name : SERVICES) {
            Map<String, Object> service = services.get(name);
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) service.get("depends_on");
            assertThat(dependsOn).as(name).containsOnlyKeys("kafka", "mongodb");
            dependsOn.values().forEach(d -> assertThat(d).containsEntry("condition", "service_healthy"));
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            assertThat((Map<String, Object>) build.get("args")).containsEntry("SERVICE", name);
            assertThat(Path.of("..", name)).isDirectory();
            Map<String, Object> env = (Map<String, Object>) service.get("environment");
            assertThat(env).containsEntry("BUDGET_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                    .containsEntry("BUDGET_MONGO_URI", "mongodb://mongodb:27017");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBrokerTakesMessagesAsLargeAsTheServicesSend() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE, StandardCharsets.UTF_8));
        Map<String, Object> kafka = ((Map<String, Map<String, Object>>) compose.get("services")).get("kafka");
        Map<String, Object> env = (Map<String, Object>) kafka.get("environment");
        Map<String, Object> shared;
        try (InputStream in = ComposeFileTests.class.getResourceAsStream("/budget-pipeline.yml")) {
            shared = new Yaml().load(in);
        }
        Object servicesLimit = ((Map<String, Object>) ((Map<String, Object>) shared.get("budget")).get("kafka"))
                .get("max-message-bytes");

        assertThat(String.valueOf(env.get("KAFKA_MESSAGE_MAX_BYTES"))).isEqualTo(String.valueOf(servicesLimit));
        assertThat(String.valueOf(env.get("KAFKA_REPLICA_FETCH_MAX_BYTES"))).isEqualTo(String.valueOf(servicesLimit));
    }

    /** The reference parser, where it is installed (.ci/run installs it). */
    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        assumeTrue(onPath("docker-compose"), "docker-compose is not installed");
        Process check = new ProcessBuilder("docker-compose", "-f", COMPOSE.toString(), "config", "-q")
                .redirectErrorStream(true).start();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.exitValue()).as(output).isZero();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
