package dev.porthole.dockerfile.lint;

/**
 * The lint rules Porthole knows, with their ids and severities. Ids follow hadolint where it has the rule and
 * Docker's own build checks otherwise.
 */
public enum Rule {
    SYNTAX("syntax", Severity.ERROR, "The builder cannot read the instruction"),
    DL3000("DL3000", Severity.ERROR, "Use an absolute WORKDIR"),
    DL3002("DL3002", Severity.WARNING, "The last USER should not be root"),
    DL3003("DL3003", Severity.WARNING, "Use WORKDIR to switch folders, not cd"),
    DL3004("DL3004", Severity.ERROR, "Do not use sudo"),
    DL3006("DL3006", Severity.WARNING, "Tag the base image explicitly"),
    DL3007("DL3007", Severity.WARNING, "Do not build on the latest tag"),
    DL3008("DL3008", Severity.WARNING, "Pin versions in apt-get install"),
    DL3009("DL3009", Severity.INFO, "Delete the apt-get lists after installing"),
    DL3011("DL3011", Severity.ERROR, "Ports range from 0 to 65535"),
    DL3013("DL3013", Severity.WARNING, "Pin versions in pip install"),
    DL3014("DL3014", Severity.WARNING, "Use apt-get install -y"),
    DL3015("DL3015", Severity.INFO, "Use --no-install-recommends"),
    DL3020("DL3020", Severity.ERROR, "Use COPY, not ADD, for files and folders"),
    DL3022("DL3022", Severity.WARNING, "COPY --from should name an earlier stage"),
    DL3024("DL3024", Severity.ERROR, "Stage names must be unique"),
    DL3025("DL3025", Severity.WARNING, "Use JSON form for CMD and ENTRYPOINT"),
    DL3027("DL3027", Severity.WARNING, "Use apt-get or apt-cache, not apt"),
    DL3042("DL3042", Severity.WARNING, "Use pip install --no-cache-dir"),
    DL3045("DL3045", Severity.WARNING, "COPY to a relative path needs a WORKDIR"),
    DL3059("DL3059", Severity.INFO, "Consolidate consecutive RUN instructions"),
    DL4000("DL4000", Severity.ERROR, "MAINTAINER is deprecated"),
    DL4003("DL4003", Severity.WARNING, "Only one CMD per stage takes effect"),
    DL4004("DL4004", Severity.ERROR, "Only one ENTRYPOINT per stage takes effect"),
    DL4006("DL4006", Severity.WARNING, "Set -o pipefail before piping in RUN"),
    FROM_AS_CASING("FromAsCasing", Severity.WARNING, "FROM and AS should share their case"),
    STAGE_NAME_CASING("StageNameCasing", Severity.WARNING, "Stage names should be lower case"),
    LEGACY_KEY_VALUE_FORMAT("LegacyKeyValueFormat", Severity.WARNING, "Use key=value in ENV and LABEL"),
    SECRETS_USED_IN_ARG_OR_ENV("SecretsUsedInArgOrEnv", Severity.WARNING, "Do not pass secrets with ARG or ENV"),
    CONSISTENT_INSTRUCTION_CASING("ConsistentInstructionCasing", Severity.WARNING,
            "Write instruction keywords in one case");

    private final String id;
    private final Severity severity;
    private final String title;

    Rule(String id, Severity severity, String title) {
        this.id = id;
        this.severity = severity;
        this.title = title;
    }

    /** The id in findings and ignore comments: {@code DL3008}, {@code FromAsCasing}, {@code syntax}. */
    public String id() {
        return id;
    }

    /** How serious its findings are. */
    public Severity severity() {
        return severity;
    }

    /** A few words on what it asks for, for lists of rules. */
    public String title() {
        return title;
    }
}
