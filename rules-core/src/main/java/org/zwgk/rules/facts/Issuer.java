package org.zwgk.rules.facts;

/** In whose name a document is issued; local plans give different duties to each. */
public enum Issuer {
    /** 以区（县）人民政府名义 */
    GOVERNMENT,
    /** 以区（县）人民政府办公室名义 */
    GOVERNMENT_OFFICE,
    /** 以市人民政府（或其办公室）名义 */
    CITY_GOVERNMENT,
    /** 以部门名义 */
    DEPARTMENT,
    /** 以乡镇、街道名义 */
    TOWNSHIP
}
