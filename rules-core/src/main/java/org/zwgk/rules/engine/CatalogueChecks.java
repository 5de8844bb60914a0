package org.zwgk.rules.engine;

import org.zwgk.rules.facts.CatalogueElement;
import org.zwgk.rules.facts.CatalogueItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks on a proactive-disclosure catalogue item (主动公开事项目录), with the elements named as the plans name them. */
public final class CatalogueChecks {
    private static final Map<CatalogueElement, String> NAMES = Map.of(
            CatalogueElement.PRODUCTION_STAGE, "信息产生环节",
            CatalogueElement.CONTENT_ELEMENTS, "内容要素",
            CatalogueElement.PUBLIC_ATTRIBUTE, "公开属性",
            CatalogueElement.UPDATE_CYCLE, "更新周期",
            CatalogueElement.RESPONSIBLE_OFFICE, "责任科室",
            CatalogueElement.DISCLOSING_BODY, "公开主体",
            CatalogueElement.METHOD, "公开方式",
            CatalogueElement.CHANNEL, "公开渠道",
            CatalogueElement.RESPONSIBILITY, "责任");

    private CatalogueChecks() {
    }

    /** The element's name in the plans' words, e.g. 责任科室. */
    public static String name(CatalogueElement e) {
        return NAMES.get(e);
    }

    /** The required elements the item does not state, named and joined with 、; {@code ""} if none. */
    public static String missing(CatalogueItem item, CatalogueElement... required) {
        return List.of(required).stream().filter(e -> !item.getElements().contains(e)).map(NAMES::get)
                .collect(Collectors.joining("、"));
    }

    /** The catalogue's update for the latest change of functions: the update date if on or after the change, else {@code null}. */
    public static LocalDate updatedSinceChange(CatalogueItem item) {
        LocalDate u = item.getUpdatedOn();
        return u != null && item.getFunctionChangedOn() != null && !u.isBefore(item.getFunctionChangedOn()) ? u : null;
    }

    /**
     * The recorded changes that require the item to be updated (法律法规修订、机构职能调整、上级新要求), in date order,
     * each date once.
     */
    public static List<LocalDate> changes(CatalogueItem item) {
        return java.util.stream.Stream.of(item.getLawRevisedOn(), item.getFunctionChangedOn(), item.getNewRequirementOn())
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /** The catalogue's update for a change on {@code changedOn}: the update date if on or after it, else {@code null}. */
    public static LocalDate updatedSince(CatalogueItem item, LocalDate changedOn) {
        LocalDate u = item.getUpdatedOn();
        return u != null && !u.isBefore(changedOn) ? u : null;
    }
}
