package org.zwgk.api;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.zwgk.api.service.BuiltInRules;

/**
 * The service's entry point: starts loading the built-in rule set before Quarkus starts, so that the two proceed
 * side by side (docs/benchmarks.md, start-up).
 */
@QuarkusMain
public class Main {
    public static void main(String... args) {
        BuiltInRules.preload();
        Quarkus.run(args);
    }
}
