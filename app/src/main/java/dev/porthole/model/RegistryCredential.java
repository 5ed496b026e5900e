package dev.porthole.model;

import java.util.Objects;

/**
 * A user name and secret for one registry. The secret never appears in {@link #toString()}.
 *
 * @param registry the registry's address as config.json keys it (127.0.0.1:5000, registry.example.com)
 * @param username the user name, or "&lt;token&gt;" when {@code secret} is an identity token
 * @param secret   the password or token
 */
public record RegistryCredential(String registry, String username, String secret) {

    /** The user name docker credential helpers use to mark an identity token. */
    public static final String TOKEN_USER = "<token>";

    public RegistryCredential {
        Objects.requireNonNull(registry, "registry");
        username = username == null ? "" : username;
        secret = secret == null ? "" : secret;
    }

    /** Whether the secret is an identity token rather than a password. */
    public boolean identityToken() {
        return TOKEN_USER.equals(username);
    }

    @Override
    public String toString() {
        return "RegistryCredential[registry=" + registry + ", username=" + username + ", secret=***]";
    }
}
