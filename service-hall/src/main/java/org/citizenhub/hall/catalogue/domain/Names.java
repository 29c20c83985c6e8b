package org.citizenhub.hall.catalogue.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A name in Chinese (required) and English (optional). */
public record Names(@NotBlank @Size(max = 200) String zh, @Size(max = 300) String en) {
}
