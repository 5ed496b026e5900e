package dev.porthole.ui.images;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryFormatTest {

    @Test
    void dropsTheClassicBuildersNopPrefix() {
        assertThat(HistoryFormat.step("/bin/sh -c #(nop) COPY file:73e2b2 in /bin/busybox "))
                .isEqualTo("COPY file:73e2b2 in /bin/busybox");
        assertThat(HistoryFormat.step("/bin/sh -c #(nop)  CMD [\"/bin/sh\"]")).isEqualTo("CMD [\"/bin/sh\"]");
    }

    @Test
    void cutsTheContentHashOfACopyTo12Characters() {
        assertThat(HistoryFormat.step("/bin/sh -c #(nop) COPY file:73e2b2d48642b21b357384b0cb81c1869cc5e0c48a00f61553756196058304b9"
                + " in /bin/busybox ")).isEqualTo("COPY file:73e2b2d48642… in /bin/busybox");
        assertThat(HistoryFormat.step("/bin/sh -c #(nop) ADD dir:" + "ab".repeat(32) + " in /app"))
                .isEqualTo("ADD dir:abababababab… in /app");
    }

    @Test
    void writesAShellFormRunAsRun() {
        assertThat(HistoryFormat.step("/bin/sh -c apk add --no-cache curl")).isEqualTo("RUN apk add --no-cache curl");
    }

    @Test
    void keepsExecFormStepsAndReadsBuildkitStepsLikeClassicOnes() {
        assertThat(HistoryFormat.step("/bin/busybox --install -s /bin")).isEqualTo("/bin/busybox --install -s /bin");
        assertThat(HistoryFormat.step("RUN /bin/sh -c make # buildkit")).isEqualTo("RUN make");
        assertThat(HistoryFormat.step("COPY app /app # buildkit")).isEqualTo("COPY app /app");
    }

    @Test
    void foldsMultiLineStepsOntoOneLine() {
        assertThat(HistoryFormat.step("/bin/sh -c set -e \\\n\t&& make")).isEqualTo("RUN set -e \\ && make");
        assertThat(HistoryFormat.step(null)).isEmpty();
    }
}
