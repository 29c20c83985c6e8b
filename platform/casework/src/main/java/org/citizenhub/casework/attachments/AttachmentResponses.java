package org.citizenhub.casework.attachments;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an attachment is served, to its owner or to staff: always as a download, with the sniffed type, and
 * so that nothing in it can run in the portal's origin even if a browser renders it.
 */
public final class AttachmentResponses {

    /** No scripts, plugins, forms or same-origin access even when a browser displays the file. */
    public static final String CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";

    private AttachmentResponses() {
    }

    public static ResponseEntity<byte[]> download(StoredAttachment attachment) {
        AttachmentInfo info = attachment.info();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(info.contentType()))
                .contentLength(attachment.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(info.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Cross-Origin-Resource-Policy", "same-origin")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(attachment.content());
    }

    /**
     * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name>} (RFC 6266, RFC 8187).
     */
    static String contentDisposition(String filename) {
        return "attachment; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + percentEncoded(filename);
    }

    private static String asciiFallback(String filename) {
        StringBuilder fallback = new StringBuilder(filename.length());
        filename.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return fallback.toString();
    }

    private static String percentEncoded(String filename) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
