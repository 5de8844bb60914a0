package org.zwgk.api;

import java.util.Map;

/** {@link WatchedRules} with the watcher off: the rule set changes only when a test asks for a reload. */
public class ReloadedOnRequest extends WatchedRules {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("zwgk.rules.watch.enabled", "false");
    }
}
