package dev.porthole.ui.commands;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FuzzyMatchTest {

    private static int score(String query, String text) {
        return FuzzyMatch.of(query, text).orElseThrow(() -> new AssertionError(query + " should match " + text))
                .score();
    }

    /** The names that match, best first. */
    private static List<String> rank(String query, String... names) {
        return List.of(names).stream()
                .filter(n -> FuzzyMatch.of(query, n).isPresent())
                .sorted(Comparator.comparingInt(n -> -score(query, n)))
                .toList();
    }

    @Test
    void lettersMustAllAppearInOrder() {
        assertThat(FuzzyMatch.of("img", "Go to Images")).isPresent();
        assertThat(FuzzyMatch.of("gmi", "Go to Images")).isEmpty();
        assertThat(FuzzyMatch.of("imagesx", "Go to Images")).isEmpty();
        assertThat(FuzzyMatch.of("a much longer query", "short")).isEmpty();
    }

    @Test
    void caseAndSpacesInTheQueryDoNotMatter() {
        assertThat(FuzzyMatch.of("GO IMA", "Go to Images")).isPresent();
        assertThat(score("stopcont", "Stop container")).isEqualTo(score("Stop Cont", "Stop container"));
    }

    @Test
    void anEmptyQueryMatchesEverythingEqually() {
        assertThat(score("", "Anything")).isZero();
        assertThat(score("   ", "Else")).isZero();
    }

    @Test
    void wordStartsBeatLettersInsideWords() {
        // "st" starts "Stop" and "Start" but sits inside "Restart"
        assertThat(rank("st", "Restart container", "Stop container", "Start container").getLast())
                .isEqualTo("Restart container");
        // the initials of "Go to Images" beat the same letters scattered in a longer word
        assertThat(rank("gti", "Go to Images", "Getting things in order"))
                .containsExactly("Go to Images", "Getting things in order");
    }

    @Test
    void aPrefixAndAdjacentLettersBeatAScatteredMatch() {
        assertThat(rank("con", "Copy JSON", "Containers")).containsExactly("Containers", "Copy JSON");
        assertThat(score("rem", "Remove image")).isGreaterThan(score("rem", "Restart image"));
    }

    @Test
    void theBestAlignmentIsFoundNotTheFirst() {
        // a greedy scan would take the "i" of "Find"; the best match uses the word "Images"
        FuzzyMatch m = FuzzyMatch.of("images", "Find images").orElseThrow();
        assertThat(m.positions()).containsExactly(5, 6, 7, 8, 9, 10);
    }

    @Test
    void camelCaseHumpsCountAsWordStarts() {
        assertThat(FuzzyMatch.isWordStart("openTerminal", 4)).isTrue();
        assertThat(FuzzyMatch.isWordStart("openterminal", 4)).isFalse();
        assertThat(FuzzyMatch.isWordStart("save-as", 5)).isTrue();
    }

    @Test
    void positionsPointAtTheMatchedLetters() {
        FuzzyMatch m = FuzzyMatch.of("gi", "Go to Images").orElseThrow();
        assertThat(m.positions()).containsExactly(0, 6);
    }
}
