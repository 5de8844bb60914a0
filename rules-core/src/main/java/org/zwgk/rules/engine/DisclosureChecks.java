package org.zwgk.rules.engine;

import org.zwgk.rules.facts.Disclosure;
import org.zwgk.rules.facts.DisclosureKind;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks on a standing disclosure a plan names (规划、负面清单、权责清单、预决算、债务信息 …). */
public final class DisclosureChecks {
    private static final Map<DisclosureKind, String> NAMES = Map.of(
            DisclosureKind.DEBT, "地方政府债务信息",
            DisclosureKind.PLANNING, "规划信息",
            DisclosureKind.NEGATIVE_LIST, "市场准入负面清单",
            DisclosureKind.POWER_LIST, "权责清单",
            DisclosureKind.AGENCY_INFO, "行政机构信息",
            DisclosureKind.BUDGET, "预算",
            DisclosureKind.FINAL_ACCOUNTS, "决算",
            DisclosureKind.OTHER, "公开信息");

    private DisclosureChecks() {
    }

    /** The kind's name in the plans' words, e.g. 权责清单. */
    public static String name(DisclosureKind k) {
        return k == null ? "公开信息" : NAMES.get(k);
    }

    /**
     * The day the disclosure's current information went public: its publication when no change is recorded;
     * otherwise the first publication or update on or after the change, or {@code null} if there is none yet.
     */
    public static LocalDate currentSince(Disclosure d) {
        LocalDate changed = d.getChangedOn();
        LocalDate published = d.getPublishedOn();
        if (changed == null) {
            return published;
        }
        if (published != null && !published.isBefore(changed)) {
            return published;
        }
        LocalDate updated = d.getUpdatedOn();
        return updated != null && !updated.isBefore(changed) ? updated : null;
    }

    /**
     * Whether the disclosure is public and up to date on the evaluation date. With no change recorded it is due at
     * once: published is {@code ON_TIME}, unpublished {@code MISSED} (no due date). After a recorded change the current
     * information is due within {@code period} (from {@code clock.span(changedOn, n)}).
     */
    public static Timeliness upkeep(Disclosure d, WorkingDaySpan period, LocalDate asOf) {
        if (d.getChangedOn() == null) {
            return new Timeliness(d.getPublishedOn(), null,
                    d.getPublishedOn() == null ? Timeliness.State.MISSED : Timeliness.State.ON_TIME);
        }
        return Timeliness.of(currentSince(d), period, asOf);
    }

    /** The breach {@link #upkeep} found, in words. */
    public static String overdueText(Disclosure d, Timeliness t) {
        String name = name(d.getKind());
        if (d.getChangedOn() == null) {
            return name + "未公开";
        }
        return name + "于" + d.getChangedOn() + "形成或调整后未及时公开更新：" + t.overdueText("公开更新");
    }

    /** The required items (a source parameter: a list of names) the disclosure does not cover, joined with 、. */
    public static String missingItems(Disclosure d, Object required) {
        if (!(required instanceof Collection<?> names)) {
            throw new IllegalArgumentException("the required items must be a list of names, was " + required);
        }
        return names.stream().map(String::valueOf).filter(n -> !d.getItems().contains(n)).collect(Collectors.joining("、"));
    }
}
