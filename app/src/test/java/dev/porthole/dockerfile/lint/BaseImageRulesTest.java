package dev.porthole.dockerfile.lint;

import org.junit.jupiter.api.Test;

import static dev.porthole.dockerfile.lint.LintTesting.df;
import static dev.porthole.dockerfile.lint.LintTesting.findings;
import static dev.porthole.dockerfile.lint.LintTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

class BaseImageRulesTest {

    @Test
    void anUntaggedBaseImageIsDL3006() {
        String text = df("FROM ubuntu", "FROM registry:5000/team/app");

        assertThat(lines(text, Rule.DL3006)).containsExactly(1, 2);
        assertThat(findings(text, Rule.DL3006).getFirst().message()).contains("ubuntu has neither tag nor digest");
    }

    @Test
    void tagsDigestsScratchEarlierStagesAndVariablesAreNotDL3006() {
        String text = df("ARG BASE=debian:12",
                "FROM ubuntu:24.04 AS base",
                "FROM BASE",
                "FROM scratch",
                "FROM alpine@sha256:0123456789abcdef",
                "FROM ${BASE}",
                "FROM registry:5000/team/app:1.0");

        assertThat(lines(text, Rule.DL3006)).isEmpty();
    }

    @Test
    void theLatestTagIsDL3007() {
        assertThat(lines(df("FROM node:latest"), Rule.DL3007)).containsExactly(1);
    }

    @Test
    void aPinnedTagOrALatestTagWithADigestIsNotDL3007() {
        assertThat(lines(df("FROM node:22", "FROM node:latest@sha256:abc"), Rule.DL3007)).isEmpty();
    }

    @Test
    void aStageNameUsedTwiceIsDL3024OnTheLaterFromComparedIgnoringCase() {
        String text = df("FROM a:1 AS build", "RUN make", "FROM b:1 AS BUILD");

        assertThat(lines(text, Rule.DL3024)).containsExactly(3);
    }

    @Test
    void distinctStageNamesAreNotDL3024() {
        assertThat(lines(df("FROM a:1 AS build", "FROM b:1 AS test", "FROM c:1"), Rule.DL3024)).isEmpty();
    }

    @Test
    void fromAndAsInDifferentCaseIsFromAsCasing() {
        assertThat(lines(df("FROM x:1 as build", "from x:1 AS test"), Rule.FROM_AS_CASING)).containsExactly(1, 2);
    }

    @Test
    void fromAndAsInTheSameCaseAreNotFromAsCasing() {
        assertThat(lines(df("FROM x:1 AS build", "from x:1 as test"), Rule.FROM_AS_CASING)).isEmpty();
    }

    @Test
    void anUppercaseStageNameIsStageNameCasing() {
        assertThat(findings(df("FROM x:1 AS Build"), Rule.STAGE_NAME_CASING)).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("Stage name 'Build' should be lowercase"));
    }

    @Test
    void aLowercaseStageNameIsNotStageNameCasing() {
        assertThat(lines(df("FROM x:1 AS build-2"), Rule.STAGE_NAME_CASING)).isEmpty();
    }
}
