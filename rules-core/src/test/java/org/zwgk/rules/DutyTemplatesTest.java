package org.zwgk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.rules.RulebookLoadException.Problem;
import org.zwgk.rules.internal.DutyTemplates;
import org.zwgk.rules.internal.RuleTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Duty templates: a source.yaml row naming a template expands into DRL of its folder's package, whose rules carry the
 * row's id and clause and the source's metadata; a bad row is a load error at the row's line naming its id.
 */
class DutyTemplatesTest {

    private static final String CYX = "liaoning/chaoyangxian/cyx21/source.yaml";

    @Test
    void aRowExpandsIntoRulesOfItsFolderCitingItsIdAndClause() {
        List<Problem> problems = new ArrayList<>();
        DutyTemplates.Row row = DutyTemplates.expand(RuleTree.fromDirectory(TestRules.directory()), problems).stream()
                .filter(r -> r.id().equals("CYX21-16b")).findFirst().orElseThrow();
        assertEquals(List.of(), problems);
        assertEquals("accounts-per-platform", row.template());
        assertEquals("liaoning/chaoyangxian/cyx21/source.yaml#CYX21-16b.drl", row.path());
        assertEquals(CYX, row.sourceFile());
        assertTrue(row.line() > 0);
        assertTrue(row.drl().contains("package liaoning.chaoyangxian.cyx21;"), row.drl());
        assertTrue(row.drl().contains("@id(\"CYX21-16b\") @clause(\"三、优化公开平台建设管理第16项\")"), row.drl());
        assertTrue(row.drl().contains("params.integer(\"CYX21\", \"max-accounts-per-platform\")"), row.drl());
        assertTrue(!row.drl().contains("@{"), "every parameter is filled: " + row.drl());
    }

    @Test
    void aRowWithAlsoExpandsIntoOneFilePerTemplateAllCitingItsIdAndClause() {
        List<Problem> problems = new ArrayList<>();
        List<DutyTemplates.Row> rows = DutyTemplates.expand(RuleTree.fromDirectory(TestRules.directory()), problems).stream()
                .filter(r -> r.id().equals("HLD24-3")).toList();
        assertEquals(List.of(), problems);
        assertEquals(List.of("privacy-cleanup", "review-before-publishing"), rows.stream().map(DutyTemplates.Row::template).sorted().toList());
        assertEquals(List.of("liaoning/huludao/hld24/source.yaml#HLD24-3+privacy-cleanup.drl", "liaoning/huludao/hld24/source.yaml#HLD24-3.drl"),
                rows.stream().map(DutyTemplates.Row::path).sorted().toList());
        rows.forEach(r -> assertTrue(r.drl().contains("@id(\"HLD24-3\") @clause(\"一、3\")"), r.drl()));
        rows.forEach(r -> assertEquals(rows.get(0).line(), r.line(), "both point at the row"));
    }

    @Test
    void theExpandedRulesLoadWithTheSourcesMetadata() {
        CatalogueEntry e = TestRules.book().catalogue().stream().filter(c -> c.id().equals("CYX21-16b")).findFirst().orElseThrow();
        assertEquals("CYX21", e.source());
        assertEquals("211321", e.jurisdiction());
        assertEquals(2, e.rules().size(), e.rules().toString());
    }

    @Test
    void anUnknownTemplateIsAnErrorAtTheRow(@TempDir Path dir) throws IOException {
        RulebookLoadException e = loadEdited(dir, "template: accounts-per-platform", "template: accounts-per-platfrom");
        Problem p = only(e, "CYX21-16b");
        assertEquals(CYX, p.file());
        assertEquals(lineOf(dir, "  - id: CYX21-16b"), p.line());
        assertTrue(p.message().contains("unknown template 'accounts-per-platfrom'") && p.message().contains("accounts-per-platform"), p.message());
    }

    @Test
    void aMissingOrUnknownTemplateParameterIsAnErrorAtTheRow(@TempDir Path dir) throws IOException {
        RulebookLoadException e = loadEdited(dir, "max: max-accounts-per-platform, limit:", "maximum: max-accounts-per-platform, limit:");
        List<Problem> ps = e.problems().stream().filter(p -> p.message().contains("CYX21-16b")).toList();
        assertTrue(ps.stream().allMatch(p -> p.file().equals(CYX) && p.line() == lineOf(dir, "  - id: CYX21-16b")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.message().contains("has no parameter 'maximum'")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.message().contains("missing template parameter 'max'")), ps.toString());
    }

    @Test
    void aDrlErrorInTheExpansionIsAnErrorAtTheRow(@TempDir Path dir) throws IOException {
        RulebookLoadException e = loadEdited(dir, "with: {units: id != null, max:", "with: {units: nosuchfield == 1, max:");
        Problem p = only(e, "CYX21-16b");
        assertEquals(CYX, p.file());
        assertEquals(lineOf(dir, "  - id: CYX21-16b"), p.line());
        assertTrue(p.message().startsWith("duty CYX21-16b (template accounts-per-platform, line "), p.message());
    }

    private static RulebookLoadException loadEdited(Path dir, String from, String to) throws IOException {
        TestRules.copyEdited(dir, CYX, from, to);
        return assertThrows(RulebookLoadException.class, () -> Rulebook.load(dir));
    }

    private static Problem only(RulebookLoadException e, String id) {
        List<Problem> ps = e.problems().stream().filter(p -> p.message().contains(id)).toList();
        assertTrue(!ps.isEmpty(), e.problems().toString());
        return ps.get(0);
    }

    private static int lineOf(Path dir, String text) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(CYX), StandardCharsets.UTF_8);
            return lines.indexOf(text) + 1;
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }
}
