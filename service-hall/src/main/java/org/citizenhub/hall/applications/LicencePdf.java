package org.citizenhub.hall.applications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import tools.jackson.databind.json.JsonMapper;

/**
 * The licence as a PDF for the applicant. The page uses only a standard PDF font (nothing to ship or license), so
 * it shows the licence's codes in ASCII: numbers, the holder's credit code, the department code, validity, the
 * check code and where to verify it. The Chinese texts (item, holder, department) travel in the attached
 * {@code licence.json} (UTF-8, an embedded file of the PDF); a deployment with a licensed CJK font can print them
 * on the page instead.
 */
final class LicencePdf {

    static final String ATTACHMENT = "licence.json";

    private LicencePdf() {
    }

    static byte[] render(Applications.Licence licence, String applicationNumber, String implementationCode,
                         String verifyPath, JsonMapper json) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            var plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String[]> rows = List.of(
                    new String[] {"Licence number", licence.number()},
                    new String[] {"Application number", applicationNumber},
                    new String[] {"Item (implementation code)", implementationCode},
                    new String[] {"Holder (credit code)", licence.holderCode() == null ? "natural person (see licence.json)"
                            : licence.holderCode()},
                    new String[] {"Issuing department", licence.department()},
                    new String[] {"Valid from", licence.validFrom().toString()},
                    new String[] {"Valid until", licence.validUntil().toString()},
                    new String[] {"Check code", licence.checkCode()},
                    new String[] {"Verify", verifyPath});
            try (var text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(bold, 18);
                text.newLineAtOffset(60, 770);
                text.showText("Electronic licence - Dianzi zhengzhao");
                text.setFont(plain, 11);
                for (var row : rows) {
                    text.newLineAtOffset(0, -26);
                    text.showText(row[0] + ": " + ascii(row[1]));
                }
                text.newLineAtOffset(0, -40);
                text.showText("Item, holder and department in Chinese: attached file " + ATTACHMENT + " (UTF-8).");
                text.endText();
            }
            attach(document, licence, applicationNumber, implementationCode, json);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void attach(PDDocument document, Applications.Licence licence, String applicationNumber,
                               String implementationCode, JsonMapper json) throws IOException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("number", licence.number());
        data.put("applicationNumber", applicationNumber);
        data.put("implementationCode", implementationCode);
        data.put("itemName", licence.itemName());
        data.put("holder", licence.holder());
        data.put("holderCode", licence.holderCode());
        data.put("department", licence.department());
        data.put("validFrom", licence.validFrom().toString());
        data.put("validUntil", licence.validUntil().toString());
        data.put("checkCode", licence.checkCode());
        byte[] bytes = json.writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
        var embedded = new PDEmbeddedFile(document, new java.io.ByteArrayInputStream(bytes));
        embedded.setSubtype("application/json");
        embedded.setSize(bytes.length);
        var spec = new PDComplexFileSpecification();
        spec.setFile(ATTACHMENT);
        spec.setFileUnicode(ATTACHMENT);
        spec.setEmbeddedFile(embedded);
        spec.setEmbeddedFileUnicode(embedded);
        var tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(ATTACHMENT, spec));
        var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
    }

    private static String ascii(String value) {
        return value == null ? "-" : value.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
