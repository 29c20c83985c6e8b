package org.citizenhub.web.json;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson module that writes every {@link Instant} in Asia/Shanghai time ({@code 2026-12-01T08:06:17+08:00}), the
 * time citizens and staff read, instead of Jackson's UTC {@code …Z}. It is the same instant either way, and
 * {@code Instant.parse} reads both, so clients lose nothing.
 *
 * <p>A service opts in with a {@code JsonMapperBuilderCustomizer} bean: {@code builder -> builder.addModule(
 * ShanghaiInstants.module())}. Opt-in rather than hub-wide because the older services' published formats
 * (mailbox, consultation) are read by clients that compare strings.
 */
public final class ShanghaiInstants {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ShanghaiInstants() {
    }

    public static SimpleModule module() {
        var module = new SimpleModule("shanghai-instants");
        module.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atZone(ZONE)));
            }
        });
        return module;
    }
}
