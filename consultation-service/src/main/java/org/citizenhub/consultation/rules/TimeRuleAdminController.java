package org.citizenhub.consultation.rules;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.calendar.LimitUnit;
import org.citizenhub.consultation.cases.domain.CaseKind;
import org.citizenhub.consultation.cases.CategoryCheck;
import org.citizenhub.consultation.cases.ConsultationProblem;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator sets the time limits per kind and category ({@code *} = every category of the kind), in working
 * days, calendar days or working hours. Every change is audit-logged.
 */
@RestController
@RequestMapping("/admin/time-rules")
@PreAuthorize("hasRole('admin')")
@Validated
class TimeRuleAdminController {

    static final String CATEGORY = "\\*|[A-Z][A-Z0-9_]{1,39}";
    static final String DEADLINE = "reply|investigation|co-handling";

    record RuleRequest(@NotNull LimitUnit unit, @NotNull @Min(1) @Max(TimeRule.LONGEST) Integer amount,
                       @NotNull @Min(0) @Max(TimeRule.LONGEST) Integer dueSoon) {
    }

    /** The rule in force beside what an administrator set. */
    record RulesView(List<TimeRule> configured, List<TimeRule> defaults) {
    }

    private final TimeRules rules;
    private final CategoryCheck categories;

    TimeRuleAdminController(TimeRules rules, CategoryCheck categories) {
        this.rules = rules;
        this.categories = categories;
    }

    @GetMapping
    RulesView list() {
        var defaults = new java.util.ArrayList<TimeRule>();
        for (CaseKind kind : CaseKind.values()) {
            defaults.add(DefaultTimeRules.of(kind, DefaultTimeRules.firstDeadline(kind)));
            defaults.add(DefaultTimeRules.of(kind, TimeRule.Deadlines.CO_HANDLING));
        }
        return new RulesView(rules.configured(), defaults);
    }

    @PutMapping(path = "/{kind}/{category}/{deadline}", consumes = MediaType.APPLICATION_JSON_VALUE)
    TimeRule set(@PathVariable CaseKind kind, @PathVariable @Pattern(regexp = CATEGORY) String category,
                 @PathVariable @Pattern(regexp = DEADLINE) String deadline, @Valid @RequestBody RuleRequest request,
                 CurrentUser user) {
        if (!TimeRule.ANY_CATEGORY.equals(category) && !categories.exists(category)) {
            throw new HubProblem(ConsultationProblem.UNKNOWN_CATEGORY, category);
        }
        if (deadline.equals(TimeRule.Deadlines.INVESTIGATION) != kind.needsInvestigation()
                && !deadline.equals(TimeRule.Deadlines.CO_HANDLING)) {
            throw new HubProblem(ConsultationProblem.INVALID_CASE_STEP, "deadline");
        }
        if (request.dueSoon() > request.amount()) {
            throw new HubProblem(ConsultationProblem.INVALID_CASE_STEP, "dueSoon");
        }
        return rules.set(new TimeRule(kind, category, deadline, request.unit(), request.amount(),
                request.dueSoon()), new AuditActor(user.subject(), user.username()));
    }

    @DeleteMapping("/{kind}/{category}/{deadline}")
    ResponseEntity<Void> remove(@PathVariable CaseKind kind, @PathVariable @Pattern(regexp = CATEGORY) String category,
                                @PathVariable @Pattern(regexp = DEADLINE) String deadline, CurrentUser user) {
        if (!rules.remove(kind, category, deadline, new AuditActor(user.subject(), user.username()))) {
            throw new HubProblem(CommonProblem.NOT_FOUND);
        }
        return ResponseEntity.noContent().build();
    }
}
