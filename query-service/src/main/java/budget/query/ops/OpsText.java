package budget.query.ops;


/** The topics view as aligned plain text, for terminals and {@code budget ops topics}. */
final class OpsText {

    private OpsText() {
    }

    static String render(TopicsView view) {
        StringBuilder out = new StringBuilder();
        out.append("at ").append(view.at()).append("\n\n");
        out.append(String.format("%-60s %5s %10s %10s%n", "TOPIC", "PARTS", "MESSAGES", "RATE/s"));
        for (TopicsView.Topic topic : view.topics()) {
            out.append(String.format("%-60s %5d %10d %10s%n", topic.name(), topic.partitions(), topic.messages(),
                    topic.ratePerSecond() == null ? "-" : topic.ratePerSecond().toPlainString()));
        }
        out.append(String.format("%n%-40s %-52s %10s %10s %8s%n", "CONSUMER GROUP", "TOPIC", "COMMITTED", "END", "LAG"));
        for (TopicsView.GroupLag lag : view.consumerGroups()) {
            out.append(String.format("%-40s %-52s %10d %10d %8d%n", lag.group(), lag.topic(), lag.committed(),
                    lag.end(), lag.lag()));
        }
        out.append("\nDEAD LETTERS\n");
        if (view.deadLetters().isEmpty()) {
            out.append("  (no dead-letter topic yet)\n");
        }
        view.deadLetters().forEach((topic, depth) -> out.append(String.format("  %-58s %10d%n", topic, depth)));
        out.append("\nDOCUMENTS\n");
        view.documentStatuses().forEach((status, count) -> out.append(String.format("  %-14s %10d%n", status, count)));
        return out.toString();
    }

}
