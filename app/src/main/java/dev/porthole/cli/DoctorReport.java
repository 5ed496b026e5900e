package dev.porthole.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.porthole.engine.CandidateResult;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.model.EngineInfo;

/**
 * Renders a discovery report for {@code porthole doctor} and the preferences window's engine check, as text for
 * people or JSON for scripts.
 */
public final class DoctorReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DoctorReport() {
    }

    /** The report as JSON: chosen, candidates, reason, problems. */
    public static String json(DiscoveryReport report) {
        ObjectNode root = JSON.createObjectNode();
        if (report.chosen() == null) {
            root.putNull("chosen");
        } else {
            ObjectNode chosen = root.putObject("chosen");
            chosen.put("endpoint", report.chosen().endpoint().host());
            chosen.put("source", report.chosen().endpoint().source());
        }
        ArrayNode candidates = root.putArray("candidates");
        for (CandidateResult result : report.candidates()) {
            EngineInfo info = result.info();
            ObjectNode candidate = candidates.addObject();
            candidate.put("endpoint", result.endpoint().host());
            candidate.put("source", result.endpoint().source());
            candidate.put("reachable", result.reachable());
            candidate.put("engine", info == null ? null : info.name());
            candidate.put("version", info == null ? null : info.version());
            candidate.put("apiVersion", info == null ? null : info.apiVersion());
            candidate.put("error", result.error());
        }
        root.put("reason", report.reason());
        ArrayNode problems = root.putArray("problems");
        report.problems().forEach(problems::add);
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    /** The report as text, one block per candidate. */
    public static String text(DiscoveryReport report) {
        StringBuilder out = new StringBuilder("Engine candidates, in the order considered:\n");
        for (CandidateResult result : report.candidates()) {
            EngineEndpoint endpoint = result.endpoint();
            String status = result.reachable() ? "answered"
                    : result.error() != null && result.error().startsWith("not ") ? "skipped" : "no answer";
            out.append(String.format("  %-11s %s  (from %s)%s%n", "[" + status + "]", endpoint.host(),
                    endpoint.source(), endpoint.tlsVerify() ? ", TLS verified with " + endpoint.certPath() : ""));
            String detail = result.reachable() ? describe(result.info()) : result.error();
            out.append(String.format("  %-11s %s%n", "", detail));
        }
        out.append(String.format("%nConfiguration problems:%n"));
        if (report.problems().isEmpty()) {
            out.append(String.format("  none%n"));
        }
        report.problems().forEach(p -> out.append(String.format("  - %s%n", p)));
        out.append(System.lineSeparator());
        EngineEndpoint chosen = report.chosen() == null ? null : report.chosen().endpoint();
        out.append(chosen == null ? String.format("Chosen: none%n")
                : String.format("Chosen: %s  (from %s)%n", chosen.host(), chosen.source()));
        out.append(String.format("  %s%n", report.reason()));
        return out.toString();
    }

    private static String describe(EngineInfo info) {
        if (info == null) {
            return "(the engine sent no details)";
        }
        return info.name() + " " + info.version() + ", API " + info.apiVersion()
                + (info.os() != null ? ", " + info.os() + "/" + info.arch() : "");
    }
}
