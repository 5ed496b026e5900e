package dev.porthole.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.TopContainerResponse;
import dev.porthole.model.ProcessList;

import java.util.Arrays;
import java.util.List;

/** The engine's top of a container as a {@link ProcessList}. */
final class DockerProcesses {

    private DockerProcesses() {
    }

    /** Asks the engine for the container's processes (ps -ef columns on Docker). */
    static ProcessList top(DockerClient docker, String containerId) {
        TopContainerResponse top = docker.topContainerCmd(containerId).exec();
        List<String> titles = top.getTitles() == null ? List.of() : List.of(top.getTitles());
        List<List<String>> rows = top.getProcesses() == null ? List.of()
                : Arrays.stream(top.getProcesses()).map(List::of).toList();
        return new ProcessList(titles, rows);
    }
}
