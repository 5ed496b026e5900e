package dev.porthole.cli.bench;

import dev.porthole.cli.PortholeCli;
import dev.porthole.engine.EngineFactory;
import dev.porthole.engine.EngineLocator;
import dev.porthole.dockerfile.DockerfileParser;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LintBenchGroupTest {

    @Test
    void recordsLintAndHighlightTimesForTwoThousandLinesWithoutAnEngine() {
        Map<String, Double> figures = new LinkedHashMap<>();
        BenchContext ctx = new BenchContext() {
            @Override
            public void record(String name, double value, String unit) {
                assertThat(unit).isEqualTo("ms");
                figures.put(name, value);
            }

            @Override
            public EngineLocator locator() {
                throw new AssertionError("the lint bench needs no engine");
            }

            @Override
            public EngineFactory engineFactory() {
                throw new AssertionError("the lint bench needs no engine");
            }
        };

        new LintBenchGroup().run(ctx);

        assertThat(figures).containsOnlyKeys("lint_2000_lines_ms", "highlight_2000_lines_ms");
        assertThat(figures.values()).allSatisfy(v -> assertThat(v).isPositive());
    }

    @Test
    void theGeneratedFileHasExactlyTheLinesAskedForAndParsesWithoutProblems() {
        String text = LintBenchGroup.generatedDockerfile(2000);

        assertThat(text.lines().count()).isEqualTo(2000);
        assertThat(DockerfileParser.parse(text).problems()).isEmpty();
        assertThat(DockerfileParser.parse(text).stages()).hasSizeGreaterThan(100);
    }

    @Test
    void theLintGroupIsRegisteredForServiceLoader() {
        assertThat(PortholeCli.installedBenchGroups()).extracting(BenchGroup::name).contains("lint");
    }
}
