package org.citizenhub.identity.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A citizen's own profile. There is deliberately no way to name another citizen here: the subject is the token's. */
@RestController
@RequestMapping("/me/profile")
@PreAuthorize("hasRole('citizen')")
class ProfileController {

    record Notifications(boolean site, boolean sms, boolean email) {
        NotificationPreferences toPreferences() {
            return new NotificationPreferences(site, sms, email);
        }

        static Notifications of(NotificationPreferences p) {
            return new Notifications(p.site(), p.sms(), p.email());
        }
    }

    record ProfileRequest(
            @NotBlank @Size(max = CitizenProfile.MAX_DISPLAY_NAME) String displayName,
            @Pattern(regexp = PhoneNumber.FORMAT) String phone,
            @Email @Size(max = 254) String email,
            @NotNull @Valid Notifications notifications) {
    }

    /** The owner sees the phone number in full. */
    record OwnProfileView(String displayName, String phone, String email, Notifications notifications) {
        static OwnProfileView of(CitizenProfile p) {
            return new OwnProfileView(p.displayName(), p.phone() == null ? null : p.phone().value(), p.email(),
                    Notifications.of(p.notifications()));
        }
    }

    private final CitizenProfiles profiles;

    ProfileController(CitizenProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    OwnProfileView own(CurrentUser user) {
        return OwnProfileView.of(profiles.own(user.subject(), user.username()));
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    OwnProfileView change(@Valid @RequestBody ProfileRequest request, CurrentUser user) {
        var phone = request.phone() == null || request.phone().isBlank() ? null : new PhoneNumber(request.phone());
        return OwnProfileView.of(profiles.change(user.subject(), new CitizenProfiles.ProfileChange(
                request.displayName(), phone, request.email(), request.notifications().toPreferences())));
    }
}
