package org.citizenhub.mailbox.attachment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citizenhub.mailbox.MailboxApi;

/** Uploads and downloads as a portal sends them: multipart/form-data with part {@code file}, raw bytes back. */
final class AttachmentApi {

    record Download(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        MailboxApi.Response asText() {
            return new MailboxApi.Response(status, headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    AttachmentApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** One file in part {@code file}, with the name and Content-Type the client claims. */
    MailboxApi.Response upload(String bearer, String filename, String declaredType, byte[] content) {
        return upload(bearer, filename, declaredType, content, false);
    }

    /**
     * As {@link #upload(String, String, String, byte[])}; {@code chunked} sends the body without Content-Length, as
     * a client streaming a file does.
     */
    MailboxApi.Response upload(String bearer, String filename, String declaredType, byte[] content, boolean chunked) {
        String boundary = "----hub" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(base + "/attachments")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(chunked
                        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.toByteArray()))
                        : HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return send(request.build()).asText();
    }

    Download download(String id, String bearer) {
        var request = HttpRequest.newBuilder(URI.create(base + "/attachments/" + id)).timeout(Duration.ofSeconds(30))
                .GET();
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return send(request.build());
    }

    private Download send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
