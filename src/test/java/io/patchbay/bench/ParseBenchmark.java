package io.patchbay.bench;

import io.patchbay.discovery.TopologyMerger;
import io.patchbay.model.HostTopology;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patchbay.discovery.parse.IpJsonParser;
import io.patchbay.discovery.parse.Observation;
import io.patchbay.discovery.parse.ParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@link IpJsonParser} on a 10,000-device host ({@link BigCaptureGenerator}) against the
 * baseline of Jackson's plain {@code readTree} of the same text and bytes. Target: our parse of
 * the {@code ip -j -d link} output in at most 100 ms.
 *
 * <p>Run (JMH forks a JVM, so give it a real class path; JMH options narrow the run):
 * <pre>
 * mvn -o test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     "-Dexec.args=-cp %classpath io.patchbay.bench.ParseBenchmark -wi 5 -i 10"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParseBenchmark {
    @Param("10000")
    public int devices;

    private final IpJsonParser parser = new IpJsonParser();
    private final ObjectMapper mapper = new ObjectMapper();
    private String link;
    private String addr;
    private byte[] linkBytes;
    private byte[] addrBytes;
    private List<Observation> parsed;

    @Setup
    public void generate() {
        BigCaptureGenerator.Capture c = BigCaptureGenerator.generate(devices, 42L);
        link = c.link();
        addr = c.addr();
        linkBytes = link.getBytes(StandardCharsets.UTF_8);
        addrBytes = addr.getBytes(StandardCharsets.UTF_8);
        try {
            parsed = List.of(parser.parse(link, "bench link"), parser.parse(addr, "bench addr"));
        } catch (ParseException e) {
            throw new IllegalStateException("the generated capture must parse", e);
        }
    }

    @Benchmark
    public Observation parseLink() throws ParseException {
        return parser.parse(link, "bench link");
    }

    @Benchmark
    public Observation parseAddr() throws ParseException {
        return parser.parse(addr, "bench addr");
    }

    /** The whole read of a host: both outputs parsed and merged into the immutable model. */
    @Benchmark
    public HostTopology parseAndModel() throws ParseException {
        return TopologyMerger.merge("bench", List.of("capture"),
                List.of(parser.parse(link, "bench link"), parser.parse(addr, "bench addr")));
    }

    /** The merge alone, on outputs parsed once in setup. */
    @Benchmark
    public HostTopology modelOnly() {
        return TopologyMerger.merge("bench", List.of("capture"), parsed);
    }

    /** Baseline for {@link #parseAndModel()}: Jackson trees of both outputs' bytes. */
    @Benchmark
    public JsonNode[] readTreeBoth() throws IOException {
        return new JsonNode[] {mapper.readTree(linkBytes), mapper.readTree(addrBytes)};
    }

    /** Baseline: Jackson's tree of the same text (as our parser receives it). */
    @Benchmark
    public JsonNode readTreeLinkText() throws IOException {
        return mapper.readTree(link);
    }

    /** Baseline: Jackson's tree of the same bytes. */
    @Benchmark
    public JsonNode readTreeLinkBytes() throws IOException {
        return mapper.readTree(linkBytes);
    }

    @Benchmark
    public JsonNode readTreeAddrText() throws IOException {
        return mapper.readTree(addr);
    }

    @Benchmark
    public JsonNode readTreeAddrBytes() throws IOException {
        return mapper.readTree(addrBytes);
    }

    /** Runs this benchmark; JMH's own command line options (e.g. {@code -wi 3 -i 5 parseLink}) narrow it. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        Options options = new OptionsBuilder()
                .parent(cli)
                .include(cli.getIncludes().isEmpty() ? ParseBenchmark.class.getSimpleName() : cli.getIncludes().get(0))
                .build();
        new Runner(options).run();
    }
}
