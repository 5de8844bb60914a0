package org.zwgk.rules.facts;

/** Who an agency consults before answering a request; the kind decides whether the consulted party has a time limit. */
public enum ConsultedParty {
    /** 第三方 (OGI-32): 15 working days to give an opinion; after that the time counts again. */
    THIRD_PARTY,
    /**
     * An agency that made the information together with the one asked (两个以上行政机关共同制作, OGI-34): 15 working
     * days to give an opinion; silence counts as consent, and after that the time counts again.
     */
    JOINT_AGENCY,
    /**
     * Any other agency whose opinion is sought (第三十三条第三款 其他机关): the time spent waiting is not counted, and the
     * Regulation sets that agency no limit.
     */
    OTHER_AGENCY
}
