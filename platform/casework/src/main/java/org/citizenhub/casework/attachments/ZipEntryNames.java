package org.citizenhub.casework.attachments;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The entry names of a zip archive held in memory, read from its central directory only: nothing is inflated, so a
 * zip bomb costs nothing. Archives that are malformed, split, ZIP64 or have more than {@value #MAX_ENTRIES} entries
 * are reported as unreadable (empty).
 */
final class ZipEntryNames {

    static final int MAX_ENTRIES = 10_000;

    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int CENTRAL_DIRECTORY_HEADER = 0x02014b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int HEADER_SIZE = 46;

    private ZipEntryNames() {
    }

    static Optional<Set<String>> of(byte[] zip) {
        int end = findEndOfCentralDirectory(zip);
        if (end < 0) {
            return Optional.empty();
        }
        int disk = u16(zip, end + 4);
        int directoryDisk = u16(zip, end + 6);
        int entries = u16(zip, end + 10);
        long size = u32(zip, end + 12);
        long offset = u32(zip, end + 16);
        if (disk != 0 || directoryDisk != 0 || entries == 0xFFFF || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL
                || entries > MAX_ENTRIES || offset + size > end) {
            return Optional.empty();
        }
        Set<String> names = new HashSet<>();
        int position = (int) offset;
        for (int i = 0; i < entries; i++) {
            if (position + HEADER_SIZE > end || u32(zip, position) != CENTRAL_DIRECTORY_HEADER) {
                return Optional.empty();
            }
            int nameLength = u16(zip, position + 28);
            int extraLength = u16(zip, position + 30);
            int commentLength = u16(zip, position + 32);
            int nameStart = position + HEADER_SIZE;
            if (nameStart + nameLength > end) {
                return Optional.empty();
            }
            names.add(new String(zip, nameStart, nameLength, StandardCharsets.UTF_8));
            position = nameStart + nameLength + extraLength + commentLength;
        }
        return Optional.of(names);
    }

    /** The last end-of-central-directory record whose comment reaches exactly to the end of the data. */
    private static int findEndOfCentralDirectory(byte[] zip) {
        int lowest = Math.max(0, zip.length - END_RECORD_SIZE - 0xFFFF);
        for (int i = zip.length - END_RECORD_SIZE; i >= lowest; i--) {
            if (u32(zip, i) == END_OF_CENTRAL_DIRECTORY && i + END_RECORD_SIZE + u16(zip, i + 20) == zip.length) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
    }
}
