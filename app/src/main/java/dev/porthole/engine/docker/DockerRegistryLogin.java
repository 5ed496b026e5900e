package dev.porthole.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.porthole.engine.EngineException;
import dev.porthole.model.RegistryCredential;

import java.io.IOException;

/**
 * docker login's check: POST /auth makes the engine try the credential against the registry. Raw rather than
 * docker-java's authCmd, which insists on a user name from its own client configuration.
 */
final class DockerRegistryLogin {

    private DockerRegistryLogin() {
    }

    /** Checks {@code credential}; returns the identity token the registry handed out, or null. */
    static String check(DockerConnection connection, RegistryCredential credential) {
        ObjectNode body = DockerMapping.JSON.createObjectNode().put("serveraddress", credential.registry());
        if (credential.identityToken()) {
            body.put("identitytoken", credential.secret());
        } else {
            body.put("username", credential.username()).put("password", credential.secret());
        }
        String answer;
        try {
            answer = connection.exchangeJson("sign in to " + credential.registry(),
                    DockerHttpClient.Request.Method.POST, "/auth", body.toString());
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.UNREACHABLE) {
                throw e; // the engine itself is gone, not the registry
            }
            String raw = e.getCause() != null ? RegistryMessages.rawMessage(e.getCause()) : e.getMessage();
            throw new EngineException(EngineException.Kind.BAD_REQUEST,
                    RegistryMessages.explainLogin(credential.registry(), raw), e.getCause());
        }
        try {
            JsonNode node = DockerMapping.JSON.readTree(answer);
            String token = node.path("IdentityToken").asText("");
            return token.isEmpty() ? null : token;
        } catch (IOException e) {
            return null;
        }
    }
}
