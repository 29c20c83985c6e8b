package org.citizenhub.casework.attachments;

import java.text.Normalizer;

/**
 * The name a citizen's file is shown and offered for download under. Only for display: it decides nothing (the type
 * is sniffed from the content, storage is by id). Keeps the last path segment, drops control and format characters
 * (among them the right-to-left override that disguises {@code exe.jpg} as {@code gpj.exe}), and is at most
 * {@value #MAX_LENGTH} characters, keeping a short extension when it has to shorten.
 */
final class Filenames {

    static final int MAX_LENGTH = 255;
    static final String FALLBACK = "attachment";

    private static final int MAX_KEPT_EXTENSION = 16;

    private Filenames() {
    }

    static String clean(String submitted) {
        if (submitted == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(Filenames::isShown).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        if (name.isEmpty()) {
            return FALLBACK;
        }
        return shorten(name);
    }

    private static boolean isShown(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String shorten(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot) : "";
        int extensionLength = extension.codePointCount(0, extension.length());
        if (extensionLength > MAX_KEPT_EXTENSION) {
            extension = "";
            extensionLength = 0;
        }
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - extensionLength;
        return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
