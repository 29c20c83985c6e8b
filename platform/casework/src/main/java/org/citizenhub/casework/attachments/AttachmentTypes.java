package org.citizenhub.casework.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Which files may be attached, decided by their content alone: Apache Tika's magic-byte detection, never the
 * client's Content-Type or the file name (a name hint would let Tika turn any zip named {@code .docx} into a Word
 * document). Office Open XML documents are zip packages: they are recognized by the parts inside
 * ({@code [Content_Types].xml} and {@code word/document.xml} or {@code xl/workbook.xml}, no macros), read from the
 * zip's central directory without inflating anything.
 */
public final class AttachmentTypes {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * Every type that may be allowed, and the default: photos, PDF scans, Word and Excel documents. Nothing else can
     * be configured ({@link AttachmentProperties} refuses it): SVG and HTML carry script, zips and macro documents
     * hide content, executables run.
     */
    public static final Set<String> SUPPORTED = Set.of(JPEG, PNG, WEBP, PDF, DOCX, XLSX);
    static final Set<String> DEFAULT_ALLOWED = SUPPORTED;

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final MediaType ZIP = MediaType.application("zip");

    private final Set<String> allowed;

    AttachmentTypes(Collection<String> allowed) {
        this.allowed = allowed.stream().map(AttachmentTypes::normalized).collect(Collectors.toUnmodifiableSet());
    }

    static String normalized(String type) {
        return type.strip().toLowerCase(Locale.ROOT);
    }

    /** The sniffed type if it is an allowed one; empty for anything else (executables, HTML, SVG, plain zips...). */
    Optional<String> allowedType(byte[] content) {
        String type = sniff(content);
        return allowed.contains(type) ? Optional.of(type) : Optional.empty();
    }

    /** The media type the content really has (base type, no parameters), whatever it is called. */
    static String sniff(byte[] content) {
        MediaType detected;
        try {
            detected = TIKA.detect(new ByteArrayInputStream(content), new Metadata()).getBaseType();
        } catch (IOException impossibleInMemory) {
            throw new UncheckedIOException(impossibleInMemory);
        }
        if (detected.equals(ZIP) || TIKA.getMediaTypeRegistry().isSpecializationOf(detected, ZIP)) {
            return officeDocument(content).orElse(detected.toString());
        }
        return detected.toString();
    }

    /** DOCX or XLSX if the zip package has the parts that make one, and no macros. */
    private static Optional<String> officeDocument(byte[] zip) {
        Optional<Set<String>> names = ZipEntryNames.of(zip);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Set<String> parts = names.get();
        boolean macros = parts.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
        if (macros || !parts.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (parts.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (parts.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }
}
