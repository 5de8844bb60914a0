package org.zwgk.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source of duties (the Regulation, a national checklist, a local annual plan) as its {@code source.yaml}
 * beside the rules describes it: the document, where and when it binds, its parameters and its duties.
 *
 * @param code             the short code that prefixes its ids, e.g. {@code SHT26}
 * @param document         the document's title (and number)
 * @param issuer           who issued it, and when
 * @param jurisdiction     GB/T 2260 code of the area it binds; {@code 000000} = the whole country
 * @param jurisdictionName the area's name
 * @param validFrom        first day of the period it covers (a plan's 1 January; a law's day of entry into force)
 * @param validTo          last day of that period, or {@code null} if open-ended
 * @param bindsFrom        the day it binds from, when later than {@code validFrom}: a plan's issue date (印发之日).
 *                         A duty due before it cannot be breached under the source, and a recurring duty's first
 *                         period is the first that ends on or after it; {@code null} = {@code validFrom}
 * @param parameters       the numbers it sets, by name
 * @param duties           its catalogue entries, checked or guidance
 * @param kinds            the kinds of facts the source introduces, by fact list ({@code submissions}, {@code events}):
 *                         each kind's code as the facts write it, and its meaning (e.g. {@code ZERO_REPORT: 依申请公开
 *                         “零”报告}); a fact of a kind no loaded source declares is refused
 */
public record Source(String code, String document, String issuer, String jurisdiction, String jurisdictionName,
                     LocalDate validFrom, LocalDate validTo, LocalDate bindsFrom, Map<String, Parameter> parameters,
                     List<Duty> duties, Map<String, Map<String, String>> kinds) {

    /** The code national sources use for the whole country. */
    public static final String NATIONAL = "000000";

    public Source {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        duties = duties == null ? List.of() : List.copyOf(duties);
        kinds = kinds == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    }

    /** A source that declares no kinds of its own. */
    public Source(String code, String document, String issuer, String jurisdiction, String jurisdictionName,
                  LocalDate validFrom, LocalDate validTo, LocalDate bindsFrom, Map<String, Parameter> parameters,
                  List<Duty> duties) {
        this(code, document, issuer, jurisdiction, jurisdictionName, validFrom, validTo, bindsFrom, parameters, duties, null);
    }

    /** The same source with other parameters (everything else kept, its declared kinds included). */
    public Source withParameters(Map<String, Parameter> parameters) {
        return new Source(code, document, issuer, jurisdiction, jurisdictionName, validFrom, validTo, bindsFrom, parameters,
                duties, kinds);
    }

    /** The first day the source binds: {@code bindsFrom} if stated, else {@code validFrom}. */
    public LocalDate bindingFrom() {
        return bindsFrom != null ? bindsFrom : validFrom;
    }

    /**
     * A number the source sets, either once ({@code value: 20}, in force from the source's start) or as a dated list
     * ({@code values: [{from: 2019-05-15, value: 20, reference: 国务院令第711号}]}, each value in force from its
     * {@code from} date until the next one's). The loader turns the short form into a one-entry list from the source's
     * {@code validFrom}; the value asked about is the one in force on a date ({@link #valueOn}).
     *
     * @param value   the latest value (the short form's value, or the last entry's): for display and undated reads
     * @param clause  the clause that sets it
     * @param meaning what it measures, with its unit
     * @param values  the values with the day each comes into force, ascending; empty until the loader fills it
     */
    public record Parameter(Object value, String clause, String meaning, List<Dated> values) {
        public Parameter {
            values = values == null ? List.of() : List.copyOf(values);
            if (value == null && !values.isEmpty()) {
                value = values.get(values.size() - 1).value();
            }
        }

        /** A parameter of one value (in force from the source's start once loaded). */
        public Parameter(Object value, String clause, String meaning) {
            this(value, clause, meaning, null);
        }

        /** The same parameter with its short-form value dated from {@code start} (no change if already dated). */
        public Parameter datedFrom(LocalDate start) {
            if (!values.isEmpty() || value == null) {
                return this;
            }
            return new Parameter(value, clause, meaning, List.of(new Dated(start, value, null)));
        }

        /**
         * The value in force on {@code date}: the last entry whose {@code from} is on or before it. An undated
         * parameter (built in code, never loaded) has its one value on every date.
         *
         * @throws IllegalArgumentException if no value is in force yet on that date
         */
        public Object valueOn(LocalDate date) {
            if (values.isEmpty() || date == null) {
                return value;
            }
            Object found = null;
            boolean any = false;
            for (Dated d : values) {
                if (d.from().isAfter(date)) {
                    break;
                }
                found = d.value();
                any = true;
            }
            if (!any) {
                throw new IllegalArgumentException("no value in force on " + date + ": the first is from " + values.get(0).from());
            }
            return found;
        }

        /**
         * One value and the day it comes into force.
         *
         * @param from      the first day it is in force
         * @param value     the value
         * @param reference the act that set it (e.g. {@code 国务院令第711号}), or {@code null}
         */
        public record Dated(LocalDate from, Object value, String reference) {
        }
    }

    /**
     * @param id         the public id
     * @param kind       RULE or GUIDANCE
     * @param clause     the clause
     * @param summary    the duty in the source's words
     * @param parameters the names of this source's parameters the duty uses
     * @param template   the duty template (drl/templates/NAME.drt) the row expands into rules, or {@code null} when
     *                   the duty's rules are written in DRL
     * @param with       the template's parameters for this row, by name (text, numbers, parameter names)
     * @param also       further templates the same duty expands into (a plan item of two shapes), each with its
     *                   own parameters; empty for most rows
     */
    public record Duty(String id, CatalogueEntry.Kind kind, String clause, String summary, List<String> parameters,
                       String template, Map<String, Object> with, List<Also> also) {
        public Duty {
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
            with = with == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(with));
            also = also == null ? List.of() : List.copyOf(also);
        }

        /** The same duty with another template and its parameters (one entry of {@code also:}). */
        public Duty as(Also a) {
            return new Duty(id, kind, clause, summary, parameters, a.template(), a.with(), List.of());
        }
    }

    /**
     * One further template of a duty row: {@code also: [{template: NAME, with: {…}}]}.
     *
     * @param template the template's name
     * @param with     its parameters
     */
    public record Also(String template, Map<String, Object> with) {
        public Also {
            with = with == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(with));
        }
    }
}
