package org.citizenhub.casework;

import jakarta.validation.Valid;
import org.citizenhub.casework.deadlines.DeadlineWatchProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.casework.*}.
 *
 * @param queryCodeKey  secret (at least 16 bytes) from which receipts' query codes are derived. No default: each
 *                      deployment sets it from its vault (only a local profile may carry a default); a service that
 *                      uses {@code QueryCode} does not start without it. Rotating it invalidates the codes handed
 *                      out.
 * @param deadlineWatch the deadline watch, set up when the service has a {@code DeadlineAnnouncer}
 */
@ConfigurationProperties("hub.casework")
@Validated
public record CaseworkProperties(String queryCodeKey, @Valid @DefaultValue DeadlineWatchProperties deadlineWatch) {

    public CaseworkProperties {
        deadlineWatch = deadlineWatch == null ? DeadlineWatchProperties.defaults() : deadlineWatch;
    }
}
