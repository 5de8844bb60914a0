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

    /** The first day the source binds: {@code bindsFrom} if stated, else {@code validFrom}. */
    public LocalDate bindingFrom() {
        return bindsFrom != null ? bindsFrom : validFrom;
    }

    /**
     * A number the source sets.
     *
     * @param value   the value (a whole number, a decimal or true/false)
     * @param clause  the clause that sets it
     * @param meaning what it measures, with its unit
     */
    public record Parameter(Object value, String clause, String meaning) {
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
     */
    public record Duty(String id, CatalogueEntry.Kind kind, String clause, String summary, List<String> parameters,
                       String template, Map<String, Object> with) {
        public Duty {
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
            with = with == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(with));
        }
    }
}
