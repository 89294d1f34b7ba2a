package budget.cli.ops;

import budget.cli.ApiKeys;
import budget.cli.Home;
import budget.cli.client.PipelineClient;
import budget.events.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code budget ops}: the operator's view of a running pipeline (local or any deployment). */
@Command(name = "ops", mixinStandardHelpOptions = true,
        description = "Topics, lag, dead letters and replay of a running pipeline.",
        subcommands = {OpsCommand.Topics.class, OpsCommand.DeadLetters.class})
public final class OpsCommand {

    @Option(names = "--query-url", defaultValue = "http://localhost:8084", description = "query-service (default: ${DEFAULT-VALUE}).")
    URI queryUrl;

    @Option(names = "--api-key", description = "API key (default: $BUDGET_API_KEY, else the local run's .data/api-key).")
    String apiKey;

    PipelineClient client() throws Exception {
        String key = apiKey != null ? apiKey : ApiKeys.localKey(Home.path().resolve(".data"));
        return new PipelineClient(queryUrl, queryUrl, key);
    }

    @Command(name = "topics", mixinStandardHelpOptions = true,
            description = "Per topic partitions, messages and rate; per consumer group the lag; dead-letter depths; documents per status.")
    static final class Topics implements Callable<Integer> {
        @ParentCommand
        OpsCommand ops;

        @Option(names = "--json", description = "JSON instead of text.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            System.out.print(ops.client().get("/api/ops/topics", json ? "application/json" : "text/plain"));
            if (json) {
                System.out.println();
            }
            return 0;
        }
    }

    @Command(name = "dlq", mixinStandardHelpOptions = true, description = "Dead letters: list, replay.",
            subcommands = {List_.class, Replay.class})
    static final class DeadLetters {
        @ParentCommand
        OpsCommand ops;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every dead letter: id, origin, document, exception, reason.")
    static final class List_ implements Callable<Integer> {
        @ParentCommand
        DeadLetters dlq;

        @Option(names = "--json", description = "JSON instead of one line per dead letter.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            String body = dlq.ops.client().get("/api/ops/dlq", "application/json");
            if (json) {
                System.out.println(body);
                return 0;
            }
            JsonNode letters = EventJson.mapper().readTree(body);
            if (letters.isEmpty()) {
                System.out.println("no dead letters");
            }
            for (JsonNode letter : letters) {
                System.out.printf("%s  from=%s doc=%s replayed=%s%n    %s: %s%n", letter.path("id").asString(),
                        letter.path("originalTopic").asString("-"), letter.path("documentId").asString("-"),
                        letter.path("replayedAt").isNull() ? "no" : letter.path("replayedAt").asString(),
                        letter.path("exception").asString("-"), letter.path("reason").asString("-"));
            }
            return 0;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Re-publish dead letters to their original topic (after fixing the cause). Idempotent: a dead letter already replayed is skipped unless --force.")
    static final class Replay implements Callable<Integer> {
        @ParentCommand
        DeadLetters dlq;

        @Option(names = "--all", description = "Replay every dead letter.")
        boolean all;

        @Option(names = "--force", description = "Replay again dead letters that were replayed before.")
        boolean force;

        @Parameters(arity = "0..*", paramLabel = "ID", description = "Dead letter ids as listed (<dlq topic>:<partition>:<offset>).")
        List<String> ids = List.of();

        @Override
        public Integer call() throws Exception {
            if (!all && ids.isEmpty()) {
                System.err.println("name dead letter ids, or --all");
                return 2;
            }
            ObjectNode request = EventJson.mapper().createObjectNode().put("all", all).put("force", force);
            ids.forEach(request.putArray("ids")::add);
            JsonNode results = EventJson.mapper().readTree(dlq.ops.client().post("/api/ops/dlq/replay", request.toString()));
            int failed = 0;
            for (JsonNode result : results) {
                System.out.printf("%-16s %s -> %s%n", result.path("outcome").asString(), result.path("id").asString(),
                        result.path("toTopic").asString("-"));
                failed += "NOT_FOUND".equals(result.path("outcome").asString()) ? 1 : 0;
            }
            return failed == 0 ? 0 : 1;
        }
    }
}
