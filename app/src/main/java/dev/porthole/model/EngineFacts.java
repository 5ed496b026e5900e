package dev.porthole.model;

/**
 * Facts and counts for the dashboard.
 *
 * @param info              name, version, API version, OS, arch, endpoint
 * @param host              the engine host's name
 * @param kernel            kernel version
 * @param cpus              CPUs the engine sees
 * @param memory            memory the engine sees, bytes
 * @param storageDriver     overlay2, vfs…
 * @param rootDir           the engine's data folder
 * @param running           running containers
 * @param paused            paused containers
 * @param stopped           stopped containers
 * @param images            images
 * @param volumes           volumes
 * @param networks          networks
 */
public record EngineFacts(EngineInfo info, String host, String kernel, int cpus, long memory, String storageDriver,
                          String rootDir, int running, int paused, int stopped, int images, int volumes,
                          int networks) {
}
