package dev.porthole.model;

/**
 * Facts about the engine that answered.
 *
 * @param name          the engine's product name ("Docker Engine - Community", "Podman Engine"…)
 * @param version       engine version
 * @param apiVersion    the API version in use (the lower of the engine's and the client's)
 * @param os            operating system
 * @param arch          architecture
 * @param endpoint      the endpoint address (unix:///var/run/docker.sock…)
 */
public record EngineInfo(String name, String version, String apiVersion, String os, String arch,
                         String endpoint) {
}
