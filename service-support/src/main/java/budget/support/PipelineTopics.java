package budget.support;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The pipeline's topics (budget.topics.*). Names are configuration so that several pipelines can share a
 * cluster; partitions bound how many instances of each service can work in parallel.
 *
 * @param summaries the compacted topic of budget summaries (the latest of each budget, keyed by budget key)
 */
@ConfigurationProperties("budget.topics")
public record PipelineTopics(String received, String parsed, String validated, String failed, int partitions,
                             short replicationFactor, String summaries) {

    public PipelineTopics {
        summaries = summaries == null || summaries.isBlank() ? "budget.summaries" : summaries;
    }
}
