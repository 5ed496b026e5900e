package dev.porthole.dockerfile.explain;

import dev.porthole.dockerfile.BundledText;
import dev.porthole.dockerfile.Comment;
import dev.porthole.dockerfile.Directive;
import dev.porthole.dockerfile.Dockerfile;
import dev.porthole.dockerfile.DockerfileParser;
import dev.porthole.dockerfile.Flag;
import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.InstructionCatalog;
import dev.porthole.dockerfile.Stage;
import dev.porthole.dockerfile.Word;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Explains a line of a Dockerfile in plain words, from the sentences in {@code explanations.properties}:
 * what the instruction does with its actual arguments, and whether it makes a new image layer.
 */
public final class LineExplainer {

    private static final int MAX_SHOWN = 60;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final Pattern IGNORE = Pattern.compile("hadolint\\s+ignore\\s*=\\s*([A-Za-z0-9_,\\s]+)");

    private final Properties text;
    private final InstructionCatalog catalog;

    /** An explainer with Porthole's own sentences. */
    public LineExplainer() {
        this(BundledText.properties("/dev/porthole/dockerfile/explain/explanations.properties"),
                InstructionCatalog.standard());
    }

    LineExplainer(Properties text, InstructionCatalog catalog) {
        this.text = text;
        this.catalog = catalog;
    }

    /** Explains the 1-based {@code line} of {@code dockerfile}. */
    public Explanation explain(String dockerfile, int line) {
        return explain(DockerfileParser.parse(dockerfile), line);
    }

    /** Explains the 1-based {@code line} of a parsed file; a line inside an instruction explains the instruction. */
    public Explanation explain(Dockerfile file, int line) {
        Optional<Directive> directive = file.directiveAt(line);
        if (directive.isPresent()) {
            Directive d = directive.get();
            return none(line, fill("directive." + d.name(), Map.of("value", d.value())));
        }
        Optional<Comment> comment = file.commentAt(line);
        if (comment.isPresent()) {
            Matcher m = IGNORE.matcher(comment.get().text());
            return none(line, m.lookingAt() ? fill("comment.ignore", Map.of("rules", m.group(1).strip()))
                    : text.getProperty("comment"));
        }
        Optional<Instruction> at = file.instructionAt(line);
        if (at.isEmpty()) {
            return none(line, text.getProperty("blank"));
        }
        Instruction i = at.get();
        LayerEffect layer = layerOf(file, i);
        String sentence = describe(file, i);
        String layerSentence = switch (layer) {
            case NEW_LAYER -> text.getProperty("layer.new");
            case SETTINGS_ONLY -> text.getProperty("layer.settings");
            case BASE_IMAGE -> text.getProperty(isScratch(i) ? "layer.scratch" : "layer.base");
            case NONE -> "";
        };
        String all = layerSentence.isEmpty() ? sentence : sentence + " " + layerSentence;
        if (line != i.line()) {
            all = fill("continued", Map.of("line", String.valueOf(i.line()))) + " " + all;
        }
        return new Explanation(line, all, layer, Optional.of(i));
    }

    /** The instructions that make a new image layer, in order: what the editor marks in the gutter. */
    public List<Instruction> layerInstructions(Dockerfile file) {
        return file.instructions().stream().filter(i -> i.isKnown() && catalog.addsLayer(i.name())).toList();
    }

    private LayerEffect layerOf(Dockerfile file, Instruction i) {
        if (!i.isKnown()) {
            return LayerEffect.NONE;
        }
        if (i.is("FROM")) {
            return LayerEffect.BASE_IMAGE;
        }
        return catalog.addsLayer(i.name()) ? LayerEffect.NEW_LAYER : LayerEffect.SETTINGS_ONLY;
    }

