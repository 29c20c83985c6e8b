package org.citizenhub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the start-up cache of a build lives, when it counts as trained, and what a failed training leaves. */
class AotCacheTest {

    @TempDir
    Path work;

    @Test
    void each_build_of_a_jar_has_its_own_directory_named_by_its_content() throws Exception {
        Path jar = Files.writeString(work.resolve("mailbox-service-0.1.0-SNAPSHOT.jar"), "build 1");
        AotCache first = AotCache.of(work, "mailbox-service", jar);
        AotCache same = AotCache.of(work, "mailbox-service", jar);
        Files.writeString(jar, "build 2");
        AotCache rebuilt = AotCache.of(work, "mailbox-service", jar);

        assertThat(same.cacheFile()).isEqualTo(first.cacheFile());
        assertThat(rebuilt.cacheFile()).isNotEqualTo(first.cacheFile());
        assertThat(first.jar().getFileName().toString()).isEqualTo("mailbox-service-0.1.0-SNAPSHOT.jar");
        assertThat(first.cacheFile()).startsWithRaw(work.resolve("aot").resolve("mailbox-service"));
    }

    @Test
    void it_is_used_only_once_both_the_extracted_jar_and_the_cache_exist() throws Exception {
        Path jar = Files.writeString(work.resolve("gateway-0.1.0-SNAPSHOT.jar"), "build 1");
        AotCache cache = AotCache.of(work, "gateway", jar);
        assertThat(cache.isTrained()).isFalse();
        assertThat(cache.jvmOption()).isEmpty();

        Files.createDirectories(cache.jar().getParent());
        Files.writeString(cache.jar(), "extracted");
        assertThat(cache.isTrained()).isFalse();

        Files.writeString(cache.cacheFile(), "cache");
        assertThat(cache.isTrained()).isTrue();
        assertThat(cache.jvmOption()).contains("-XX:AOTCache=" + cache.cacheFile());
    }

    @Test
    void a_training_that_fails_reports_it_and_removes_the_caches_of_older_builds() throws Exception {
        Path jar = Files.writeString(work.resolve("identity-0.1.0-SNAPSHOT.jar"), "build 1");
        AotCache old = AotCache.of(work, "identity", jar);
        Files.createDirectories(old.jar().getParent());
        Files.writeString(old.cacheFile(), "cache of build 1");
        Files.writeString(jar, "build 2, not an executable jar");
        AotCache current = AotCache.of(work, "identity", jar);
        Path log = work.resolve("identity-aot-training.log");

        boolean trained = current.train(ServiceProcess.java(), ServiceProcess.jvmOptions(), List.of(), Map.of(), log);

        assertThat(trained).isFalse();
        assertThat(current.isTrained()).isFalse();
        assertThat(old.cacheFile()).doesNotExist();
        assertThat(log).exists();
    }
}
