package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Stage;
import dev.porthole.dockerfile.TextRange;
import dev.porthole.dockerfile.Word;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** FROM lines: tagged base images (DL3006, DL3007), stage names unique and lower case, FROM/AS casing. */
final class BaseImageRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.DL3006, Rule.DL3007, Rule.DL3024, Rule.FROM_AS_CASING, Rule.STAGE_NAME_CASING);
    }

    @Override
    public void check(LintContext context, Findings out) {
        // earlier stage names (lower case) -> their stage number, to tell stage references from images
        Map<String, Integer> earlier = new HashMap<>();
        for (Stage stage : context.file().stages()) {
            String image = stage.image();
            TextRange imageRange = stage.from().words().isEmpty() ? stage.from().keywordRange()
                    : stage.from().words().getFirst().source();
            boolean stageReference = earlier.containsKey(image.toLowerCase(Locale.ROOT));
            if (!image.isEmpty() && !stageReference && !image.contains("$")) {
                ImageReference ref = ImageReference.parse(image);
                if (!image.equalsIgnoreCase("scratch") && ref.tag() == null && ref.digest() == null) {
                    out.add(Rule.DL3006, stage.from(), imageRange, "Always tag the version of an image explicitly: "
                            + image + " has neither tag nor digest, so it means " + image + ":latest");
                }
                if ("latest".equals(ref.tag()) && ref.digest() == null) {
                    out.add(Rule.DL3007, stage.from(), imageRange, "Using latest is prone to errors if the image "
                            + "will ever update. Pin the version explicitly to a release tag");
                }
            }
            Word as = stage.asWord();
            if (as != null && isLower(stage.from().keyword()) != isLower(as.value())) {
                out.add(Rule.FROM_AS_CASING, stage.from(), as.source(), "'" + as.value() + "' and '"
                        + stage.from().keyword() + "' keywords' casing do not match");
            }
            String name = stage.name();
            if (name != null) {
                String lower = name.toLowerCase(Locale.ROOT);
                TextRange nameRange = stage.from().words().get(2).source();
                if (earlier.containsKey(lower)) {
                    out.add(Rule.DL3024, stage.from(), nameRange, "FROM aliases (stage names) must be unique: '"
                            + name + "' already names stage " + earlier.get(lower));
                } else {
                    earlier.put(lower, stage.index());
                }
                if (!name.equals(lower)) {
                    out.add(Rule.STAGE_NAME_CASING, stage.from(), nameRange,
                            "Stage name '" + name + "' should be lowercase");
                }
            }
        }
    }

    private static boolean isLower(String s) {
        return s.equals(s.toLowerCase(Locale.ROOT));
    }
}
