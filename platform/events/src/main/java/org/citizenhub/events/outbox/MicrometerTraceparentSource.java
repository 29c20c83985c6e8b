package org.citizenhub.events.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.util.function.Supplier;
import org.citizenhub.events.Traceparents;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/** Feeds {@link Traceparents} from the application's Micrometer {@link Tracer}, while the context lives. */
public class MicrometerTraceparentSource implements Supplier<String>, InitializingBean, DisposableBean {

    private final Tracer tracer;

    public MicrometerTraceparentSource(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public String get() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        TraceContext context = span.context();
        return Traceparents.format(context.traceId(), context.spanId(), Boolean.TRUE.equals(context.sampled()));
    }

    @Override
    public void afterPropertiesSet() {
        Traceparents.use(this);
    }

    @Override
    public void destroy() {
        Traceparents.release(this);
    }
}
