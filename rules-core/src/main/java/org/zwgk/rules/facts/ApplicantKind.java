package org.zwgk.rules.facts;

/**
 * Who asked, as the annual report's part 三 columns it (国办公开办函〔2021〕30号): 自然人, or 法人或其他组织 split into five
 * kinds.
 */
public enum ApplicantKind {
    /** 自然人 */
    NATURAL_PERSON("自然人"),
    /** 法人或其他组织 — 商业企业 */
    COMMERCIAL_ENTERPRISE("商业企业"),
    /** 法人或其他组织 — 科研机构 */
    RESEARCH_INSTITUTION("科研机构"),
    /** 法人或其他组织 — 社会公益组织 */
    PUBLIC_WELFARE_ORGANIZATION("社会公益组织"),
    /** 法人或其他组织 — 法律服务机构 */
    LEGAL_SERVICE_INSTITUTION("法律服务机构"),
    /** 法人或其他组织 — 其他 */
    OTHER("其他");

    private final String label;

    ApplicantKind(String label) {
        this.label = label;
    }

    /** The column's heading in the format. */
    public String label() {
        return label;
    }
}
