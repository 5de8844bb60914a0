package org.zwgk.cli;

import org.zwgk.rules.cases.FactReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code rules facts}: the fact and source.yaml reference, as docs/facts.md holds it. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {"打印事实参考：每个清单、字段、类型和取值及其中文含义，以及 source.yaml 的每个键（与 docs/facts.md 相同）。",
                "(Print the reference of every fact list, field, type and value with its meaning, and of every source.yaml key.)"})
final class FactsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(FactReference.markdown());
        spec.commandLine().getOut().flush();
        return RulesCommand.OK;
    }
}
