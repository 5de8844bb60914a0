package org.zwgk.rules.facts;

import java.time.LocalDate;

/**
 * An administrative reconsideration (行政复议) or lawsuit (行政诉讼) brought over a request's handling. Part 四 of the
 * annual report counts those filed in the year, by route and by their result at the year's end (none yet: 尚未审结).
 */
public class Appeal {
    private AppealRoute route;
    private LocalDate filedOn;
    private AppealResult result;
    private LocalDate decidedOn;

    public Appeal() {
    }

    public Appeal(AppealRoute route, LocalDate filedOn, AppealResult result, LocalDate decidedOn) {
        this.route = route;
        this.filedOn = filedOn;
        this.result = result;
        this.decidedOn = decidedOn;
    }

    /** 行政复议, or a lawsuit brought directly or after reconsideration. */
    public AppealRoute getRoute() { return route; }
    public void setRoute(AppealRoute route) { this.route = route; }
    /** The day the reconsideration was applied for or the lawsuit filed. */
    public LocalDate getFiledOn() { return filedOn; }
    public void setFiledOn(LocalDate filedOn) { this.filedOn = filedOn; }
    /** 维持 / 纠正 / 其他; empty while undecided. */
    public AppealResult getResult() { return result; }
    public void setResult(AppealResult result) { this.result = result; }
    /** The day of the decision or judgment. */
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
}
