package dev.porthole.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.porthole.model.ImageName;
import dev.porthole.model.RegistryCredential;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Asks a registry's tag list (GET /v2/NAME/tags/list) to tell "no such repository" from "no such tag": the engine
 * reports both as "manifest unknown". A best effort from this machine: null when the registry does not answer here.
 */
final class RegistryTags {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** The registry's answer: whether the repository exists, and its tags (sorted) when it does. */
    record Answer(boolean repositoryExists, List<String> tags) {
    }

    private RegistryTags() {
    }

    static Answer ask(ImageName name, RegistryCredential auth) {
        if (name.registry().isEmpty()) {
            return null;
        }
        String path = name.repository().substring(name.registry().length() + 1);
        String host = name.registry();
        // the engine allows plain HTTP only for loopback registries (unless configured): try those over HTTP
        boolean loopback = host.startsWith("127.") || host.startsWith("localhost") || host.startsWith("[::1]");
        URI uri = URI.create((loopback ? "http://" : "https://") + host + "/v2/" + path + "/tags/list");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5));
        if (auth != null && !auth.identityToken()) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (auth.username() + ":" + auth.secret()).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404 && response.body().contains("NAME_UNKNOWN")) {
                return new Answer(false, List.of());
            }
            if (response.statusCode() != 200) {
                return null;
            }
            JsonNode tags = DockerMapping.JSON.readTree(response.body()).path("tags");
            List<String> out = new ArrayList<>();
            tags.forEach(t -> out.add(t.asText()));
            out.sort(null);
            return new Answer(true, out);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
