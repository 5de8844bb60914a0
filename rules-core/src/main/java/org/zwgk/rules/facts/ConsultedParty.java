package org.zwgk.rules.facts;

/** Who an agency consults before answering a request. */
public enum ConsultedParty {
    /** 第三方 (OGI-32): 15 working days to give an opinion. */
    THIRD_PARTY,
    /** 其他机关, for jointly produced information (OGI-34): 15 working days; silence counts as consent. */
    OTHER_AGENCY
}
