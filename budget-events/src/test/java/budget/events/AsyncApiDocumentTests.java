package budget.events;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document outside subscribers read must describe exactly the events the code sends: its
 * schemas are compared with schemas generated from the records. On a mismatch the generated schemas are
 * written to target/asyncapi-schemas.generated.yaml to paste into the document.
 */
class AsyncApiDocumentTests {

    @Test
    void theSchemasInTheDocumentAreTheSchemasOfTheRecords() throws IOException {
        JsonNode document = document();
        ObjectNode generated = EventJson.mapper().createObjectNode();
        EventSchemas.generate().forEach(generated::set);
        JsonNode documented = document.path("components").path("schemas");

        if (!generated.equals(documented)) {
            Path out = Path.of("target", "asyncapi-schemas.generated.yaml");
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setAllowUnicode(true);
            Files.writeString(out, new Yaml(options).dump(Map.of("schemas",
                    EventJson.mapper().convertValue(generated, Map.class))), StandardCharsets.UTF_8);
            TreeSet<String> differing = new TreeSet<>();
            generated.properties().forEach(e -> {
                if (!e.getValue().equals(documented.path(e.getKey()))) {
                    differing.add(e.getKey());
                }
            });
            documented.propertyNames().forEach(name -> {
                if (!generated.has(name)) {
                    differing.add(name + " (documented, not in the code)");
                }
            });
            assertThat(differing).as("schemas that differ from the records; generated ones are in " + out).isEmpty();
        }
    }

    @Test
    void everyTopicIsAChannelWithItsKeyAndMessage() throws IOException {
        JsonNode channels = document().path("channels");
        assertThat(channels.path("received").path("address").asString()).isEqualTo("budget.documents.received");
        assertThat(channels.path("parsed").path("address").asString()).isEqualTo("budget.documents.parsed");
        assertThat(channels.path("validated").path("address").asString()).isEqualTo("budget.documents.validated");
        assertThat(channels.path("failed").path("address").asString()).isEqualTo("budget.documents.failed");
        assertThat(channels.path("summaries").path("address").asString()).isEqualTo("budget.summaries");
        JsonNode messages = document().path("components").path("messages");
        for (Class<?> event : BudgetEvent.class.getPermittedSubclasses()) {
            JsonNode message = messages.path(event.getSimpleName());
            assertThat(message.path("payload").path("$ref").asString())
                    .isEqualTo("#/components/schemas/" + event.getSimpleName());
            assertThat(message.path("bindings").path("kafka").path("key").isMissingNode()).isFalse();
        }
        for (Class<?> record : EventSchemas.TOPIC_RECORDS) {
            assertThat(messages.path(record.getSimpleName()).path("payload").path("$ref").asString())
                    .isEqualTo("#/components/schemas/" + record.getSimpleName());
        }
    }

    private static JsonNode document() throws IOException {
        try (InputStream in = AsyncApiDocumentTests.class.getResourceAsStream("/asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml on the classpath").isNotNull();
            Object yaml = new Yaml().load(in);
            return EventJson.mapper().valueToTree(yaml);
        }
    }
}
