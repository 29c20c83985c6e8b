package org.citizenhub.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;

/** A service of the hub as the local runner starts it (ports from the module contract). */
public record HubService(String name, String module, int port, String database, String gatewayKey, String envUrlName) {

    /** The one list of the hub's services the runner starts; the bench and its CPU meter read it too. */
    public static final List<HubService> ALL = List.of(
            new HubService("identity", "identity", 8101, "identity", "identity", "HUB_IDENTITY_URL"),
            new HubService("mailbox-service", "mailbox-service", 8102, "mailbox", "mailbox", "HUB_MAILBOX_URL"),
            new HubService("consultation-service", "consultation-service", 8103, "consultation", "consultation", "HUB_CONSULTATION_URL"),
            new HubService("survey-service", "survey-service", 8104, "survey", "survey", "HUB_SURVEY_URL"),
            new HubService("service-hall", "service-hall", 8105, "servicehall", "service-hall", "HUB_SERVICE_HALL_URL"),
            new HubService("supervision", "supervision", 8106, "supervision", "supervision", "HUB_SUPERVISION_URL"),
            new HubService("gateway", "gateway", 8080, null, null, null));

    static final int GATEWAY_ADMIN_PORT = 8090;

    public boolean isGateway() {
        return name.equals("gateway");
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The built, executable (Spring Boot repackaged) jar of this module, if there is one. */
    Optional<Path> jar(Path root) {
        Path target = root.resolve(module).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, module + "-*.jar")) {
            for (Path jar : jars) {
                String file = jar.getFileName().toString();
                if (file.endsWith("-plain.jar") || file.endsWith("-sources.jar") || file.endsWith("-tests.jar")
                        || file.endsWith("-javadoc.jar")) {
                    continue;
                }
                if (isBootJar(jar)) {
                    candidates.add(jar);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return candidates.stream().max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()));
    }

    private static boolean isBootJar(Path jar) {
        try (JarFile jf = new JarFile(jar.toFile())) {
            return jf.getManifest() != null && jf.getManifest().getMainAttributes().getValue("Start-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Spring arguments for this service. */
    List<String> arguments(Map<String, String> infra) {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--server.address=127.0.0.1");
        args.add("--spring.kafka.bootstrap-servers=" + infra.get("HUB_KAFKA"));
        args.add("--spring.data.redis.host=" + infra.get("HUB_REDIS_HOST"));
        args.add("--spring.data.redis.port=" + infra.get("HUB_REDIS_PORT"));
        args.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + infra.get("HUB_ISSUER"));
        if (database != null) {
            args.add("--spring.datasource.url=" + infra.get("HUB_DB_URL_BASE") + database);
            args.add("--spring.datasource.username=hub");
            args.add("--spring.datasource.password=hub");
        }
        if (isGateway()) {
            args.add("--hub.gateway.admin.port=" + GATEWAY_ADMIN_PORT);
            args.add("--hub.gateway.admin.address=127.0.0.1");
            for (HubService s : ALL) {
                if (s.gatewayKey != null) {
                    args.add("--hub.services." + s.gatewayKey + ".url=" + s.url());
                }
            }
        }
        return args;
    }

    /** Environment for this service (the HUB_* variables the services' application.yml read). */
    Map<String, String> environment(Map<String, String> infra) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("HUB_KAFKA", infra.get("HUB_KAFKA"));
        env.put("HUB_REDIS_HOST", infra.get("HUB_REDIS_HOST"));
        env.put("HUB_REDIS_PORT", infra.get("HUB_REDIS_PORT"));
        env.put("HUB_ISSUER", infra.get("HUB_ISSUER"));
        env.put("HUB_BIND_ADDRESS", "127.0.0.1");
        env.put("SPRING_PROFILES_ACTIVE", "local");
        env.put("TZ", "Asia/Shanghai");
        if (database != null) {
            env.put("HUB_DB_URL", infra.get("HUB_DB_URL_BASE") + database);
            env.put("HUB_DB_USER", "hub");
            env.put("HUB_DB_PASSWORD", "hub");
        }
        if (isGateway()) {
            env.put("HUB_GATEWAY_PORT", Integer.toString(port));
            env.put("HUB_GATEWAY_ADMIN_PORT", Integer.toString(GATEWAY_ADMIN_PORT));
            for (HubService s : ALL) {
                if (s.envUrlName != null) {
                    env.put(s.envUrlName, s.url());
                }
            }
        } else {
            env.put("PORT", Integer.toString(port));
        }
        return env;
    }

    /** Readiness URLs to try (the gateway may serve actuator on its public or its admin port). */
    List<String> readinessUrls() {
        List<String> urls = new ArrayList<>(List.of(url() + "/actuator/health/readiness"));
        if (isGateway()) {
            urls.add("http://127.0.0.1:" + GATEWAY_ADMIN_PORT + "/actuator/health/readiness");
        }
        return urls;
    }
}
