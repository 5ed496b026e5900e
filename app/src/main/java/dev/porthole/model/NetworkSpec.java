package dev.porthole.model;

import java.util.Map;

/**
 * What to create a network with.
 *
 * @param name     its name
 * @param driver   driver (bridge when blank)
 * @param subnet   CIDR subnet, or blank for the engine's choice
 * @param gateway  gateway address, or blank
 * @param internal no route outside
 * @param labels   labels
 */
public record NetworkSpec(String name, String driver, String subnet, String gateway, boolean internal,
                          Map<String, String> labels) {
    public NetworkSpec {
        driver = driver == null || driver.isBlank() ? "bridge" : driver.trim();
        subnet = subnet == null ? "" : subnet.trim();
        gateway = gateway == null ? "" : gateway.trim();
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
