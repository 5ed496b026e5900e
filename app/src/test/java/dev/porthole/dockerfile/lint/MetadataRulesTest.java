package dev.porthole.dockerfile.lint;

import org.junit.jupiter.api.Test;

import static dev.porthole.dockerfile.lint.LintTesting.df;
import static dev.porthole.dockerfile.lint.LintTesting.findings;
import static dev.porthole.dockerfile.lint.LintTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

class MetadataRulesTest {

    @Test
    void maintainerIsDL4000() {
        assertThat(lines(df("FROM x:1", "MAINTAINER Jane Doe <jane@example.com>"), Rule.DL4000)).containsExactly(2);
    }

    @Test
    void aMaintainerLabelIsNotDL4000() {
        assertThat(lines(df("FROM x:1", "LABEL maintainer=\"Jane Doe\""), Rule.DL4000)).isEmpty();
    }

    @Test
    void envAndLabelWithoutEqualsAreLegacyKeyValueFormat() {
        assertThat(lines(df("FROM x:1", "ENV APP_HOME /app", "LABEL version 1.0"), Rule.LEGACY_KEY_VALUE_FORMAT))
                .containsExactly(2, 3);
    }

    @Test
    void keyEqualsValueIsNotLegacyKeyValueFormat() {
        assertThat(lines(df("FROM x:1", "ENV APP_HOME=/app PORT=8080", "LABEL version=\"1.0\"", "ARG V"),
                Rule.LEGACY_KEY_VALUE_FORMAT)).isEmpty();
    }

    @Test
    void argAndEnvNamesWithASecretWordAreSecretsUsedInArgOrEnv() {
        String text = df("FROM x:1",
                "ARG DB_PASSWORD",
                "ENV GITHUB_TOKEN=abc",
                "ENV API_KEY abc",
                "ARG auth=basic",
                "ENV A=1 AWS_SECRET_ACCESS_KEY=x",
                "ARG npm_credentials");

        assertThat(lines(text, Rule.SECRETS_USED_IN_ARG_OR_ENV)).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(findings(text, Rule.SECRETS_USED_IN_ARG_OR_ENV).getFirst().message())
                .contains("(ARG \"DB_PASSWORD\")");
    }

    @Test
    void namesMerelyContainingASecretWordOrLabelsAreNotSecretsUsedInArgOrEnv() {
        String text = df("FROM x:1",
                "ENV KEYBOARD_LAYOUT=us MONKEY=1 AUTHOR=me TOKENIZER=bpe",
                "ARG PASSWORDLESS=true",
                "LABEL api_token=none");

        assertThat(lines(text, Rule.SECRETS_USED_IN_ARG_OR_ENV)).isEmpty();
    }
}
