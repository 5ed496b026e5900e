package dev.porthole.ui.images;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImageReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"myapp", "team/my-app", "my_app", "my__app", "my.app", "a--b", "a1/b2/c3",
            "registry.example.com/team/app", "localhost/app", "localhost:5000/app", "127.0.0.1:5000/x/y",
            "Registry.Example.com/app", "[::1]:5000/app"})
    void acceptsValidRepositories(String repo) {
        assertThat(ImageReference.repositoryError(repo)).isEmpty();
    }

    @Test
    void rejectsUppercaseRepositoryComponentsNamingTheComponent() {
        assertThat(ImageReference.repositoryError("team/MyApp")).hasValueSatisfying(m ->
                assertThat(m).contains("lowercase").contains("MyApp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-app", "app-", "a..b", "a___b", "a b", "app!", "team//app", "/app", "app/", ".app"})
    void rejectsMalformedRepositoryComponents(String repo) {
        assertThat(ImageReference.repositoryError(repo)).isPresent();
    }

    @Test
    void sendsATagTypedIntoTheRepositoryToTheTagField() {
        assertThat(ImageReference.repositoryError("app:1.0")).hasValueSatisfying(m -> assertThat(m).contains("Tag field"));
        assertThat(ImageReference.repositoryError("localhost:5000/app:1.0")).hasValueSatisfying(m ->
                assertThat(m).contains("Tag field"));
    }

    @Test
    void rejectsEmptyRepositoryDigestsAndOverlongNames() {
        assertThat(ImageReference.repositoryError("  ")).isPresent();
        assertThat(ImageReference.repositoryError("app@sha256:abc")).hasValueSatisfying(m -> assertThat(m).contains("digest"));
        assertThat(ImageReference.repositoryError("a".repeat(256))).hasValueSatisfying(m -> assertThat(m).contains("255"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "1.0", "v1.2.3-rc.1", "_private", "A_B"})
    void acceptsValidTags(String tag) {
        assertThat(ImageReference.tagError(tag)).isEmpty();
    }

    @Test
    void acceptsATagOf128Characters() {
        assertThat(ImageReference.tagError("x".repeat(128))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {".hidden", "-dash", "has space", "a:b", "a/b", "é"})
    void rejectsInvalidTags(String tag) {
        assertThat(ImageReference.tagError(tag)).hasValueSatisfying(m -> assertThat(m).contains("letters, digits"));
    }

    @Test
    void rejectsEmptyAndOverlongTags() {
        assertThat(ImageReference.tagError("")).hasValueSatisfying(m -> assertThat(m).contains("Enter a tag"));
        assertThat(ImageReference.tagError("x".repeat(129))).hasValueSatisfying(m -> assertThat(m).contains("128"));
    }

    @Test
    void findsAClashWithAnExistingTagAsTheEngineListsIt() {
        List<String> existing = List.of("app:1.0", "localhost/other:latest");
        assertThat(ImageReference.clash("app", "1.0", existing)).contains("app:1.0");
        assertThat(ImageReference.clash("other", "latest", existing)).contains("localhost/other:latest");
        assertThat(ImageReference.clash("app", "2.0", existing)).isEmpty();
    }
}
