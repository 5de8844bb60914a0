package org.zwgk.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.zwgk.api.service.RulebookService;

/** Ready once a rule set is loaded; reports its version, size and calendar years. */
@Readiness
@ApplicationScoped
public class RulesLoadedCheck implements HealthCheck {
    @Inject
    RulebookService rules;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("rules");
        return rules.loaded().map(l -> b.up()
                        .withData("version", l.rulebook().version())
                        .withData("loadedAt", l.rulebook().loadedAt().toString())
                        .withData("origin", l.origin())
                        .withData("rules", l.rulebook().ruleCount())
                        .withData("duties", l.rulebook().catalogue().size())
                        .withData("calendarYears", l.rulebook().calendar().coveredYears().toString())
                        .build())
                .orElseGet(() -> b.down().withData("problems", String.join("\n", rules.lastProblems())).build());
    }
}
