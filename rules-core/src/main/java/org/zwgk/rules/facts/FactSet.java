package org.zwgk.rules.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything one evaluation judges: the units and what they did. The same shape is read from JSON or YAML
 * (example cases, the HTTP API) with the property names below; every list may be left out.
 */
public class FactSet {
    /** The lists the caller set (an empty list included): "none" differs from "not told". */
    private final Set<String> provided = new LinkedHashSet<>();
    private List<Unit> units = new ArrayList<>();
    private List<Request> requests = new ArrayList<>();
    private List<Document> documents = new ArrayList<>();
    private List<Interpretation> interpretations = new ArrayList<>();
    private List<Account> accounts = new ArrayList<>();
    private List<Website> websites = new ArrayList<>();
    private List<Column> columns = new ArrayList<>();
    private List<Submission> submissions = new ArrayList<>();
    private List<Event> events = new ArrayList<>();
    private List<PublishedItem> publishedItems = new ArrayList<>();
    private List<CatalogueItem> catalogueItems = new ArrayList<>();
    private List<Decision> decisions = new ArrayList<>();
    private List<Proposal> proposals = new ArrayList<>();
    private List<AnnualReport> annualReports = new ArrayList<>();
    private List<Disclosure> disclosures = new ArrayList<>();
    private List<Place> places = new ArrayList<>();
    private List<Task> tasks = new ArrayList<>();
    private List<ProactiveCounts> proactiveCounts = new ArrayList<>();

    public FactSet() {
    }

    public static FactSet of(List<Unit> units, List<Request> requests) {
        FactSet f = new FactSet();
        f.setUnits(new ArrayList<>(units));
        f.setRequests(new ArrayList<>(requests));
        return f;
    }

    /** Every list of subjects by its property name, units first. */
    public Map<String, List<? extends Subject>> subjects() {
        Map<String, List<? extends Subject>> m = new LinkedHashMap<>();
        m.put("units", units);
        m.put("requests", requests);
        m.put("documents", documents);
        m.put("interpretations", interpretations);
        m.put("accounts", accounts);
        m.put("websites", websites);
        m.put("columns", columns);
        m.put("submissions", submissions);
        m.put("events", events);
        m.put("publishedItems", publishedItems);
        m.put("catalogueItems", catalogueItems);
        m.put("decisions", decisions);
        m.put("proposals", proposals);
        m.put("annualReports", annualReports);
        m.put("disclosures", disclosures);
        m.put("places", places);
        m.put("tasks", tasks);
        m.put("proactiveCounts", proactiveCounts);
        return Collections.unmodifiableMap(m);
    }

    /** Every fact a rule may match, in a stable order (nulls are left to validation). */
    public Stream<Object> all() {
        return subjects().values().stream().flatMap(List::stream).filter(Objects::nonNull).map(o -> (Object) o);
    }

    /**
     * Whether the fact set carries the list {@code name} (e.g. {@code annualReports}): the caller set it, even empty,
     * or it holds facts. A rule that judges the absence of a record runs only where its list is carried.
     */
    public boolean carries(String name) {
        List<? extends Subject> list = subjects().get(name);
        if (list == null) {
            throw new IllegalArgumentException("no list '" + name + "' in a fact set");
        }
        return provided.contains(name) || !list.isEmpty();
    }

    /** How many facts the set holds. */
    public int size() {
        return subjects().values().stream().mapToInt(List::size).sum();
    }

    public List<Unit> getUnits() { return units; }
    public void setUnits(List<Unit> units) { this.units = units == null ? new ArrayList<>() : units; provided.add("units"); }
    public List<Request> getRequests() { return requests; }
    public void setRequests(List<Request> requests) { this.requests = requests == null ? new ArrayList<>() : requests; provided.add("requests"); }
    public List<Document> getDocuments() { return documents; }
    public void setDocuments(List<Document> documents) { this.documents = documents == null ? new ArrayList<>() : documents; provided.add("documents"); }
    public List<Interpretation> getInterpretations() { return interpretations; }
    public void setInterpretations(List<Interpretation> interpretations) { this.interpretations = interpretations == null ? new ArrayList<>() : interpretations; provided.add("interpretations"); }
    public List<Account> getAccounts() { return accounts; }
    public void setAccounts(List<Account> accounts) { this.accounts = accounts == null ? new ArrayList<>() : accounts; provided.add("accounts"); }
    public List<Website> getWebsites() { return websites; }
    public void setWebsites(List<Website> websites) { this.websites = websites == null ? new ArrayList<>() : websites; provided.add("websites"); }
    public List<Column> getColumns() { return columns; }
    public void setColumns(List<Column> columns) { this.columns = columns == null ? new ArrayList<>() : columns; provided.add("columns"); }
    public List<Submission> getSubmissions() { return submissions; }
    public void setSubmissions(List<Submission> submissions) { this.submissions = submissions == null ? new ArrayList<>() : submissions; provided.add("submissions"); }
    public List<Event> getEvents() { return events; }
    public void setEvents(List<Event> events) { this.events = events == null ? new ArrayList<>() : events; provided.add("events"); }
    public List<PublishedItem> getPublishedItems() { return publishedItems; }
    public void setPublishedItems(List<PublishedItem> publishedItems) { this.publishedItems = publishedItems == null ? new ArrayList<>() : publishedItems; provided.add("publishedItems"); }
    public List<CatalogueItem> getCatalogueItems() { return catalogueItems; }
    public void setCatalogueItems(List<CatalogueItem> catalogueItems) { this.catalogueItems = catalogueItems == null ? new ArrayList<>() : catalogueItems; provided.add("catalogueItems"); }
    public List<Decision> getDecisions() { return decisions; }
    public void setDecisions(List<Decision> decisions) { this.decisions = decisions == null ? new ArrayList<>() : decisions; provided.add("decisions"); }
    public List<Proposal> getProposals() { return proposals; }
    public void setProposals(List<Proposal> proposals) { this.proposals = proposals == null ? new ArrayList<>() : proposals; provided.add("proposals"); }
    public List<AnnualReport> getAnnualReports() { return annualReports; }
    public void setAnnualReports(List<AnnualReport> annualReports) { this.annualReports = annualReports == null ? new ArrayList<>() : annualReports; provided.add("annualReports"); }
    public List<Disclosure> getDisclosures() { return disclosures; }
    public void setDisclosures(List<Disclosure> disclosures) { this.disclosures = disclosures == null ? new ArrayList<>() : disclosures; provided.add("disclosures"); }
    public List<Place> getPlaces() { return places; }
    public void setPlaces(List<Place> places) { this.places = places == null ? new ArrayList<>() : places; provided.add("places"); }
    public List<Task> getTasks() { return tasks; }
    public void setTasks(List<Task> tasks) { this.tasks = tasks == null ? new ArrayList<>() : tasks; provided.add("tasks"); }
    /** A unit's part 二 counts per year, from which the annual report's part 二 is filled. */
    public List<ProactiveCounts> getProactiveCounts() { return proactiveCounts; }
    public void setProactiveCounts(List<ProactiveCounts> proactiveCounts) { this.proactiveCounts = proactiveCounts == null ? new ArrayList<>() : proactiveCounts; provided.add("proactiveCounts"); }
}
