package dev.porthole.engine.docker;

import dev.porthole.model.DiskUsage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Disk usage from a /system/df answer, reckoned as docker system df does. */
class DiskUsageMathTest {

    private static final String DF = """
            {"LayersSize": 1000,
             "Images": [
               {"Id": "a", "Size": 600, "SharedSize": 200, "Containers": 1},
               {"Id": "b", "Size": 300, "SharedSize": 200, "Containers": 0}],
             "Containers": [
               {"Id": "c1", "SizeRw": 50, "State": "running"},
               {"Id": "c2", "SizeRw": 70, "State": "exited"}],
             "Volumes": [
               {"Name": "v1", "UsageData": {"Size": 400, "RefCount": 1}},
               {"Name": "v2", "UsageData": {"Size": 100, "RefCount": 0}},
               {"Name": "v3", "UsageData": {"Size": -1, "RefCount": 0}}],
             "BuildCache": [
               {"ID": "b1", "Size": 30, "InUse": false, "Shared": false},
               {"ID": "b2", "Size": 20, "InUse": true, "Shared": false},
               {"ID": "b3", "Size": 99, "InUse": false, "Shared": true}]}
            """;

    @Test
    void reclaimableIsWhatUnusedObjectsHoldAndSharedLayersCountOnce() {
        DiskUsage u = DockerSystem.diskUsage(DockerMapping.parse(DF));

        assertThat(u.images()).isEqualTo(new DiskUsage.Usage(2, 1, 1000, 600)); // a pins 600-200 of its own
        assertThat(u.containers()).isEqualTo(new DiskUsage.Usage(2, 1, 120, 70));
        assertThat(u.volumes()).isEqualTo(new DiskUsage.Usage(3, 1, 500, 100)); // unknown size counts as 0
        assertThat(u.buildCache()).isEqualTo(new DiskUsage.Usage(3, 1, 50, 30)); // shared records not counted
        assertThat(u.totalSize()).isEqualTo(1670);
        assertThat(u.totalReclaimable()).isEqualTo(800);
    }

    @Test
    void anEmptyAnswerIsAllZero() {
        DiskUsage u = DockerSystem.diskUsage(DockerMapping.parse("{}"));
        assertThat(u.totalSize()).isZero();
        assertThat(u.images().count()).isZero();
    }
}