    private String describe(Dockerfile file, Instruction i) {
        if (!i.isKnown()) {
            return fill("unknown", Map.of("keyword", i.keyword()));
        }
        List<Word> words = i.words();
        String all = shown(i.arguments().text());
        return switch (i.name()) {
            case "FROM" -> from(file, i);
            case "RUN" -> run(i);
            case "COPY", "ADD" -> copy(file, i);
            case "ENV", "ARG", "LABEL" -> {
                List<String> names = i.declaredNames();
                yield fill(i.name(), Map.of("names", String.join(", ", names), "s", plural(names.size())));
            }
            case "EXPOSE" -> fill("EXPOSE", Map.of("ports", joined(words), "s", plural(words.size())));
            case "WORKDIR" -> fill("WORKDIR", Map.of("path", all));
            case "USER" -> fill("USER", Map.of("user", all));
            case "CMD" -> fill(hasEntrypoint(file, i) ? "CMD.arguments" : "CMD", Map.of("command", command(i)));
            case "ENTRYPOINT", "SHELL" -> fill(i.name(), Map.of("command", command(i)));
            case "VOLUME" -> fill("VOLUME", Map.of("paths", joined(words), "s", plural(words.size())));
            case "HEALTHCHECK" -> healthcheck(i);
            case "STOPSIGNAL" -> fill("STOPSIGNAL", Map.of("signal", all));
            case "ONBUILD" -> fill("ONBUILD", Map.of("command", all));
            case "MAINTAINER" -> fill("MAINTAINER", Map.of("author", all));
            default -> catalog.summary(i.name());
        };
    }

    private String from(Dockerfile file, Instruction i) {
        Stage stage = file.stageOf(i).orElse(null);
        if (stage == null) {
            return catalog.summary("FROM");
        }
        String stageName = stage.name() != null ? fill("stage.named", Map.of("name", stage.name()))
                : file.stages().size() > 1 ? fill("stage.numbered", Map.of("number", String.valueOf(stage.index() + 1)))
                : text.getProperty("stage.only");
        String image = stage.image();
        boolean earlierStage = file.stages().stream()
                .anyMatch(s -> s.index() < stage.index() && s.isNamed(image));
        String key = image.equalsIgnoreCase("scratch") ? "FROM.scratch" : earlierStage ? "FROM.stage" : "FROM";
        return fill(key, Map.of("stage", stageName, "image", image));
    }

    private String run(Instruction i) {
        if (i.isJsonForm() && !i.jsonArguments().isEmpty()) {
            return fill("RUN.json", Map.of("program", shown(String.join(" ", i.jsonArguments()))));
        }
        if (!i.heredocs().isEmpty() && i.arguments().text().startsWith("<<")) {
            return text.getProperty("RUN.heredoc");
        }
        return fill("RUN", Map.of("command", shown(i.arguments().text())));
    }

    private String copy(Dockerfile file, Instruction i) {
        List<Word> words = i.words();
        if (words.size() < 2) {
            return catalog.summary(i.name());
        }
        String sources = joined(words.subList(0, words.size() - 1));
        String dest = words.getLast().value();
        Optional<Flag> from = i.flag("from");
        if (i.is("COPY") && from.isPresent() && from.get().hasValue()) {
            String name = from.get().value();
            boolean stage = file.stages().stream().anyMatch(s -> s.isNamed(name))
                    || name.chars().allMatch(Character::isDigit);
            String source = (stage ? "the stage " : "the image ") + name;
            return fill("COPY.from", Map.of("sources", sources, "from", source, "dest", dest));
        }
        return fill(i.name(), Map.of("sources", sources, "dest", dest));
    }

    private String healthcheck(Instruction i) {
        List<Word> words = i.words();
        if (!words.isEmpty() && words.getFirst().value().equalsIgnoreCase("NONE")) {
            return text.getProperty("HEALTHCHECK.none");
        }
        String args = i.arguments().text();
        int cmd = words.isEmpty() ? 0 : words.getFirst().end();
        return fill("HEALTHCHECK", Map.of("command", shown(args.substring(Math.min(cmd, args.length())).strip())));
    }

    private static boolean hasEntrypoint(Dockerfile file, Instruction cmd) {
        return file.stageOf(cmd).map(s -> !s.all("ENTRYPOINT").isEmpty()).orElse(false);
    }

    private static String command(Instruction i) {
        return shown(i.isJsonForm() ? String.join(" ", i.jsonArguments()) : i.arguments().text());
    }

    private static boolean isScratch(Instruction from) {
        return !from.words().isEmpty() && from.words().getFirst().value().equalsIgnoreCase("scratch");
    }

    private static String joined(List<Word> words) {
        return shown(words.stream().map(Word::value).collect(Collectors.joining(", ")));
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }

    /** Whitespace collapsed and long text cut, so a sentence stays readable. */
    private static String shown(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= MAX_SHOWN ? one : one.substring(0, MAX_SHOWN - 1) + "…";
    }

    private Explanation none(int line, String sentence) {
        return new Explanation(line, sentence, LayerEffect.NONE, Optional.empty());
    }

    /** The sentence {@code key} with its {@code {placeholders}} filled in. */
    private String fill(String key, Map<String, String> values) {
        String template = text.getProperty(key, key);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
