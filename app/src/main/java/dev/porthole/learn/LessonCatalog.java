package dev.porthole.learn;

import dev.porthole.dockerfile.BundledText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lessons shipped with Porthole, read from Markdown files under {@code /dev/porthole/learn/} in the order
 * {@code lessons.properties} lists them. The file format is described in {@code FORMAT.md} next to them:
 * {@code # Title}, a {@code <!-- lesson id=… minutes=… needs=engine -->} line, the introduction, then one
 * {@code ## Step title} heading per step, each followed by a {@code <!-- step id=… action=… check=… -->} line.
 */
public final class LessonCatalog {

    private static final String FOLDER = "/dev/porthole/learn/";
    private static final Pattern META = Pattern.compile("^<!--\\s*(lesson|step)\\s+(.*?)\\s*-->\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z]+)=(\\S+)");

    private final List<Lesson> lessons;

    private LessonCatalog(List<Lesson> lessons) {
        this.lessons = List.copyOf(lessons);
    }

    /** Reads the shipped lessons; a malformed file is a packaging bug and fails loudly. */
    public static LessonCatalog load() {
        String list = BundledText.properties(FOLDER + "lessons.properties").getProperty("lessons", "");
        List<Lesson> lessons = new ArrayList<>();
        for (String file : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            lessons.add(parse(file, BundledText.read(FOLDER + file)));
        }
        return of(lessons);
    }

    /** A catalog of these lessons; ids must be unique. */
    public static LessonCatalog of(List<Lesson> lessons) {
        Set<String> ids = new HashSet<>();
        for (Lesson l : lessons) {
            if (!ids.add(l.id())) {
                throw new IllegalArgumentException("Two lessons have the id " + l.id());
            }
        }
        return new LessonCatalog(lessons);
    }

    /** The lessons, in order. */
    public List<Lesson> lessons() {
        return lessons;
    }

    /** The lesson with this id. */
    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** Parses one lesson file; {@code source} names it in error messages. */
    public static Lesson parse(String source, String text) {
        String title = null;
        Map<String, String> lessonMeta = null;
        StringBuilder intro = new StringBuilder();
        List<Step> steps = new ArrayList<>();
        String stepTitle = null;
        Map<String, String> stepMeta = null;
        StringBuilder body = new StringBuilder();
        boolean inFence = false;
        int lineNo = 0;
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            lineNo++;
            if (line.startsWith("```")) {
                inFence = !inFence;
            }
            Matcher meta = inFence ? null : META.matcher(line.strip());
            if (!inFence && title == null && line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (meta != null && meta.matches() && meta.group(1).equals("lesson")) {
                lessonMeta = attributes(source, lineNo, meta.group(2));
            } else if (!inFence && line.startsWith("## ")) {
                if (stepTitle != null) {
                    steps.add(step(source, lineNo, stepTitle, stepMeta, body));
                }
                stepTitle = line.substring(3).strip();
                stepMeta = null;
                body = new StringBuilder();
            } else if (meta != null && meta.matches() && meta.group(1).equals("step")) {
                if (stepTitle == null || stepMeta != null) {
                    throw new IllegalArgumentException(source + ":" + lineNo
                            + ": a step line must follow its own ## heading");
                }
                stepMeta = attributes(source, lineNo, meta.group(2));
            } else {
                (stepTitle == null ? intro : body).append(line).append('\n');
            }
        }
        if (inFence) {
            throw new IllegalArgumentException(source + ": a ``` code block is not closed");
        }
        if (stepTitle != null) {
            steps.add(step(source, lineNo, stepTitle, stepMeta, body));
        }
        if (title == null || lessonMeta == null || !lessonMeta.containsKey("id")) {
            throw new IllegalArgumentException(source + ": needs a '# Title' line and a '<!-- lesson id=… -->' line");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(source + ": has no '## ' step");
        }
        Set<String> stepIds = new HashSet<>();
        for (Step s : steps) {
            if (!stepIds.add(s.id())) {
                throw new IllegalArgumentException(source + ": two steps have the id " + s.id());
            }
        }
        int minutes;
        try {
            minutes = Integer.parseInt(lessonMeta.getOrDefault("minutes", "0"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": minutes must be a whole number", e);
        }
        return new Lesson(lessonMeta.get("id"), title, minutes, "engine".equals(lessonMeta.get("needs")),
                intro.toString().strip(), steps);
    }

    private static Step step(String source, int lineNo, String title, Map<String, String> meta, StringBuilder body) {
        if (meta == null || !meta.containsKey("id")) {
            throw new IllegalArgumentException(source + ": the step '" + title + "' (before line " + lineNo
                    + ") needs a '<!-- step id=… -->' line under its heading");
        }
        String check = meta.get("check");
        if (check != null && !StepChecks.KNOWN.contains(check)) {
            throw new IllegalArgumentException(source + ": the step '" + title + "' names an unknown check '"
                    + check + "'; known: " + StepChecks.KNOWN);
        }
        return new Step(meta.get("id"), title, body.toString().strip(), meta.get("action"), check);
    }

    private static Map<String, String> attributes(String source, int lineNo, String text) {
        Map<String, String> map = new HashMap<>();
        for (String token : text.strip().split("\\s+")) {
            Matcher m = ATTRIBUTE.matcher(token);
            if (!m.matches()) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": expected key=value, found '" + token + "'");
            }
            map.put(m.group(1), m.group(2));
        }
        return map;
    }
}
