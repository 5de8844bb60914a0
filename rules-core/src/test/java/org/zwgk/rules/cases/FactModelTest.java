package org.zwgk.rules.cases;

import org.junit.jupiter.api.Test;
import org.zwgk.rules.Source;
import org.zwgk.rules.facts.Channel;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactModelTest {

    private static final String HOW = "\nwrite the meaning in rules-core/src/main/resources/org/zwgk/rules/facts/meanings.yaml "
            + "(class → property or value → 中文含义; '_' is the class itself), then regenerate docs/facts.md: bin/rules facts > docs/facts.md";

    @Test
    void everyFactListFieldAndValueHasAChineseMeaning() {
        List<String> problems = FactModel.facts().meaningProblems();
        assertEquals(List.of(), problems, String.join("\n", problems) + HOW);
    }

    @Test
    void everySourceYamlKeyHasAChineseMeaning() {
        List<String> problems = FactModel.sources().meaningProblems();
        assertEquals(List.of(), problems, String.join("\n", problems) + HOW);
    }

    @Test
    void theMeaningsFileNamesNothingThatDoesNotExist() {
        List<String> stale = FactModel.staleMeanings();
        assertEquals(List.of(), stale, String.join("\n", stale) + "\nremove or rename these keys in meanings.yaml");
    }

    @Test
    void theNamesAreThoseTheReaderAccepts() {
        FactModel m = FactModel.facts();
        assertEquals(FactSet.class, m.shapes().get(0).type());
        assertEquals(new FactSet().subjects().keySet().stream().toList(),
                m.shape(FactSet.class).properties().stream().map(FactModel.Property::name).toList(),
                "every list of the fact set, in its order");
        FactModel.Shape request = m.shape(Request.class);
        assertNotNull(request.property("submittedOn"));
        assertTrue(request.property("consultations").list());
        assertTrue(request.property("consultations").nested());
        assertNull(request.property("answered"), "a computed getter is not a field one can write");
        assertTrue(m.enumShape(Channel.class).values().containsKey("IN_PERSON"));
        assertEquals("申请提交日（当面提交的，即收到之日）", request.property("submittedOn").meaning());
    }

    @Test
    void theSourceModelHasEveryKeyTheLoaderReads() {
        FactModel.Shape source = FactModel.sources().shape(Source.class);
        assertEquals(List.of("code", "document", "issuer", "jurisdiction", "jurisdictionName", "validFrom", "validTo", "bindsFrom",
                        "parameters", "duties").stream().filter(k -> source.property(k) == null).toList(), List.of());
    }

    @Test
    void theReferenceSaysItIsGeneratedAndListsEveryName() {
        String md = FactReference.markdown();
        assertTrue(md.contains("本文件由程序生成"), md.substring(0, 200));
        assertTrue(md.contains("| `submittedOn` | 日期（YYYY-MM-DD） | 申请提交日（当面提交的，即收到之日） |"));
        assertTrue(md.contains("| `IN_PERSON` | 当面提交：提交之日为收到申请之日 |"));
        assertTrue(md.contains("| `bindsFrom` |"));
        assertTrue(md.contains("| `GUIDANCE` |"));
        assertTrue(!md.contains("缺少含义"));
    }
}
