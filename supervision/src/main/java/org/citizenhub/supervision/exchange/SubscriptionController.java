package org.citizenhub.supervision.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citizenhub.audit.AuditActor;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhook subscriptions, on the admin port only ({@code :8090/admin/api/supervision/subscriptions}); admins only. */
@RestController
@RequestMapping("/admin/subscriptions")
@PreAuthorize("hasRole('admin')")
@Tag(name = "Exchange: webhook subscriptions (admin)")
class SubscriptionController {

    private final Subscriptions subscriptions;

    SubscriptionController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    record SubscriptionRequest(@NotBlank @Size(max = 200) String name, @NotEmpty List<@NotBlank String> families,
                               @Size(max = 64) String department, @NotBlank @Size(max = 2000) String url) {
    }

    record ReplayRequest(@NotNull Instant from) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a subscription; the answer carries its whsec_ secret, shown this once")
    Subscriptions.Created create(@Valid @RequestBody SubscriptionRequest request, CurrentUser admin) {
        return subscriptions.create(new Subscriptions.NewSubscription(request.name(), request.families(),
                request.department(), request.url()), actor(admin));
    }

    @GetMapping
    List<Subscriptions.Subscription> list() {
        return subscriptions.list();
    }

    @GetMapping("/{id}")
    Subscriptions.Subscription get(@PathVariable UUID id) {
        return subscriptions.find(id);
    }

    @PostMapping("/{id}/pause")
    Subscriptions.Subscription pause(@PathVariable UUID id, CurrentUser admin) {
        return subscriptions.setActive(id, false, actor(admin));
    }

    @PostMapping("/{id}/resume")
    Subscriptions.Subscription resume(@PathVariable UUID id, CurrentUser admin) {
        return subscriptions.setActive(id, true, actor(admin));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, CurrentUser admin) {
        subscriptions.delete(id, actor(admin));
    }

    @PostMapping("/{id}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Queue again every stored event of the subscription from a point in time")
    Map<String, Integer> replay(@PathVariable UUID id, @Valid @RequestBody ReplayRequest request, CurrentUser admin) {
        return Map.of("queued", subscriptions.replay(id, request.from(), actor(admin)));
    }

    @GetMapping("/{id}/deliveries")
    List<Subscriptions.Delivery> deliveries(@PathVariable UUID id, @RequestParam(required = false) String status,
                                            @RequestParam(defaultValue = "100") int limit) {
        return subscriptions.deliveries(id, status, limit);
    }

    @PostMapping("/{id}/deliveries/{delivery}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a delivered or dead message once more (same webhook-id)")
    Subscriptions.Delivery redeliver(@PathVariable UUID id, @PathVariable long delivery, CurrentUser admin) {
        return subscriptions.redeliver(id, delivery, actor(admin));
    }

    private static AuditActor actor(CurrentUser user) {
        return new AuditActor(user.subject(), user.username());
    }
}
