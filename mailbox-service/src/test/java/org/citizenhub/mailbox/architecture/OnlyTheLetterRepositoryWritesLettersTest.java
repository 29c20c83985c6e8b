package org.citizenhub.mailbox.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A letter row changes only through the letter repository, under the letter's optimistic lock: a write beside it
 * (as publication once did) would bypass the version check and the history.
 */
class OnlyTheLetterRepositoryWritesLettersTest {

    private static final Pattern WRITES_LETTER = Pattern.compile("(?i)\\b(update|insert\\s+into|delete\\s+from)\\s+letter\\b");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void no_class_but_the_letter_repository_writes_the_letter_table() throws IOException {
        List<String> writers;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            writers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> WRITES_LETTER.matcher(read(f)).find())
                    .map(f -> f.getFileName().toString())
                    .toList();
        }

        assertThat(writers).containsExactly("LetterRepository.java");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
