package org.zwgk.rules;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.zwgk.rules.cases.CaseResult;
import org.zwgk.rules.cases.ExampleCase;
import org.zwgk.rules.cases.ExampleCases;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs every example case found beside the rules, one test per case, named by its sentence. */
class ExampleCasesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleCase() {
        List<ExampleCase> cases = ExampleCases.read(TestRules.directory());
        assertFalse(cases.isEmpty(), "no example cases found under " + TestRules.directory());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.file() + " › " + c.name(), () -> {
            CaseResult r = ExampleCases.run(TestRules.book(), c);
            if (!r.passed()) {
                fail("\n" + r.diff());
            }
        }));
    }
}
