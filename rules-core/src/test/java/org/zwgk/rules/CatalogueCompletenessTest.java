package org.zwgk.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The catalogue covers every numbered item of every seed plan and every item of the national website checklist:
 * each has an entry (checked duty or guidance) with its clause and summary. The tables below follow the seeds'
 * own numbering; an item a plan splits into several duties is listed by its parts (SHT26-1.2a/b/c, HLD24-7a/b/c …).
 */
class CatalogueCompletenessTest {

    /** 《双塔区2026年政务公开工作计划》: 一 1–3, 二 … 十二; 五 1–3; 一、2 in three duties; 九 一是…四是. */
    private static final List<String> SHT26 = List.of(
            "SHT26-1.1", "SHT26-1.2a", "SHT26-1.2b", "SHT26-1.2c", "SHT26-1.3",
            "SHT26-2", "SHT26-3", "SHT26-4", "SHT26-5.1", "SHT26-5.2", "SHT26-5.3", "SHT26-6", "SHT26-7", "SHT26-8",
            "SHT26-9a", "SHT26-9b", "SHT26-9c", "SHT26-9d", "SHT26-10", "SHT26-11", "SHT26-12");

    /** 《葫芦岛市2024年政务公开工作要点》: items 1–23; 7 in three duties. */
    private static final List<String> HLD24 = numbered("HLD24", 23, Map.of(7, List.of("7a", "7b", "7c")));

    /** 《2021年峄城区政务公开重点工作实施方案》: 二、主要任务 items 1–16. */
    private static final List<String> YC21 = numbered("YC21", 16, Map.of());

    /** 《田家庵区2024年度政务公开重点工作清单》: items 1–28. */
    private static final List<String> TJA24 = numbered("TJA24", 28, Map.of());

    /**
     * 《朝阳县2021年政务公开工作要点》: items 1–21; 16 in two duties; and the closing paragraph after item 21, which adds
     * the plan's implementation to the annual report (CYX21-END).
     */
    private static final List<String> CYX21 = plus(numbered("CYX21", 21, Map.of(16, List.of("16a", "16b"))), "CYX21-END");

    private static List<String> plus(List<String> ids, String... more) {
        List<String> all = new java.util.ArrayList<>(ids);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    /** 《政府网站与政务新媒体检查指标》 (国办秘函〔2019〕19号), single-veto items, and the new-media item. */
    private static final List<String> WEBCHK = List.of(
            "WEBCHK-1", "WEBCHK-2", "WEBCHK-3a", "WEBCHK-3b", "WEBCHK-3c", "WEBCHK-4a", "WEBCHK-4b", "WEBCHK-5", "WEBCHK-NM");

    /** Expected ids by id prefix (the seed's code); for the seeds the prefix is also the entry's source. */
    private static final Map<String, List<String>> EXPECTED = expected();

    /**
     * Items with no fact a machine can judge (obligations, section E; SHT26-9c/9d: 九 三是、四是). Two items the
     * catalogue listed as guidance hold a checkable fact and are rules: HLD24-16 (contact the applicant before the
     * answer) and CYX21-13 (every mandatory item actually published). Two items of sections A–D are guidance on the
     * corrected readings: HLD24-12 ("5·15政务公开日" falls before the plan's issue date, so the plan cannot be breached
     * by it) and YC21-2 (an aim whose deadline is the 预算法's, judged by BUDGET-14).
     */
    private static final Set<String> GUIDANCE = Set.of(
            "SHT26-9c", "SHT26-9d", "SHT26-12",
            "HLD24-1", "HLD24-2", "HLD24-6", "HLD24-8", "HLD24-9", "HLD24-11", "HLD24-15", "HLD24-17",
            "HLD24-19", "HLD24-22", "HLD24-23",
            "HLD24-12", "YC21-2",
            "YC21-1", "YC21-4", "YC21-5", "YC21-12",
            "TJA24-1", "TJA24-2", "TJA24-3", "TJA24-6", "TJA24-8", "TJA24-10", "TJA24-11", "TJA24-12", "TJA24-14",
            "TJA24-15", "TJA24-16", "TJA24-17", "TJA24-19", "TJA24-21", "TJA24-23", "TJA24-24", "TJA24-25",
            "TJA24-26", "TJA24-27", "TJA24-28",
            "CYX21-4", "CYX21-7", "CYX21-9", "CYX21-10", "CYX21-11", "CYX21-12", "CYX21-17", "CYX21-19",
            "CYX21-20", "CYX21-21");

    @Test
    void everyNumberedItemHasAnEntry() {
        Set<String> listed = byId().keySet();
        List<String> missing = EXPECTED.values().stream().flatMap(List::stream).filter(id -> !listed.contains(id)).toList();
        assertEquals(List.of(), missing, "numbered items with no catalogue entry");
    }

    @Test
    void noEntryOutsideTheSeedsNumbering() {
        Set<String> expected = EXPECTED.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        List<String> stray = byId().keySet().stream()
                .filter(id -> EXPECTED.keySet().stream().anyMatch(p -> id.startsWith(p + "-")))
                .filter(id -> !expected.contains(id)).sorted().toList();
        assertEquals(List.of(), stray, "entries whose id is not an item of the seed's numbering (typo, or a new split: add it to the table)");
    }

    @Test
    void everyEntryCitesItsSeedClauseAndSummary() {
        List<String> bad = new ArrayList<>();
        Map<String, CatalogueEntry> byId = byId();
        EXPECTED.forEach((code, ids) -> ids.stream().map(byId::get).filter(e -> e != null).forEach(e -> {
            if (!code.equals("WEBCHK") && !code.equals(e.source())) bad.add(e.id() + " is listed under source " + e.source() + ", not " + code);
            if (blank(e.clause())) bad.add(e.id() + " has no clause");
            if (blank(e.summary())) bad.add(e.id() + " has no summary");
        }));
        assertEquals(List.of(), bad);
    }

    @Test
    void guidanceItemsAreGuidanceAndCheckedItemsAreRules() {
        List<String> wrong = byId().values().stream()
                .filter(e -> EXPECTED.values().stream().anyMatch(ids -> ids.contains(e.id())))
                .filter(e -> e.kind() != (GUIDANCE.contains(e.id()) ? CatalogueEntry.Kind.GUIDANCE : CatalogueEntry.Kind.RULE))
                .map(e -> e.id() + " is " + e.kind()).sorted().toList();
        assertEquals(List.of(), wrong, "section E items must be GUIDANCE, sections A–D items RULE");
    }

    @Test
    void theGuidanceTableOnlyNamesExpectedIds() {
        Set<String> expected = EXPECTED.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        assertEquals(List.of(), GUIDANCE.stream().filter(id -> !expected.contains(id)).sorted().toList());
    }

    /** The catalogue as {@code Rulebook.load(Path.of(System.getProperty("zwgk.drl", "../drl"))).catalogue()}. */
    private static Map<String, CatalogueEntry> byId() {
        return TestRules.book().catalogue().stream()
                .collect(Collectors.toMap(CatalogueEntry::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static List<String> numbered(String code, int last, Map<Integer, List<String>> parts) {
        return IntStream.rangeClosed(1, last)
                .boxed()
                .flatMap(n -> parts.getOrDefault(n, List.of(String.valueOf(n))).stream())
                .map(n -> code + "-" + n)
                .toList();
    }

    private static Map<String, List<String>> expected() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("SHT26", SHT26);
        m.put("HLD24", HLD24);
        m.put("YC21", YC21);
        m.put("TJA24", TJA24);
        m.put("CYX21", CYX21);
        m.put("WEBCHK", WEBCHK);
        return m;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
