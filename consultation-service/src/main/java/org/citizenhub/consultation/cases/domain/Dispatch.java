package org.citizenhub.consultation.cases.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who works on the case (主办 / 协办): the lead department writes the consolidated reply, each co-handling
 * department submits its part by its own deadline.
 *
 * @param round    1 for the first dispatch, +1 for each re-dispatch (改派) or transfer
 * @param dispute  the pending dispute (退单), null when none
 * @param disputed whether this round was disputed already (one dispute per round)
 */
public record Dispatch(String lead, List<CoHandling> coHandlers, String by, Instant at, int round, Dispute dispute,
                       boolean disputed) {

    public Dispatch {
        coHandlers = List.copyOf(coHandlers);
    }

    /** A co-handling department's share of the work; its clock is the case's {@code co-<department>} deadline. */
    public record CoHandling(String department, Part part) {
        public boolean submitted() {
            return part != null;
        }
    }

    /** A co-handler's contribution to the consolidated reply. */
    public record Part(String text, String by, Instant at) {
    }

    /** 派单异议: an assigned department says the case is not theirs. */
    public record Dispute(String department, String reason, String by, Instant at) {
    }

    public boolean involves(String department) {
        return department != null && (department.equals(lead) || coHandling(department).isPresent());
    }

    public Optional<CoHandling> coHandling(String department) {
        return coHandlers.stream().filter(c -> c.department().equals(department)).findFirst();
    }

    public boolean allPartsSubmitted() {
        return coHandlers.stream().allMatch(CoHandling::submitted);
    }

    public List<String> pendingCoHandlers() {
        return coHandlers.stream().filter(c -> !c.submitted()).map(CoHandling::department).toList();
    }

    public List<String> coDepartments() {
        return coHandlers.stream().map(CoHandling::department).toList();
    }

    /** The lead, then the co-handling departments. */
    public List<String> departments() {
        var all = new java.util.ArrayList<String>();
        all.add(lead);
        all.addAll(coDepartments());
        return List.copyOf(all);
    }

    Dispatch with(List<CoHandling> co) {
        return new Dispatch(lead, co, by, at, round, dispute, disputed);
    }

    Dispatch withDispute(Dispute d) {
        return new Dispatch(lead, coHandlers, by, at, round, d, disputed || d != null);
    }

    Dispatch withLead(String newLead, String byWhom, Instant when) {
        var co = coHandlers.stream().filter(c -> !c.department().equals(newLead)).toList();
        return new Dispatch(newLead, co, byWhom, when, round + 1, null, false);
    }
}
