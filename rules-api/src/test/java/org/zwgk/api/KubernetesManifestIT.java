package org.zwgk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manifests {@code ./mvnw package} writes to target/kubernetes (docs/operations.md). */
class KubernetesManifestIT {

    @Test
    void theDeploymentProbesTheHealthChecksMountsTheRuleTreeAndTakesTheTokenHashFromASecret() throws IOException {
        Path file = Path.of("target", "kubernetes", "kubernetes.json");
        assertTrue(Files.isRegularFile(file), "package first: " + file.toAbsolutePath());
        String text = Files.readString(file);
        Map<String, JsonNode> byKind = new HashMap<>();
        new ObjectMapper().readTree(text).forEach(r -> byKind.put(r.get("kind").asText(), r));
        assertTrue(byKind.containsKey("Service") && byKind.containsKey("PersistentVolumeClaim"), byKind.keySet().toString());
        assertFalse(byKind.containsKey("ServiceMonitor"), "no resource that needs the Prometheus operator");

        JsonNode deployment = byKind.get("Deployment");
        assertEquals(2, deployment.at("/spec/replicas").asInt());
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode c = pod.at("/containers/0");
        assertEquals("/q/health/live", c.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", c.at("/readinessProbe/httpGet/path").asText());
        assertTrue(c.at("/resources/requests/memory").asText().endsWith("Mi"), c.at("/resources").toString());
        assertTrue(c.at("/resources/limits/memory").asText().endsWith("Mi"), c.at("/resources").toString());

        Map<String, JsonNode> env = new HashMap<>();
        c.get("env").forEach(e -> env.put(e.get("name").asText(), e));
        assertEquals("zwgk-tokens", env.get("ZWGK_SECURITY_ADMIN_TOKENS").at("/valueFrom/secretKeyRef/name").asText());
        assertEquals("0.0.0.0", env.get("QUARKUS_HTTP_HOST").get("value").asText());
        assertEquals("/srv/zwgk/drl", env.get("ZWGK_RULES_DIR").get("value").asText());
        assertTrue(env.containsKey("ZWGK_RULES_WATCH_POLL_INTERVAL"), "a network volume is polled");

        assertEquals("/srv/zwgk/drl", c.at("/volumeMounts/0/mountPath").asText());
        assertTrue(c.at("/volumeMounts/0/readOnly").asBoolean());
        assertEquals("zwgk-rules", pod.at("/volumes/0/persistentVolumeClaim/claimName").asText());
        assertFalse(text.contains("test-admin-token"), "no token in the manifest");
    }
}
