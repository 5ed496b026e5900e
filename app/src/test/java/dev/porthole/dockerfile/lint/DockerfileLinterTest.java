package dev.porthole.dockerfile.lint;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.porthole.dockerfile.lint.LintTesting.LINTER;
import static dev.porthole.dockerfile.lint.LintTesting.df;
import static dev.porthole.dockerfile.lint.LintTesting.findings;
import static dev.porthole.dockerfile.lint.LintTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

class DockerfileLinterTest {

    @Test
    void anUnknownInstructionIsASyntaxErrorAndTheRestOfTheFileIsStillChecked() {
        List<Finding> all = LINTER.lint(df("FORM ubuntu:24.04", "FROM ubuntu", "WORKDIR app"));

        assertThat(all).extracting(Finding::line, Finding::ruleId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "syntax"),
                org.assertj.core.groups.Tuple.tuple(2, "DL3006"),
                org.assertj.core.groups.Tuple.tuple(3, "DL3000"));
        assertThat(all.getFirst().severity()).isEqualTo(Severity.ERROR);
        assertThat(all.getFirst().message()).isEqualTo("unknown instruction: FORM (did you mean FROM?)");
    }

    @Test
    void missingArgumentsAreASyntaxError() {
        assertThat(lines(df("FROM x:1", "COPY", "EXPOSE 80"), Rule.SYNTAX)).containsExactly(2);
    }

    @Test
    void aWellFormedFileHasNoSyntaxFindings() {
        assertThat(lines(df("FROM x:1", "RUN <<EOF", "echo hi", "EOF", "CMD [\"true\"]"), Rule.SYNTAX)).isEmpty();
    }

    @Test
    void aHadolintIgnoreCommentOnTheLineAboveSilencesTheNamedRulesForThatInstruction() {
        String text = df("# hadolint ignore=DL3006,StageNameCasing",
                "FROM ubuntu AS Base",
                "FROM ubuntu");

        List<Finding> all = LINTER.lint(text);

        assertThat(all).extracting(Finding::line, Finding::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "DL3006"));
    }

    @Test
    void anIgnoreCommentSilencesOnlyTheRulesItNamesAndOnlyOnTheNextLine() {
        String text = df("FROM debian:12",
                "# hadolint ignore=DL3008",
                "RUN apt-get install curl && rm -rf /var/lib/apt/lists/*",
                "# hadolint ignore=DL3007",
                "",
                "FROM node:latest");

        assertThat(lines(text, Rule.DL3008)).isEmpty();
        assertThat(lines(text, Rule.DL3014)).containsExactly(3);
        assertThat(lines(text, Rule.DL3007)).as("a blank line between: not the line above").containsExactly(6);
    }

    @Test
    void findingsAreSortedByLineThenPosition() {
        List<Finding> all = LINTER.lint(df("FROM ubuntu", "RUN apt install curl | sort", "USER root"));

        assertThat(all).extracting(Finding::line).isSorted();
        assertThat(all).extracting(Finding::ruleId).contains("DL3006", "DL3027", "DL4006", "DL3002");
    }

    @Test
    void everyRuleButSyntaxBelongsToExactlyOneFamily() {
        Set<Rule> covered = EnumSet.noneOf(Rule.class);
        for (RuleFamily family : DockerfileLinter.standardFamilies()) {
            for (Rule rule : family.rules()) {
                assertThat(covered.add(rule)).as("%s in two families", rule).isTrue();
            }
        }
        covered.add(Rule.SYNTAX);
        assertThat(covered).containsExactlyInAnyOrder(Rule.values());
    }

    @Test
    void ruleIdsAndSeveritiesFollowTheContract() {
        assertThat(Arrays.stream(Rule.values()).map(r -> r.id() + " " + r.severity().label())).containsExactly(
                "syntax error", "DL3000 error", "DL3002 warning", "DL3003 warning", "DL3004 error",
                "DL3006 warning", "DL3007 warning", "DL3008 warning", "DL3009 info", "DL3011 error",
                "DL3013 warning", "DL3014 warning", "DL3015 info", "DL3020 error", "DL3022 warning",
                "DL3024 error", "DL3025 warning", "DL3027 warning", "DL3042 warning", "DL3045 warning",
                "DL3059 info", "DL4000 error", "DL4003 warning", "DL4004 error", "DL4006 warning",
                "FromAsCasing warning", "StageNameCasing warning", "LegacyKeyValueFormat warning",
                "SecretsUsedInArgOrEnv warning", "ConsistentInstructionCasing warning");
    }

    @Test
    void findingsCarryARangeInsideTheInstruction() {
        String text = df("FROM x:1", "RUN sudo make");

        Finding sudo = findings(text, Rule.DL3004).getFirst();

        assertThat(text.substring(sudo.range().start(), sudo.range().end())).isEqualTo("sudo");
    }
}
