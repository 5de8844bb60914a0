package org.zwgk.rules.engine;

import org.zwgk.rules.facts.Account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A unit's new-media accounts grouped by platform ("一个单位在同一平台只开设一个政务新媒体账号").
 */
public final class Platforms {

    /**
     * The accounts of one unit open on one platform on a date.
     *
     * @param unit     the unit's id
     * @param platform the platform as the facts name it (trimmed)
     * @param accounts the open accounts, in the order of the facts
     */
    public record Group(String unit, String platform, List<Account> accounts) {

        public int size() {
            return accounts.size();
        }

        /** The accounts' names and ids, joined with 、. */
        public String names() {
            return accounts.stream().map(a -> label(a) + "（" + a.getId() + "）").collect(Collectors.joining("、"));
        }

        /** The accounts' ids, joined with , . */
        public String ids() {
            return accounts.stream().map(Account::getId).collect(Collectors.joining(","));
        }
    }

    private Platforms() {
    }

    /** The account's name in quotes, or its id when it has none: for messages. */
    public static String label(Account a) {
        return a.getName() == null || a.getName().isBlank() ? a.getId() : "“" + a.getName() + "”";
    }

    /** Whether the account is open on the date: opened on or before it (or opening unknown), not closed by it. */
    public static boolean isOpen(Account a, LocalDate on) {
        return (a.getOpenedOn() == null || !a.getOpenedOn().isAfter(on))
                && (a.getClosedOn() == null || a.getClosedOn().isAfter(on));
    }

    /** The accounts open on the date, grouped by unit and platform; accounts without a platform are left out. */
    public static List<Group> open(Collection<?> accounts, LocalDate on) {
        Map<List<String>, List<Account>> byKey = new LinkedHashMap<>();
        for (Object o : accounts) {
            if (o instanceof Account a && a.getPlatform() != null && !a.getPlatform().isBlank() && isOpen(a, on)) {
                byKey.computeIfAbsent(List.of(String.valueOf(a.getUnit()), a.getPlatform().trim()), k -> new ArrayList<>()).add(a);
            }
        }
        List<Group> out = new ArrayList<>();
        byKey.forEach((k, v) -> out.add(new Group(k.get(0), k.get(1),
                v.stream().sorted(Comparator.comparing(Account::getId, Comparator.nullsLast(Comparator.naturalOrder()))).toList())));
        return out;
    }

    /** The groups of {@link #open} holding more than {@code max} accounts. */
    public static List<Group> over(Collection<?> accounts, LocalDate on, int max) {
        return open(accounts, on).stream().filter(g -> g.size() > max).toList();
    }
}
