package org.zwgk.rules.cases;

import java.util.List;

/**
 * The outcome of one example case.
 *
 * @param exampleCase the case
 * @param missing     expected findings that did not appear
 * @param unexpected  findings of the judged rules that were not expected
 * @param error       why the case could not run (bad facts, say), or {@code null}
 */
public record CaseResult(ExampleCase exampleCase, List<String> missing, List<String> unexpected, String error) {

    public boolean passed() {
        return error == null && missing.isEmpty() && unexpected.isEmpty();
    }

    /** A readable diff: {@code -} expected but absent, {@code +} present but not expected. */
    public String diff() {
        StringBuilder sb = new StringBuilder();
        sb.append(exampleCase.file()).append(": ").append(exampleCase.name()).append('\n');
        if (error != null) {
            sb.append("  ! ").append(error).append('\n');
        }
        missing.forEach(m -> sb.append("  - expected ").append(m).append('\n'));
        unexpected.forEach(u -> sb.append("  + actual   ").append(u).append('\n'));
        return sb.toString();
    }
}
