package io.patchbay.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JMH's JSON result file ({@code -rf json -rff FILE}) as figure lines: one per benchmark and
 * parameter set, id {@code jmh.<Class>.<method>}, with {@code median} (of the measured
 * iterations), {@code score}, {@code error} (99.9 %), {@code unit}, {@code mode}, {@code iterations},
 * {@code forks} and each parameter as {@code param.<name>}.
 */
public final class JmhResults {
    private JmhResults() {
    }

    /**
     * @throws IOException when the text is not JMH's JSON result array
     */
    public static List<BenchLine> read(String json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        if (root == null || !root.isArray()) {
            throw new IOException("not a JMH JSON result file (no top-level array)");
        }
        List<BenchLine> out = new ArrayList<>();
        for (JsonNode run : root) {
            String benchmark = run.path("benchmark").asText("");
            String[] parts = benchmark.split("\\.");
            if (parts.length < 2) {
                throw new IOException("a JMH result without a benchmark name: " + run);
            }
            JsonNode metric = run.path("primaryMetric");
            Map<String, String> values = new LinkedHashMap<>();
            values.put("median", metric.path("scorePercentiles").path("50.0").asText(metric.path("score").asText()));
            values.put("score", metric.path("score").asText());
            values.put("error", metric.path("scoreError").asText());
            values.put("unit", metric.path("scoreUnit").asText());
            values.put("mode", run.path("mode").asText());
            values.put("iterations", run.path("measurementIterations").asText());
            values.put("forks", run.path("forks").asText());
            for (Iterator<Map.Entry<String, JsonNode>> it = run.path("params").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> p = it.next();
                values.put("param." + p.getKey(), p.getValue().asText());
            }
            out.add(new BenchLine("jmh." + parts[parts.length - 2] + "." + parts[parts.length - 1], values));
        }
        return out;
    }
}
