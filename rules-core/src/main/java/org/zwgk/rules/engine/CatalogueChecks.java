package org.zwgk.rules.engine;

import org.zwgk.rules.facts.CatalogueElement;
import org.zwgk.rules.facts.CatalogueItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Neutral questions about a proactive-disclosure catalogue item (主动公开事项目录): which required elements it does not
 * state, which recorded changes require an update, and the update that followed a change. The rules name the
 * elements and judge.
 */
public final class CatalogueChecks {
    private CatalogueChecks() {
    }

    /**
     * The required elements (names of {@link CatalogueElement}, a source parameter) the item does not state, in the
     * order given; empty if none.
     */
    public static List<CatalogueElement> missing(CatalogueItem item, java.util.Collection<?> required) {
        return required.stream().map(CatalogueChecks::element).filter(e -> !item.getElements().contains(e)).toList();
    }

    /** The elements named (names of {@link CatalogueElement}, a source parameter), in the order given. */
    public static List<CatalogueElement> elements(java.util.Collection<?> names) {
        return names.stream().map(CatalogueChecks::element).toList();
    }

    private static CatalogueElement element(Object name) {
        if (name instanceof CatalogueElement e) {
            return e;
        }
        try {
            return CatalogueElement.valueOf(String.valueOf(name).trim());
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("unknown catalogue element '" + name + "' (known: "
                    + java.util.Arrays.toString(CatalogueElement.values()) + ")", ex);
        }
    }

    /** The catalogue's update for the latest change of functions: the update date if on or after the change, else {@code null}. */
    public static LocalDate updatedSinceChange(CatalogueItem item) {
        return item.getFunctionChangedOn() == null ? null : updatedSince(item, item.getFunctionChangedOn());
    }

    /**
     * The recorded changes that require the item to be updated (法律法规修订、机构职能调整、上级新要求), in date order,
     * each date once.
     */
    public static List<LocalDate> changes(CatalogueItem item) {
        return Stream.of(item.getLawRevisedOn(), item.getFunctionChangedOn(), item.getNewRequirementOn())
                .filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** The catalogue's update for a change on {@code changedOn}: the update date if on or after it, else {@code null}. */
    public static LocalDate updatedSince(CatalogueItem item, LocalDate changedOn) {
        LocalDate u = item.getUpdatedOn();
        return u != null && !u.isBefore(changedOn) ? u : null;
    }
}
