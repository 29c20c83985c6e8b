package org.citizenhub.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * JDK 25's ahead-of-time cache (JEP 483, 514, 515) for one service jar: the classes of a training run loaded and
 * linked, so that the next start reads them from one mapped file instead of finding, parsing and verifying thousands
 * of classes again (Spring's documented recipe: extract the jar, one training run that stops right after the context
 * refresh with {@code -Dspring.context.exit=onRefresh}, then run with {@code -XX:AOTCache}).
 *
 * <p>Lives under {@code <work>/aot/<service>/<sha-256 of the jar>/}: the extracted jar ({@code java -Djarmode=tools
 * extract}, because the JVM can only cache classes from plain jars on the class path, not from jars nested in the
 * executable jar) and {@code app.aot}. A rebuilt jar has another digest, so it is extracted and trained again on the
 * next start, and older directories of that service are removed. The training run happens at start-up when the cache
 * is missing, with the same JVM options and arguments as the real start (it connects to the same servers and runs the
 * migrations the real start would run). A cache the JVM cannot use is ignored by the JVM with a warning: the service
 * still starts, only more slowly.
 */
final class AotCache {

    static final String CACHE_FILE = "app.aot";
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(3);

    private final Path sourceJar;
    private final Path directory;
    private final Path extractedJar;

    private AotCache(Path sourceJar, Path directory) {
        this.sourceJar = sourceJar;
        this.directory = directory;
        this.extractedJar = directory.resolve(sourceJar.getFileName());
    }

    /** The cache directory of this build of the jar (it may not be trained yet). */
    static AotCache of(Path work, String service, Path jar) {
        Path directory = work.resolve("aot").resolve(service).resolve(sha256(jar).substring(0, 16));
        return new AotCache(jar, directory);
    }

    Path jar() {
        return extractedJar;
    }

    Path cacheFile() {
        return directory.resolve(CACHE_FILE);
    }

    boolean isTrained() {
        return Files.isRegularFile(cacheFile()) && Files.isRegularFile(extractedJar);
    }

    /** The JVM option that uses the cache, if it has been trained. */
    Optional<String> jvmOption() {
        return isTrained() ? Optional.of("-XX:AOTCache=" + cacheFile()) : Optional.empty();
    }

    /**
     * Extracts the jar and runs the training (refresh the context, exit). Returns false, with the reason in
     * {@code log}, if either step fails; the service then starts without a cache.
     *
     * @param jvmOptions the options of the real start (heap, GC: a cache is only used with compatible ones)
     * @param arguments  the service's arguments, as the real start gets them
     */
    boolean train(String java, List<String> jvmOptions, List<String> arguments,
                  Map<String, String> environment, Path log) {
        try {
            removeOtherBuilds();
            if (!Files.isRegularFile(extractedJar)) {
                Files.createDirectories(directory);
                run(List.of(java, "-Djarmode=tools", "-jar", sourceJar.toString(), "extract", "--force",
                        "--destination", directory.toString()), environment, log, Duration.ofMinutes(1));
            }
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(jvmOptions);
            command.add("-XX:AOTCacheOutput=" + cacheFile());
            command.add("-Dspring.context.exit=onRefresh");
            command.addAll(List.of("-jar", extractedJar.toString()));
            command.addAll(arguments);
            return run(command, environment, log, TRAINING_TIMEOUT) && isTrained();
        } catch (IOException e) {
            return false;
        }
    }

    private boolean run(List<String> command, Map<String, String> environment, Path log, Duration timeout)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(environment);
        Process process = pb.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void removeOtherBuilds() throws IOException {
        Path service = directory.getParent();
        if (!Files.isDirectory(service)) {
            return;
        }
        try (DirectoryStream<Path> builds = Files.newDirectoryStream(service)) {
            for (Path build : builds) {
                if (!build.equals(directory)) {
                    deleteTree(build);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
