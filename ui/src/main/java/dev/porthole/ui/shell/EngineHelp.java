package dev.porthole.ui.shell;

import java.util.List;
import java.util.Locale;

/** How to start a container engine on each operating system, as the no-engine pane lists it. */
public final class EngineHelp {

    /**
     * One way to get an engine going.
     *
     * @param text    what to do
     * @param command a command to type, or null
     */
    public record Step(String text, String command) {
    }

    private EngineHelp() {
    }

    /** The steps for the OS named like {@code System.getProperty("os.name")}. */
    public static List<Step> forOs(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return List.of(
                    new Step("Start Docker Desktop from Applications, and wait for it to say it is running", null),
                    new Step("or start Colima", "colima start"),
                    new Step("or start OrbStack or Rancher Desktop", null),
                    new Step("or start a Podman machine", "podman machine start"));
        }
        if (os.startsWith("windows")) {
            return List.of(
                    new Step("Start Docker Desktop from the Start menu, and wait for it to say it is running", null),
                    new Step("or start Podman Desktop, or its machine", "podman machine start"));
        }
        return List.of(
                new Step("Start the Docker service", "sudo systemctl start docker"),
                new Step("or run the daemon by hand", "sudo dockerd"),
                new Step("or start Podman's Docker-compatible socket for your user",
                        "systemctl --user start podman.socket"),
                new Step("Using the docker group? Your user must be in it to open /var/run/docker.sock",
                        "sudo usermod -aG docker $USER"));
    }
}
