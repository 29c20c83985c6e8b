package org.citizenhub.casework.attachments;

import org.citizenhub.testing.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The type of a file is what its bytes are, whatever it is called or claims to be. */
class AttachmentTypesTest {

    private final AttachmentTypes types = new AttachmentTypes(AttachmentTypes.DEFAULT_ALLOWED);

    static Stream<Arguments> allowedFiles() {
        return Stream.of(
                Arguments.of("a PNG photo", (Supplier<byte[]>) SampleFiles::png, AttachmentTypes.PNG),
                Arguments.of("a JPEG photo", (Supplier<byte[]>) SampleFiles::jpeg, AttachmentTypes.JPEG),
                Arguments.of("a WebP photo", (Supplier<byte[]>) SampleFiles::webp, AttachmentTypes.WEBP),
                Arguments.of("a scanned PDF", (Supplier<byte[]>) SampleFiles::pdf, AttachmentTypes.PDF),
                Arguments.of("a Word document", (Supplier<byte[]>) SampleFiles::docx, AttachmentTypes.DOCX),
                Arguments.of("an Excel workbook", (Supplier<byte[]>) SampleFiles::xlsx, AttachmentTypes.XLSX));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedFiles")
    void photos_scans_and_office_documents_are_recognized_by_their_content(String what, Supplier<byte[]> file,
                                                                           String type) {
        assertThat(types.allowedType(file.get())).as(what).contains(type);
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("a Windows executable (renamed .jpg)", (Supplier<byte[]>) SampleFiles::exe),
                Arguments.of("an SVG image, which can carry script", (Supplier<byte[]>) SampleFiles::svg),
                Arguments.of("an SVG without an XML declaration", (Supplier<byte[]>) SampleFiles::svgWithoutDeclaration),
                Arguments.of("an HTML page", (Supplier<byte[]>) SampleFiles::html),
                Arguments.of("a GIF", (Supplier<byte[]>) SampleFiles::gif),
                Arguments.of("a plain zip (renamed .docx)", (Supplier<byte[]>) SampleFiles::plainZip),
                Arguments.of("a zip with only [Content_Types].xml", (Supplier<byte[]>) SampleFiles::contentTypesOnlyZip),
                Arguments.of("a Word document with macros (renamed .docx)", (Supplier<byte[]>) SampleFiles::docxWithMacros),
                Arguments.of("plain text", (Supplier<byte[]>) () -> "路灯不亮".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Arguments.of("random bytes", (Supplier<byte[]>) () -> new byte[] {7, 1, 42, 0, 0, 3, 9}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void anything_else_is_refused_whatever_its_name(String what, Supplier<byte[]> file) {
        assertThat(types.allowedType(file.get())).as(what + " sniffed as " + AttachmentTypes.sniff(file.get()))
                .isEmpty();
    }

    @Test
    void what_the_refused_files_really_are_is_told_by_their_bytes() {
        assertThat(AttachmentTypes.sniff(SampleFiles.exe())).isIn("application/x-msdownload", "application/x-dosexec");
        assertThat(AttachmentTypes.sniff(SampleFiles.svg())).isEqualTo("image/svg+xml");
        assertThat(AttachmentTypes.sniff(SampleFiles.html())).isEqualTo("text/html");
        assertThat(AttachmentTypes.sniff(SampleFiles.plainZip())).isEqualTo("application/zip");
    }

    @Test
    void a_png_header_after_html_does_not_make_a_png() {
        byte[] html = SampleFiles.html();
        byte[] png = SampleFiles.png();
        byte[] both = new byte[html.length + png.length];
        System.arraycopy(html, 0, both, 0, html.length);
        System.arraycopy(png, 0, both, html.length, png.length);

        assertThat(types.allowedType(both)).isEmpty();
    }

    @Test
    void only_the_configured_types_are_allowed() {
        var photosOnly = new AttachmentTypes(List.of("image/jpeg", " IMAGE/PNG "));

        assertThat(photosOnly.allowedType(SampleFiles.png())).contains(AttachmentTypes.PNG);
        assertThat(photosOnly.allowedType(SampleFiles.pdf())).isEmpty();
        assertThat(photosOnly.allowedType(SampleFiles.docx())).isEmpty();
    }

    @Test
    void a_zip_is_read_from_its_central_directory_and_a_truncated_one_is_not_a_document() {
        byte[] docx = SampleFiles.docx();
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length - 10);

        assertThat(ZipEntryNames.of(docx)).hasValueSatisfying(names ->
                assertThat(names).contains("[Content_Types].xml", "_rels/.rels", "word/document.xml"));
        assertThat(ZipEntryNames.of(truncated)).isEmpty();
        assertThat(types.allowedType(truncated)).isEmpty();
        assertThat(ZipEntryNames.of(new byte[0])).isEmpty();
    }
}
