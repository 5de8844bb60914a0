package org.zwgk.rules.facts;

/** What kind of body a unit is; local plans give different duties to each. */
public enum UnitKind {
    /** 人民政府 (a district or county government itself). */
    GOVERNMENT,
    /** 人民政府办公室. */
    GOVERNMENT_OFFICE,
    /** 政府工作部门 (a department). */
    DEPARTMENT,
    /** 乡镇、街道. */
    TOWNSHIP
}
