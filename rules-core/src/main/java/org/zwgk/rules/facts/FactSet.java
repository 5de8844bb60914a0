package org.zwgk.rules.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything one evaluation judges: the units and what they did. The same shape is read from JSON or YAML
 * (example cases, the HTTP API) with the property names below.
 */
public class FactSet {
    private List<Unit> units = new ArrayList<>();
    private List<Request> requests = new ArrayList<>();

    public FactSet() {
    }

    public static FactSet of(List<Unit> units, List<Request> requests) {
        FactSet f = new FactSet();
        f.setUnits(new ArrayList<>(units));
        f.setRequests(new ArrayList<>(requests));
        return f;
    }

    /** Every fact a rule may match, in a stable order. */
    public Stream<Object> all() {
        return Stream.concat(units.stream(), requests.stream());
    }

    public List<Unit> getUnits() { return units; }
    public void setUnits(List<Unit> units) { this.units = units == null ? new ArrayList<>() : units; }
    public List<Request> getRequests() { return requests; }
    public void setRequests(List<Request> requests) { this.requests = requests == null ? new ArrayList<>() : requests; }
}
