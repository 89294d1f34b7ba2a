package budget.pipeline;

import budget.events.EventJson;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * deploy/kubernetes is what a cluster would be given: every object must be valid against the schema of
 * its kind (Kubernetes 1.22 and KEDA 2.10 JSON schemas, vendored in deploy/schemas, checked strictly as
 * kubeconform -strict does: a field the schema does not name is an error), and must fit the services:
 * probes on the Actuator endpoints they serve, settings they read, and autoscaling on the lag of the
 * consumer groups and topics they really consume.
 */
class KubernetesManifestsTests {

    private static final Path MANIFESTS = Path.of("..", "deploy", "kubernetes");
    private static final Path SCHEMAS = Path.of("..", "deploy", "schemas", "kubernetes-1.22-keda-2.10.json");
    private static final Map<String, String> DEFINITIONS = Map.of(
            "v1/Namespace", "io.k8s.api.core.v1.Namespace",
            "v1/ConfigMap", "io.k8s.api.core.v1.ConfigMap",
            "v1/Secret", "io.k8s.api.core.v1.Secret",
            "v1/Service", "io.k8s.api.core.v1.Service",
            "v1/ServiceAccount", "io.k8s.api.core.v1.ServiceAccount",
            "apps/v1/Deployment", "io.k8s.api.apps.v1.Deployment",
            "policy/v1/PodDisruptionBudget", "io.k8s.api.policy.v1.PodDisruptionBudget",
            "keda.sh/v1alpha1/ScaledObject", "keda.sh.v1alpha1.ScaledObject",
            "keda.sh/v1alpha1/TriggerAuthentication", "keda.sh.v1alpha1.TriggerAuthentication");
    private static final List<String> SERVICES = List.of("ingest-service", "parse-service", "validate-service", "query-service");

    private final SchemaChecker checker = new SchemaChecker(SCHEMAS);

