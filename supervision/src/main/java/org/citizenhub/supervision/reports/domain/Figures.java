package org.citizenhub.supervision.reports.domain;

/**
 * The figures of one line of a report, derived from its {@link Tally} (the definitions are those of
 * supervision/docs/reports.md).
 */
public record Figures(long received, long handled, long handledOnTime, Measure onTimeRate,
                      Measure averageWorkingDays, long rated, Measure averageSatisfaction, Measure satisfiedRate,
                      long bad, long badRectified, Measure rectifiedRate, long noticesIssued, long noticesReplied) {

    public static Figures of(Tally t) {
        return new Figures(t.received(), t.handled(), t.handledOnTime(),
                Measure.percent(t.handledOnTime(), t.handled()),
                Measure.average(t.workingDays(), t.handled()),
                t.rated(), Measure.average(t.satisfactionSum(), t.rated()),
                Measure.percent(t.satisfied(), t.rated()),
                t.bad(), t.badRectified(), Measure.percent(t.badRectified(), t.bad()),
                t.notices().issued(), t.notices().replied());
    }
}
