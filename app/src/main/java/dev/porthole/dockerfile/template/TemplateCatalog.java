package dev.porthole.dockerfile.template;

import dev.porthole.dockerfile.BundledText;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** The templates and snippets shipped with Porthole, listed in their {@code catalog.properties}. */
public final class TemplateCatalog {

    private static final String TEMPLATES = "/dev/porthole/dockerfile/templates/";
    private static final String SNIPPETS = "/dev/porthole/dockerfile/snippets/";

    private final List<Template> templates;
    private final List<Snippet> snippets;

    private TemplateCatalog(List<Template> templates, List<Snippet> snippets) {
        this.templates = List.copyOf(templates);
        this.snippets = List.copyOf(snippets);
    }

    /** Reads the shipped catalog. */
    public static TemplateCatalog load() {
        Properties t = BundledText.properties(TEMPLATES + "catalog.properties");
        List<Template> templates = list(t, "templates").stream().map(id -> new Template(id,
                t.getProperty(id + ".title", id), t.getProperty(id + ".description", ""),
                list(t, id + ".files"), "static-busybox".equals(t.getProperty(id + ".needs")))).toList();
        Properties s = BundledText.properties(SNIPPETS + "catalog.properties");
        List<Snippet> snippets = list(s, "snippets").stream().map(id -> new Snippet(id,
                s.getProperty(id + ".title", id), s.getProperty(id + ".description", ""),
                BundledText.read(SNIPPETS + s.getProperty(id + ".file")), s.getProperty(id + ".target",
                        "Dockerfile"))).toList();
        return new TemplateCatalog(templates, snippets);
    }

    /** The templates, in gallery order. */
    public List<Template> templates() {
        return templates;
    }

    /** The template with this id. */
    public Optional<Template> template(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The text of one of a template's files. */
    public String content(Template template, String file) {
        if (!template.files().contains(file)) {
            throw new IllegalArgumentException(template.id() + " has no file " + file);
        }
        return BundledText.read(TEMPLATES + template.id() + "/" + file);
    }

    /** The template's Dockerfile. */
    public String dockerfile(Template template) {
        return content(template, "Dockerfile");
    }

    /** The snippets, in menu order. */
    public List<Snippet> snippets() {
        return snippets;
    }

    /** The snippet with this id. */
    public Optional<Snippet> snippet(String id) {
        return snippets.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static List<String> list(Properties p, String key) {
        String value = p.getProperty(key, "");
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }
}