    @Test
    void everyObjectIsValidAgainstTheSchemaOfItsKind() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : manifestFiles()) {
            for (JsonNode object : objects(file)) {
                problems.addAll(checker.problems(object).stream().map(p -> file.getFileName() + ": " + p).toList());
                checked++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(17);
    }

    /** The checker is only worth its pass if it fails what an API server would refuse. */
    @Test
    void theCheckerRefusesWhatAnApiServerWouldRefuse() {
        JsonNode deployment = objects(MANIFESTS.resolve("parse-service.yaml")).get(0);
        JsonNode scaled = objects(MANIFESTS.resolve("parse-service.yaml")).get(2);
        assertThat(checker.problems(deployment)).isEmpty();

        assertThat(checker.problems(edit(deployment, d -> ((ObjectNode) d.path("spec")).put("replica", 2))))
                .as("a misspelt field").anyMatch(p -> p.contains("replica"));
        assertThat(checker.problems(edit(deployment, d -> ((ObjectNode) container(d).withArray("ports").get(0)).put("containerPort", "http"))))
                .as("a name where a number goes").anyMatch(p -> p.contains("containerPort"));
        assertThat(checker.problems(edit(deployment, d -> container(d).remove("name"))))
                .as("a container without a name").anyMatch(p -> p.contains("name"));
        assertThat(checker.problems(edit(deployment, d -> container(d).withObject("resources").withObject("limits").put("memory", "lots"))))
                .as("a quantity that is none").anyMatch(p -> p.contains("memory"));
        assertThat(checker.problems(edit(deployment, d -> container(d).withObject("livenessProbe").withObject("httpGet").remove("port"))))
                .as("a probe without a port").anyMatch(p -> p.contains("port"));
        assertThat(checker.problems(edit(scaled, s -> ((ObjectNode) s.path("spec").path("triggers").get(0)).remove("metadata"))))
                .as("a KEDA trigger without metadata").anyMatch(p -> p.contains("metadata"));
        assertThat(checker.problems(edit(scaled, s -> ((ObjectNode) s.path("spec")).put("maxReplicaCount", "six"))))
                .as("a replica count that is no number").anyMatch(p -> p.contains("maxReplicaCount"));
        assertThat(checker.problems(edit(scaled, s -> ((ObjectNode) s).put("kind", "ScaledJobs"))))
                .as("a kind no schema describes").isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKustomizationAppliesEveryManifestButTheSecretExample() throws IOException {
        Map<String, Object> kustomization = new Yaml().load(Files.readString(MANIFESTS.resolve("kustomization.yaml")));
        Set<String> files = new TreeSet<>();
        manifestFiles().forEach(f -> files.add(f.getFileName().toString()));
        files.remove("secret.example.yaml");
        assertThat(new TreeSet<>((List<String>) kustomization.get("resources"))).isEqualTo(files);
        assertThat(kustomization).containsEntry("namespace", "budget-pipeline");
    }

    @Test
    void everyServiceIsProbedOnItsActuatorAndGivenResourcesAndItsSettings() {
        JsonNode config = objectsOfKind("ConfigMap").get(0);
        JsonNode secret = objects(MANIFESTS.resolve("secret.example.yaml")).get(0);
        Map<String, Object> shared = yaml("/budget-pipeline.yml");
        assertThat(String.valueOf(at(shared, "management.endpoints.web.exposure.include")).split(","))
                .as("the Actuator endpoints the services expose").contains("health", "prometheus");
        Set<String> deployed = new HashSet<>();
        for (JsonNode deployment : objectsOfKind("Deployment")) {
            String name = deployment.path("metadata").path("name").asString();
            deployed.add(name);
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
            int port = ((Number) at(yaml("/" + name + ".yml"), "server.port")).intValue();
            assertThat(container.path("ports").get(0).path("containerPort").asInt()).as(name).isEqualTo(port);
            assertThat(container.path("ports").get(0).path("name").asString()).isEqualTo("http");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asString()).isEqualTo("/actuator/health/liveness");
            assertThat(container.path("startupProbe").path("httpGet").path("path").asString()).isEqualTo("/actuator/health/liveness");
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asString()).isEqualTo("/actuator/health/readiness");
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                assertThat(container.path(probe).path("httpGet").path("port").asString()).as(name + " " + probe).isEqualTo("http");
            }
            for (String bound : List.of("requests", "limits")) {
                assertThat(container.path("resources").path(bound).has("cpu")).as(name + " cpu " + bound).isTrue();
                assertThat(container.path("resources").path(bound).has("memory")).as(name + " memory " + bound).isTrue();
            }
            assertThat(container.path("envFrom").get(0).path("configMapRef").path("name").asString())
                    .isEqualTo(config.path("metadata").path("name").asString());
            for (JsonNode env : container.path("env")) {
                JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                if (!ref.isMissingNode()) {
                    assertThat(ref.path("name").asString()).isEqualTo(secret.path("metadata").path("name").asString());
                    assertThat(secret.path("stringData").has(ref.path("key").asString())).as(name + " " + ref).isTrue();
                }
            }
        }
        assertThat(deployed).containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(config.path("data").path("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED").asString())
                .as("the probe groups are served off Kubernetes too").isEqualTo("true");
        // every budget.* variable names a setting the services have (relaxed binding: BUDGET_A_B → budget.a.b)
        Set<String> settings = new HashSet<>();
        flatten("", shared, settings);
        SERVICES.forEach(s -> flatten("", yaml("/" + s + ".yml"), settings));
        config.path("data").propertyNames().stream().filter(k -> k.startsWith("BUDGET_"))
                .forEach(k -> assertThat(settings).as(k).contains(k.toLowerCase().replace('_', '.')));
    }

    @Test
    void everyConsumerScalesOnTheLagOfTheGroupsAndTopicsItConsumes() {
        JsonNode config = objectsOfKind("ConfigMap").get(0);
        int partitions = Integer.parseInt(config.path("data").path("BUDGET_TOPICS_PARTITIONS").asString());
        Map<String, Object> topics = (Map<String, Object>) at(yaml("/budget-pipeline.yml"), "budget.topics");
        Map<String, JsonNode> scalers = new LinkedHashMap<>();
        objectsOfKind("ScaledObject").forEach(s -> scalers.put(s.path("spec").path("scaleTargetRef").path("name").asString(), s));
        assertThat(scalers.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (String service : SERVICES) {
            JsonNode spec = scalers.get(service).path("spec");
            assertThat(spec.path("maxReplicaCount").asInt()).as(service + ": at most one replica per partition").isLessThanOrEqualTo(partitions);
            Map<String, String> lagTriggers = new LinkedHashMap<>();
            for (JsonNode trigger : spec.path("triggers")) {
                if (trigger.path("type").asString().equals("kafka")) {
                    JsonNode metadata = trigger.path("metadata");
                    assertThat(config.path("data").has(metadata.path("bootstrapServersFromEnv").asString())).isTrue();
                    lagTriggers.put(metadata.path("consumerGroup").asString(), metadata.path("topic").asString(""));
                }
            }
            Map<String, String> groups = new LinkedHashMap<>();
            Map<String, Object> bindings = (Map<String, Object>) at(yaml("/" + service + ".yml"), "spring.cloud.stream.bindings");
            if (bindings != null) {
                bindings.values().forEach(b -> {
                    Map<String, Object> binding = (Map<String, Object>) b;
                    String destination = resolve(String.valueOf(binding.get("destination")), topics);
                    // a binding over several topics: the trigger names none, and KEDA sums the group's lag over all
                    groups.put(String.valueOf(binding.get("group")), destination.contains(",") ? "" : destination);
                });
            }
            assertThat(lagTriggers).as(service + ": a lag trigger per consumer group, on its topic").isEqualTo(groups);
            if (groups.isEmpty()) {
                assertThat(spec.path("triggers")).as(service + " (no consumer) scales on CPU")
                        .anyMatch(t -> t.path("type").asString().equals("cpu"));
            }
        }
    }

    /** kubectl's built-in kustomize renders the directory offline, where kubectl is installed. */
    @Test
    void kubectlRendersTheKustomization() throws Exception {
        assumeTrue(onPath("kubectl"), "kubectl is not installed");
        Process render = new ProcessBuilder("kubectl", "kustomize", MANIFESTS.toString()).redirectErrorStream(true).start();
        String output = new String(render.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).as(output).isZero();
        List<JsonNode> rendered = new ArrayList<>();
        new Yaml().loadAll(output).forEach(o -> rendered.add(EventJson.mapper().valueToTree(o)));
        assertThat(rendered).hasSize(16).allSatisfy(o -> {
            assertThat(checker.problems(o)).isEmpty();
            if (!o.path("kind").asString().equals("Namespace")) {
                assertThat(o.path("metadata").path("namespace").asString()).isEqualTo("budget-pipeline");
            }
        });
    }

    private static String resolve(String value, Map<String, Object> topics) {
        var matcher = Pattern.compile("\\$\\{budget\\.topics\\.([a-z]+)}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, String.valueOf(topics.get(matcher.group(1))));
        }
        return matcher.appendTail(out).toString();
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, Set<String> out) {
        map.forEach((key, value) -> {
            // relaxed binding drops the dashes: BUDGET_KAFKA_BOOTSTRAPSERVERS would bind as well, so compare without them
            String path = prefix + key.replace("-", ".");
            out.add(path);
            if (value instanceof Map<?, ?> nested) {
                flatten(path + ".", (Map<String, Object>) nested, out);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> yaml, String path) {
        Object node = yaml;
        for (String part : path.split("\\.(?![^{]*})")) {
            node = node instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(part) : null;
        }
        return node;
    }

    private static Map<String, Object> yaml(String resource) {
        try (InputStream in = KubernetesManifestsTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode container(JsonNode deployment) {
        return (ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static JsonNode edit(JsonNode object, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode copy = (ObjectNode) object.deepCopy();
        change.accept(copy);
        return copy;
    }

    private static List<Path> manifestFiles() {
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> objectsOfKind(String kind) {
        return manifestFiles().stream().flatMap(f -> objects(f).stream())
                .filter(o -> o.path("kind").asString().equals(kind)).toList();
    }

    private static List<JsonNode> objects(Path file) {
        List<JsonNode> out = new ArrayList<>();
        try {
            new Yaml().loadAll(Files.readString(file, StandardCharsets.UTF_8)).forEach(o -> {
                if (o != null) {
                    out.add(EventJson.mapper().valueToTree(o));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    /**
     * JSON Schema (draft 7, networknt json-schema-validator) over the vendored definitions, made strict:
     * every object schema that names its properties and says nothing of others refuses others, as the API
     * server's strict field validation does. Kubernetes' own formats are checked too (int32, int64,
     * quantity, byte).
     */
    static final class SchemaChecker {

        private static final Pattern QUANTITY = Pattern.compile(
                "^[+-]?(?:\\d+|\\d+\\.\\d+|\\d+\\.|\\.\\d+)(?:[KMGTPE]i|[YZEPTGMkhdcmunpfazy]|da|[eE][+-]?(?:\\d+|\\d+\\.\\d+|\\d+\\.|\\.\\d+))?$");
        private static final Pattern BASE64 = Pattern.compile("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$");

        private final JsonNode definitions;
        private final SchemaRegistry registry;
        private final Map<String, Schema> schemas = new LinkedHashMap<>();

        SchemaChecker(Path bundle) {
            try {
                this.definitions = strict(EventJson.mapper().readTree(Files.readString(bundle, StandardCharsets.UTF_8)).path("definitions"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Dialect dialect = Dialect.builder(Dialects.getDraft7())
                    .format(format("int32", n -> n.isIntegralNumber() && n.canConvertToInt()))
                    .format(format("int64", n -> n.isIntegralNumber() && n.canConvertToLong()))
                    .format(format("quantity", n -> !n.isString() || QUANTITY.matcher(n.asString()).matches()))
                    .format(format("byte", n -> !n.isString() || BASE64.matcher(n.asString()).matches()))
                    .build();
            this.registry = SchemaRegistry.withDefaultDialect(dialect);
        }

        /** What is wrong with one object; a kind without a schema is wrong too. */
        List<String> problems(JsonNode object) {
            String kind = object.path("apiVersion").asString() + "/" + object.path("kind").asString();
            String definition = DEFINITIONS.get(kind);
            if (definition == null || !definitions.has(definition)) {
                return List.of(kind + ": no schema for this kind");
            }
            Schema schema = schemas.computeIfAbsent(definition, d -> {
                ObjectNode root = EventJson.mapper().createObjectNode();
                root.withArray("allOf").addObject().put("$ref", "#/definitions/" + d);
                root.set("definitions", definitions);
                return registry.getSchema(root.toString());
            });
            String name = object.path("metadata").path("name").asString();
            List<Error> errors = schema.validate(object);
            // a field that may be null is "oneOf: [its schema, null]": keep the error within, not the two around it
            List<Error> precise = errors.stream().filter(e -> !"oneOf".equals(e.getKeyword())
                    && !e.getMessage().endsWith("null expected")).toList();
            return (precise.isEmpty() ? errors : precise).stream().map(e -> kind + " " + name + ": " + e).toList();
        }

        private static JsonNode strict(JsonNode node) {
            if (node instanceof ObjectNode object) {
                if (object.has("properties") && !object.has("additionalProperties")
                        && !object.has("x-kubernetes-preserve-unknown-fields")) {
                    object.put("additionalProperties", false);
                }
                object.properties().forEach(e -> strict(e.getValue()));
            } else if (node.isArray()) {
                node.forEach(SchemaChecker::strict);
            }
            return node;
        }

        private static Format format(String name, java.util.function.Predicate<JsonNode> valid) {
            return new Format() {
                @Override
                public String getName() {
                    return name;
                }

                @Override
                public boolean matches(ExecutionContext context, SchemaContext schemaContext, JsonNode value) {
                    return valid.test(value);
                }
            };
        }
    }
}
