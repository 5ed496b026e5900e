package dev.porthole.cli.bench;

import dev.porthole.dockerfile.highlight.DockerfileHighlighter;
import dev.porthole.dockerfile.lint.DockerfileLinter;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * How fast the editor's live work is on a big file: {@code lint_2000_lines_ms} (parse and every rule) and
 * {@code highlight_2000_lines_ms} (parse and tokens), each the median of several runs after a warm-up.
 */
public final class LintBenchGroup implements BenchGroup {

    private static final int LINES = 2000;
    private static final int WARM_UP_RUNS = 300;
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final int RUNS = 31;

    /** Keeps results reachable so the JIT cannot drop the work. */
    private volatile Object sink;

    @Override
    public String name() {
        return "lint";
    }

    @Override
    public void run(BenchContext ctx) {
        String text = generatedDockerfile(LINES);
        DockerfileLinter linter = new DockerfileLinter();
        ctx.record("lint_2000_lines_ms", median(() -> linter.lint(text)), "ms");
        ctx.record("highlight_2000_lines_ms", median(() -> DockerfileHighlighter.tokens(text)), "ms");
    }

    private double median(Supplier<Object> work) {
        // warm up until the JIT has compiled the hot paths: at least 300 runs and 2 seconds, as in a live editor
        long warmUpStart = System.nanoTime();
        for (int k = 0; k < WARM_UP_RUNS || System.nanoTime() - warmUpStart < WARM_UP_NANOS; k++) {
            sink = work.get();
        }
        double[] times = new double[RUNS];
        for (int k = 0; k < RUNS; k++) {
            long start = System.nanoTime();
            sink = work.get();
            times[k] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    /**
     * A realistic Dockerfile of exactly {@code lines} lines: repeated multi-stage blocks with comments,
     * continuations, a heredoc, flags, JSON and shell forms, variables, and things the rules flag.
     */
    public static String generatedDockerfile(int lines) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int block = 0; ; block++) {
            String b = block(block);
            int blockLines = (int) b.lines().count();
            if (count + blockLines > lines) {
                break;
            }
            sb.append(b);
            count += blockLines;
        }
        while (count < lines) {
            sb.append("# padding line ").append(count).append('\n');
            count++;
        }
        return sb.toString();
    }

    private static String block(int n) {
        return """
                # stage %1$d: build
                ARG VERSION_%1$d=1.%1$d.0
                FROM golang:1.24 AS build%1$d
                WORKDIR /src/app%1$d
                COPY --chown=1000:1000 go.mod go.sum ./
                RUN --mount=type=cache,target=/root/.cache/go-build \\
                    go mod download && \\
                    go build -o /out/app%1$d ./cmd/app
                RUN apt-get update && apt-get install -y curl git \\
                    && curl -fsSL https://example.com/install.sh | sh
                RUN <<EOF
                set -e
                echo "building ${VERSION_%1$d:-dev}" > /out/version
                cd /out && ls -la
                EOF
                # stage %1$d: run
                FROM debian:12-slim
                ENV APP_HOME=/app PORT=80%2$02d
                LABEL org.opencontainers.image.version="$VERSION_%1$d"
                COPY --from=build%1$d /out/app%1$d /usr/local/bin/app
                EXPOSE 80%2$02d/tcp
                USER 10001
                HEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost:80%2$02d/"]
                CMD ["app", "--port", "$PORT"]
                """.formatted(n, n % 100);
    }
}
